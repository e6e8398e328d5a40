/**
 * Dates ahead in the license: a disable_modules period that ends (reported and escalated like an expiry), a license that
 * renews by itself (never told to renew), and the expiry threshold list that takes days only. A cross-module file on
 * purpose: each case follows a date from the license (api/answers/licenseV3, which licenseV3.test.ts tests alone) through
 * the findings and their announcements (domain/findings) to the replies (render/licenseView, checkView).
 */
import { readLicenseV3 } from '../../../lib/api/answers/licenseV3';
import { advance, EMPTY_STATE } from '../../../lib/domain/findings/announce';
import { evaluate } from '../../../lib/domain/findings/evaluate';
import { SETTING_CHECKS, parseNumberList } from '../../../lib/domain/settings';
import type { ILicenseDetails, ISnapshot } from '../../../lib/domain/snapshot';
import { renderNotices } from '../../../lib/render/checkView';
import { renderModules, renderSummary } from '../../../lib/render/licenseView';
import { viewFor } from '../../../lib/render/view';
import { DEFAULT_THRESHOLDS, NOW, addDays, enterprise, isoIn, textOf } from '../../support/kit';

const en = viewFor('en', NOW);

/** An Enterprise license that lasts 300 more days, with disable_modules periods ending on the given dates. */
function withCutoffs(...cutoffs: Array<{ date: string; modules: string[] }>): ISnapshot {
	const snapshot = enterprise({ enforcedExpiry: isoIn(300), visualExpiry: isoIn(300) });
	return { ...snapshot, license: { ...(snapshot.license as ILicenseDetails), moduleCutoffs: cutoffs } };
}

describe('disable_modules periods', () => {
	it('are read from validation.validPeriods, grouped by end date, modules as strings or {module}', () => {
		const license = {
			information: {},
			validation: {
				validPeriods: [
					{ validUntil: '2027-06-01T00:00:00.000Z', invalidBehavior: 'invalidate_license' },
					{ validUntil: '2027-01-15T00:00:00.000Z', invalidBehavior: 'disable_modules', modules: ['outlook-calendar'] },
					{ validUntil: '2027-01-15T00:00:00.000Z', invalidBehavior: 'disable_modules', modules: [{ module: 'auditing' }] },
					{ validUntil: '2026-12-01T00:00:00.000Z', invalidBehavior: 'prevent_action' },
				],
			},
		};
		expect(readLicenseV3(license, '/api/v1/licenses.info').details.moduleCutoffs).toEqual([
			{ date: '2027-01-15T00:00:00.000Z', modules: ['outlook-calendar', 'auditing'] },
		]);
	});

	const withCutoff = (days: number) => withCutoffs({ date: isoIn(days), modules: ['outlook-calendar'] });

	it('/license modules says when a module is turned off', () => {
		const text = textOf(renderModules(en, withCutoff(45)));
		expect(text).toMatch(/⚠️ Outlook calendar is turned off on January \d+, 2027\./);
	});

	it('a cut-off already past is not announced as ahead', () => {
		expect(textOf(renderModules(en, withCutoff(-2)))).not.toContain('turned off on');
	});

	it('becomes a daily finding at the expiry thresholds, escalating like an expiry, and says it once per step', () => {
		expect(evaluate(withCutoff(45), undefined, DEFAULT_THRESHOLDS, NOW).filter((f) => f.facts.type === 'modules-off')).toEqual([]);
		let { state } = advance(EMPTY_STATE, { ok: true, snapshot: withCutoff(40) }, DEFAULT_THRESHOLDS, false, NOW);
		const date = isoIn(10);
		const day = (offset: number) => addDays(new Date(date), -offset);
		const snapshot = withCutoffs({ date, modules: ['outlook-calendar'] });
		const first = advance(state, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, day(10));
		expect(first.notices).toHaveLength(1);
		expect(first.notices[0]).toMatchObject({ kind: 'raised', finding: { level: 'warning', facts: { type: 'modules-off' } } });
		expect(textOf(renderNotices(en, first.notices, { snapshot }, false))).toContain('⚠️ Outlook calendar: turned off in 10 days, on');
		state = first.state;
		expect(advance(state, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, day(9)).notices).toHaveLength(0);
		const last = advance(state, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, day(2));
		expect(last.notices[0]).toMatchObject({ kind: 'raised', finding: { level: 'critical' } });
	});

	it('is said to be off no more once the period is extended', () => {
		const soon = withCutoffs({ date: isoIn(5), modules: ['outlook-calendar'] });
		const { state } = advance({ ...EMPTY_STATE, initialized: true }, { ok: true, snapshot: soon }, DEFAULT_THRESHOLDS, false, NOW);
		const later = withCutoffs({ date: isoIn(200), modules: ['outlook-calendar'] });
		const step = advance(state, { ok: true, snapshot: later }, DEFAULT_THRESHOLDS, false, NOW);
		expect(textOf(renderNotices(en, step.notices, { snapshot: later }, false))).toContain(
			'Outlook calendar: no longer scheduled to turn off.',
		);
	});
});

