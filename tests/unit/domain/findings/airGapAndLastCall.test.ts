import { EMPTY_STATE, advance } from '../../../../lib/domain/findings/announce';
import { evaluate } from '../../../../lib/domain/findings/evaluate';
import type { IFinding } from '../../../../lib/domain/findings/types';
import type { ISnapshot } from '../../../../lib/domain/snapshot';
import { LANGUAGES } from '../../../../lib/i18n/texts';
import { noticeLine } from '../../../../lib/render/checkView';
import { viewFor } from '../../../../lib/render/view';
import { DEFAULT_THRESHOLDS, NOW, addDays, enterprise, isoIn, trial } from '../../../support/kit';

const withAirGap = (days: number | undefined): ISnapshot => ({ ...enterprise(), airGapDays: days });
const airGap = (snapshot: ISnapshot) => evaluate(snapshot, undefined, DEFAULT_THRESHOLDS, NOW).find((finding) => finding.id === 'airgap');

describe('the air-gap countdown as a finding', () => {
	it('stays quiet while it does not apply (-1 is not read as a day count) and in the quiet days 8–10', () => {
		for (const days of [undefined, 8, 9, 10]) {
			expect(airGap(withAirGap(days))).toBeUndefined();
		}
	});

	it('warns each day of the last week, more severe each day, and is critical at 0', () => {
		const findings = [7, 6, 5, 4, 3, 2, 1, 0].map((days) => airGap(withAirGap(days)));
		expect(findings.map((finding) => finding?.level)).toEqual([...Array(7).fill('warning'), 'critical']);
		const severities = findings.map((finding) => finding?.severity ?? 0);
		expect(severities).toEqual([...severities].sort((a, b) => a - b));
		expect(new Set(severities).size).toBe(8);
	});

	it('is announced again every day it comes closer, and its end is said once', () => {
		let state = EMPTY_STATE;
		const said: string[] = [];
		const view = viewFor('en', NOW);
		[7, 7, 3, 0, -1, -1].forEach((days, index) => {
			const far = isoIn(400);
			const snapshot = { ...enterprise({ enforcedExpiry: far, visualExpiry: far }), airGapDays: days < 0 ? undefined : days };
			const step = advance(state, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, addDays(NOW, index));
			state = step.state;
			said.push(step.notices.map((notice) => noticeLine(view, notice, { snapshot })).join(' | '));
		});
		expect(said[0]).toContain('becomes read-only in 7 days unless it reports its statistics to Rocket.Chat Cloud');
		expect(said[1]).toBe('');
		expect(said[2]).toContain('read-only in 3 days');
		expect(said[3]).toMatch(/^🚨 This workspace is read-only/);
		expect(said[4]).toContain('The read-only countdown is off');
		expect(said[5]).toBe('');
	});

	it('reads in every language, singular and plural', () => {
		for (const language of LANGUAGES) {
			const view = viewFor(language, NOW);
			const [one, three] = [1, 3].map((days) => noticeLine(view, { kind: 'raised', finding: airGap(withAirGap(days)) as IFinding }, {}));
			expect(one).toContain('1');
			expect(three).toContain('3');
			expect(one).not.toEqual(three.replace('3', '1'));
			expect(`${one}${three}`).not.toMatch(/\{\w+\}/);
		}
	});
});

describe('the last call before the license ends', () => {
	const expiry = (days: number, thresholds = DEFAULT_THRESHOLDS, snapshot = enterprise) =>
		evaluate(snapshot({ enforcedExpiry: isoIn(days), visualExpiry: isoIn(days) }), undefined, thresholds, NOW).find((finding) =>
			finding.id.startsWith('expiry:'),
		);

	it('is the final threshold and the last day, not the earlier warnings', () => {
		const lastCall = (days: number, thresholds = DEFAULT_THRESHOLDS) => {
			const finding = expiry(days, thresholds);
			return finding?.facts.type === 'expiry' && finding.facts.lastCall;
		};
		expect([30, 14, 7, 3, 2].map((days) => lastCall(days))).toEqual([false, false, false, false, false]);
		expect(lastCall(1)).toBe(true);
		expect(lastCall(0.2)).toBe(true);
		expect(lastCall(7, { ...DEFAULT_THRESHOLDS, expiryDays: [30, 7] })).toBe(true);
	});

	it('says plainly that the app may be switched off, for a trial too, in every language', () => {
		expect(noticeLine(viewFor('en', NOW), { kind: 'raised', finding: expiry(1) as IFinding }, {})).toContain(
			'This may be the last message from LicenseApp in this room: when the license ends, Rocket.Chat switches LicenseApp off',
		);
		expect(noticeLine(viewFor('en', NOW), { kind: 'raised', finding: expiry(3) as IFinding }, {})).not.toContain('last message');
		for (const language of LANGUAGES) {
			const view = viewFor(language, NOW);
			const line = noticeLine(view, { kind: 'raised', finding: expiry(1, DEFAULT_THRESHOLDS, trial) as IFinding }, {});
			expect(line).toContain(view.texts.t('last_call'));
		}
	});
});
