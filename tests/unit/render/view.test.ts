/** view.ts: every renderer in each of the four languages, in its own words and number formats, with nothing raw. */
import type { ISnapshot } from '../../../lib/domain/snapshot';
import type { Language } from '../../../lib/i18n/texts';
import { ApiError } from '../../../lib/kit/errors';
import { renderError, renderInternalError } from '../../../lib/render/errorView';
import { renderLimits, renderModules, renderSummary } from '../../../lib/render/licenseView';
import { renderSeats } from '../../../lib/render/seatsView';
import { MODULES_IN_A_LINE, moduleList, viewFor } from '../../../lib/render/view';
import { END, NOW, clean, community, enterprise, legacyV2, trial, unlimited, withSeats } from '../../support/kit';

describe('nothing raw ever shows, in any case and language', () => {
	const snapshots: Array<[string, ISnapshot]> = [
		['enterprise', enterprise()],
		['trial', trial()],
		['unlimited', unlimited()],
		['community', community()],
		['legacy V2', legacyV2()],
		['legacy, unknown seats', legacyV2({ limits: { activeUsers: { used: 'unknown', max: 'unlimited' } } })],
		['over the cap', withSeats(27, 25, true)],
		['0 of N', withSeats(0, 25)],
		['expired', legacyV2({ enforcedExpiry: '2026-11-01T00:00:00.000Z' })],
	];
	const languages: Language[] = ['en', 'de', 'es', 'pt-BR'];

	for (const language of languages) {
		it.each(snapshots)(`${language}: %s`, (_name, snapshot) => {
			const view = viewFor(language, NOW);
			for (const rendered of [
				renderSummary(view, snapshot),
				renderLimits(view, snapshot),
				renderModules(view, snapshot),
				renderSeats(view, snapshot),
				renderSummary(view, snapshot, { plan: 'Enterprise', trial: false, seenAt: END }),
			]) {
				clean(rendered);
			}
		});

		it(`${language}: every fault reply`, () => {
			const view = viewFor(language, NOW);
			const fault = { kind: 'not-configured' as const, detail: { missing: ['user_id', 'access_token'] } };
			for (const rendered of [
				renderError(view, fault),
				renderError(view, new ApiError('unreachable'), 'https://chat.example.com', 'admins'),
				renderInternalError(view),
			]) {
				clean(rendered);
			}
		});
	}
});

describe('each language renders a summary in its own words and formats', () => {
	// 1,234 of 1,500 seats (82.3 %), 12,345 of 15,000 monthly contacts: both near the cap.
	const snapshot = enterprise({
		limits: { activeUsers: { used: 1234, max: 1500 }, monthlyActiveContacts: { used: 12345, max: 15000 } },
	});

	it('English', () => {
		const text = clean(renderSummary(viewFor('en', NOW), snapshot));
		expect(text).toContain('December 1, 2026, 12 days left');
		expect(text).toContain('1,234 of 1,500 · 82.3%');
		expect(text).toContain('12,345 of 15,000');
	});

	it('German: "1.234", "Dezember", decimal comma', () => {
		const text = clean(renderSummary(viewFor('de', NOW), snapshot));
		expect(text).toContain('*Lizenz*');
		expect(text).toContain('*Testversion*: nein');
		expect(text).toContain('1. Dezember 2026, noch 12 Tage');
		expect(text).toContain('1.234 von 1.500 · 82,3');
		expect(text).toContain('12.345 von 15.000');
		expect(text).toContain('4 aktive Module');
		expect(text).not.toMatch(/December|days left|Trial/);
	});

	it('Spanish: "diciembre", "quedan … días"', () => {
		const text = clean(renderSummary(viewFor('es', NOW), snapshot));
		expect(text).toContain('*Licencia*');
		expect(text).toContain('*Prueba*: no');
		expect(text).toContain('1 de diciembre de 2026, quedan 12 días');
		expect(text).toContain('12.345 de 15.000');
		expect(text).toContain('82,3');
		expect(text).not.toMatch(/December|days left/);
	});

	it('Brazilian Portuguese: "dezembro", "faltam … dias"', () => {
		const text = clean(renderSummary(viewFor('pt-BR', NOW), snapshot));
		expect(text).toContain('*Licença*');
		expect(text).toContain('*Avaliação*: não');
		expect(text).toContain('1 de dezembro de 2026, faltam 12 dias');
		expect(text).toContain('1.234 de 1.500');
		expect(text).toContain('12.345 de 15.000');
		expect(text).toContain('4 módulos ativos');
		expect(text).not.toMatch(/December|days left/);
	});

	it('the Community summary in German', () => {
		const text = clean(renderSummary(viewFor('de', NOW), community()));
		expect(text).toContain('Keine Enterprise-Lizenz');
		expect(text).toContain('2 von 3');
	});

	it('/seats in German and Portuguese', () => {
		const de = clean(renderSeats(viewFor('de', NOW), withSeats(1234, 1500)));
		expect(de).toContain('*Belegt*: 1.234 · *Maximum*: 1.500');
		expect(de).toContain('*Verbleibend*: 266');
		const pt = clean(renderSeats(viewFor('pt-BR', NOW), unlimited()));
		expect(pt).toContain('ilimitado');
	});
});

describe('moduleList', () => {
	it('names at most MODULES_IN_A_LINE modules on one line, then how many more', () => {
		const ids = Array.from({ length: 5000 }, (_, i) => `mod-${i}.x @all`);
		const line = moduleList(viewFor('en', NOW), ids);
		expect(line.split(', ')).toHaveLength(MODULES_IN_A_LINE);
		expect(line).toMatch(/ and 4,990 more$/);
		expect(line).not.toContain('@all');
		expect(moduleList(viewFor('en', NOW), ['auditing', 'ldap-enterprise'])).not.toContain('more');
	});
});
