/**
 * A cap of 0 is a cap (Rocket.Chat enforces every max >= 0): "0 of 0, none allowed", reached, never a division by zero.
 * A cross-module file on purpose: it follows one value from the answer readers (kit/json, api/answers) through the
 * findings (domain/findings/evaluate) to the replies (render/licenseView, seatsView, checkView).
 */
import { fromLicensesGet } from '../../../lib/api/answers/fromLicensesGet';
import { readSeatCount } from '../../../lib/api/answers/fromLicensesInfo';
import { evaluate } from '../../../lib/domain/findings/evaluate';
import { isReached, limitOf, ratio } from '../../../lib/domain/snapshot';
import { cap, legacyCap } from '../../../lib/kit/json';
import { renderNotices } from '../../../lib/render/checkView';
import { renderLimits, renderSummary } from '../../../lib/render/licenseView';
import { renderSeats } from '../../../lib/render/seatsView';
import { viewFor } from '../../../lib/render/view';
import { DEFAULT_THRESHOLDS, NOW, enterprise, renderProblems, textOf } from '../../support/kit';

const en = viewFor('en', NOW);

describe('cap()', () => {
	it('-1, any negative, null and absent mean unlimited; 0 is a cap of zero', () => {
		expect(cap(-1, 'f', 'p')).toBe('unlimited');
		expect(cap('-1', 'f', 'p')).toBe('unlimited');
		expect(cap(null, 'f', 'p')).toBe('unlimited');
		expect(cap(undefined, 'f', 'p')).toBe('unlimited');
		expect(cap(0, 'f', 'p')).toBe(0);
		expect(cap('0', 'f', 'p')).toBe(0);
		expect(cap(25, 'f', 'p')).toBe(25);
	});

	it('licenses.maxActiveUsers null is still unlimited', () => {
		expect(readSeatCount({ maxActiveUsers: null, activeUsers: 12, success: true })).toEqual({ max: 'unlimited', used: 12 });
	});

	it('a V2 license (≤ 6.4) read 0 as no limit, and still does', () => {
		expect(legacyCap(0, 'f', 'p')).toBe('unlimited');
		expect(legacyCap(30, 'f', 'p')).toBe(30);
	});

	it('a V3 license listed by licenses.get keeps a 0 as a cap of zero', () => {
		const v3 = {
			version: '3.0',
			information: { trial: false, tags: [{ name: 'Enterprise' }] },
			validation: { validPeriods: [{ validUntil: '2027-01-01T00:00:00.000Z', invalidBehavior: 'invalidate_license' }] },
			grantedModules: [],
			limits: { privateApps: [{ max: 0, behavior: 'prevent_action' }], activeUsers: [{ max: -1, behavior: 'prevent_action' }] },
		};
		const snapshot = fromLicensesGet({ licenses: [{ license: v3, modules: [] }], success: true });
		expect(limitOf(snapshot, 'privateApps').max).toBe(0);
		expect(limitOf(snapshot, 'activeUsers').max).toBe('unlimited');
	});
});

describe('a cap of zero in findings and replies', () => {
	const snapshot = enterprise({ limits: { privateApps: { used: 0, max: 0 }, activeUsers: { used: 0, max: 0 } } });

	it('is reached at 0 of 0, with no share to divide', () => {
		const apps = limitOf(snapshot, 'privateApps');
		expect(ratio(apps)).toBeUndefined();
		expect(isReached(apps)).toBe(true);
	});

	it('/license limits: "0 of 0, none allowed", reached, no NaN or Infinity', () => {
		const text = textOf(renderLimits(en, snapshot));
		expect(text).toContain('⛔ *Private apps*: 0 of 0, none allowed · *reached*');
		expect(text).not.toMatch(/NaN|Infinity|∞/);
		expect(renderProblems(renderLimits(en, snapshot))).toEqual([]);
	});

	it('translated', () => {
		expect(textOf(renderLimits(viewFor('de', NOW), snapshot))).toContain('0 von 0, keine erlaubt');
		expect(textOf(renderLimits(viewFor('pt-BR', NOW), snapshot))).toContain('0 de 0, nenhum permitido');
		expect(textOf(renderLimits(viewFor('es', NOW), snapshot))).toContain('0 de 0, ninguno permitido');
	});

	it('/seats and /license show no percentage of a zero cap', () => {
		for (const rendered of [renderSeats(en, snapshot), renderSummary(en, snapshot)]) {
			expect(textOf(rendered)).not.toMatch(/NaN|Infinity|∞/);
			expect(renderProblems(rendered)).toEqual([]);
		}
		expect(textOf(renderSeats(en, snapshot))).toContain('*Used*: 0 · *Maximum*: 0');
	});

	it('the daily check finds it reached (critical) and says so without a percentage', () => {
		const findings = evaluate(snapshot, undefined, DEFAULT_THRESHOLDS, NOW);
		const apps = findings.find((finding) => finding.id === 'limit:privateApps');
		expect(apps).toMatchObject({ level: 'critical' });
		const text = textOf(
			renderNotices(
				en,
				findings.map((finding) => ({ kind: 'raised', finding })),
				{},
				false,
			),
		);
		expect(text).toContain('Private apps: limit reached (0 of 0, none allowed)');
		expect(text).toContain('Seat cap reached: 0 of 0 used.');
		expect(text).not.toMatch(/NaN|Infinity/);
	});
});
