/** readinessView.ts: the readiness lines at the top of /license check, in every language. */
import type { Readiness } from '../../../lib/domain/readiness/features';
import { FEATURES } from '../../../lib/domain/readiness/features';
import { LANGUAGES } from '../../../lib/i18n/texts';
import { readinessLines, renderReadiness } from '../../../lib/render/readinessView';
import { viewFor } from '../../../lib/render/view';
import { NOW, clean, enView as en, lines } from '../../support/kit';

const OFF: Readiness[] = [
	{ feature: 'license', on: true },
	{ feature: 'statistics', on: false, fix: { kind: 'owner-permission', permission: 'view-statistics' } },
	{ feature: 'idle-cross-check', on: false, fix: { kind: 'module', module: 'engagement-dashboard' } },
	{ feature: 'mention-here', on: false, fix: { kind: 'app-permission', permission: 'mention-here' } },
	{ feature: 'email', on: false, fix: { kind: 'smtp' } },
	{ feature: 'webhook', on: false, fix: { kind: 'setting', setting: 'webhook_url' } },
	{ feature: 'cloud', on: 'unknown' },
];

describe('readiness lines', () => {
	it('name the feature, its state and the one thing to do', () => {
		expect(readinessLines(en, OFF)).toEqual([
			'*What works with this token*',
			'✅ License and seats',
			"⛔ Seats over time and breakdown: the token's user lacks view-statistics. Grant it under Administration → Permissions, or use a token from an admin.",
			'⛔ Idle cross-check with the engagement dashboard: the license has no engagement-dashboard module.',
			'⛔ @here on critical notices: the app role lacks mention-here. Tick the “app” role under Administration → Permissions → mention-here.',
			'⛔ Email: Rocket.Chat has no SMTP server. Set one under Administration → Settings → Email → SMTP.',
			'⛔ Webhook: set “Webhook URL” in the app settings.',
			'❔ Rocket.Chat Cloud announcements: not known, the permissions could not be read.',
		]);
	});

	it.each(LANGUAGES)('%s: every feature has its own name and every line its own text', (language) => {
		const view = viewFor(language, NOW);
		const names = FEATURES.map((feature) => readinessLines(view, [{ feature, on: true }])[1]);
		expect(new Set(names).size).toBe(FEATURES.length);
		const text = readinessLines(view, OFF).join('\n');
		expect(text).toContain('view-statistics');
		expect(text).not.toMatch(/\{\w+\}/);
	});

	it.each(LANGUAGES.filter((language) => language !== 'en'))('%s is not English', (language) => {
		expect(readinessLines(viewFor(language, NOW), OFF).join('\n')).not.toContain('the token');
	});

	it("with manage-cloud: Cloud's announcement, and that the last sync cannot be read", () => {
		const text = clean(renderReadiness(en, [{ feature: 'cloud', on: true }], 'Workspace not synced for 9 days.'));
		// Cloud's text is made inert (lib/render/inert.ts).
		expect(lines(text)).toContain('Rocket.Chat Cloud says: Workspace not synced for 9 days\\.');
		expect(text).toContain('When the workspace last synced with Rocket.Chat Cloud: Rocket.Chat’s API does not report it');
	});

	it('without manage-cloud: neither (the readiness line says why)', () => {
		const off: Readiness = { feature: 'cloud', on: false, fix: { kind: 'owner-permission', permission: 'manage-cloud' } };
		const text = clean(renderReadiness(en, [off], 'Workspace not synced for 9 days.'));
		expect(text).not.toContain('Rocket.Chat Cloud says');
		expect(text).not.toContain('last synced');
		expect(text).toContain('lacks manage-cloud');
	});
});