describe('a license that renews automatically', () => {
	it('is never told to renew it before then', () => {
		for (const days of [20, 5, 0]) {
			const end = days === 0 ? new Date(NOW.getTime() + 3_600_000).toISOString() : isoIn(days);
			const renewing = enterprise({ autoRenew: true, enforcedExpiry: end, visualExpiry: end });
			const findings = evaluate(renewing, undefined, DEFAULT_THRESHOLDS, NOW);
			const text = textOf(
				renderNotices(
					en,
					findings.map((finding) => ({ kind: 'raised' as const, finding })),
					{},
					false,
				),
			);
			expect(text).toMatch(/due to renew automatically/);
			expect(text).not.toMatch(/Renew it/i);
		}
	});

	it('one that does not renew by itself still is', () => {
		const manual = enterprise({ autoRenew: false, enforcedExpiry: isoIn(5), visualExpiry: isoIn(5) });
		const findings = evaluate(manual, undefined, DEFAULT_THRESHOLDS, NOW);
		expect(
			textOf(
				renderNotices(
					en,
					findings.map((finding) => ({ kind: 'raised' as const, finding })),
					{},
					false,
				),
			),
		).toContain('Renew it before then');
	});
});

describe('/license marks an imminent expiry as it marks limits', () => {
	const expiring = (days: number) => enterprise({ enforcedExpiry: isoIn(days), visualExpiry: isoIn(days) });
	const expiresLine = (days: number, view = en) =>
		textOf(renderSummary(view, expiring(days)))
			.split('\n')
			.find((line) => line.includes('*Expires*'));

	it('nothing before the first threshold, ⚠️ from the first, 🚨 at the last', () => {
		expect(expiresLine(45)).toMatch(/^\*Expires\*/);
		expect(expiresLine(30)).toMatch(/^⚠️ \*Expires\*/);
		expect(expiresLine(2)).toMatch(/^⚠️ \*Expires\*/);
		expect(expiresLine(1)).toMatch(/^🚨 \*Expires\*/);
	});

	it('follows the configured thresholds', () => {
		const view = viewFor('en', NOW, 80, { expiryDays: [60, 10] });
		expect(expiresLine(45, view)).toMatch(/^⚠️ /);
		expect(expiresLine(10, view)).toMatch(/^🚨 /);
	});
});

describe('expiry thresholds take days, seat thresholds percents', () => {
	it('an expiry list refuses a unit', () => {
		expect(SETTING_CHECKS.expiry_thresholds('250 %')).toMatchObject({ ok: false });
		expect(SETTING_CHECKS.expiry_thresholds('30, 14%')).toMatchObject({ ok: false });
		expect(SETTING_CHECKS.expiry_thresholds('30, 14, 7')).toEqual({ ok: true, value: [30, 14, 7] });
	});

	it('the seat list still accepts %', () => {
		expect(SETTING_CHECKS.seat_thresholds('80 %, 90%, 100')).toEqual({ ok: true, value: [100, 90, 80] });
		expect(parseNumberList('80 %', 1, 100)).toEqual({ ok: true, value: [80] });
	});
});
