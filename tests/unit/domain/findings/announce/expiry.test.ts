/** advance() over timelines of daily readings as the license end nears: when it posts, at which level, in which words. */
import { EMPTY_STATE, advance, hasCritical } from '../../../../../lib/domain/findings/announce';
import type { IFinding, Notice, IThresholds } from '../../../../../lib/domain/findings/types';
import type { ISnapshot } from '../../../../../lib/domain/snapshot';
import { DEFAULT_THRESHOLDS as T, END, addDays, at, enterprise, line, ok, raised, replay, trial } from '../../../../support/kit';

describe('(a) expiry, day by day from 40 days out to the last day, then renewal', () => {
	// END is December 1, 2026 at noon UTC: 40 days before is October 22.
	const start = '2026-10-22';
	const daysLeft = (offset: number) => 40 - offset;

	function expiryTimeline(build: (spec: { enforcedExpiry: string }) => ISnapshot) {
		const runs = Array.from({ length: 41 }, (_, offset) => ({ now: at(start, offset), outcome: ok(build({ enforcedExpiry: END })) }));
		return { runs, ...replay(runs) };
	}

	it('posts exactly when 30, 14, 7, 3 and 1 days are left, and on the last day, one raised expiry notice each time', () => {
		const { posted } = expiryTimeline(enterprise);
		const postingDays = posted.map((notices, offset) => (notices.length ? daysLeft(offset) : undefined)).filter((d) => d !== undefined);
		// "Today" (0) always counts, whatever the configured list says.
		expect(postingDays).toEqual([30, 14, 7, 3, 1, 0]);
		for (const notices of posted.filter((n) => n.length)) {
			expect(notices).toHaveLength(1);
			expect(notices[0].kind).toBe('raised');
		}
	});

	it('escalates info → warning → critical, each notice more severe than the one before', () => {
		const { posted } = expiryTimeline(enterprise);
		const findings = posted.flatMap((notices) => raised(notices).map((notice) => notice.finding));
		expect(findings.map((f) => f.level)).toEqual(['info', 'warning', 'warning', 'critical', 'critical', 'critical']);
		const severities = findings.map((f) => f.severity);
		expect(severities.slice(1).every((severity, index) => severity > severities[index])).toBe(true);
		expect(findings.map((f) => (f.facts.type === 'expiry' ? f.facts.days : undefined))).toEqual([30, 14, 7, 3, 1, 0]);
		expect(new Set(findings.map((f) => f.id)).size).toBe(1);
	});

	it('names the days left and the date, singular on the last day, for a paid license', () => {
		const { posted, runs } = expiryTimeline(enterprise);
		const first = line(posted[10][0], runs[10].now);
		expect(first).toContain('The license expires in 30 days, on December 1, 2026');
		expect(first.startsWith('ℹ️')).toBe(true);
		const last = line(posted[39][0], runs[39].now);
		expect(last).toContain('expires in 1 day, on December 1, 2026');
		expect(last.startsWith('🚨')).toBe(true);
		expect(hasCritical(posted[39])).toBe(true);
		expect(hasCritical(posted[10])).toBe(false);
		const today = line(posted[40][0], runs[40].now);
		expect(today).toContain('The license expires today, December 1, 2026');
		expect(today.startsWith('🚨')).toBe(true);
	});

	it('uses trial wording for a trial, and license wording only for a paid license', () => {
		const paid = expiryTimeline(enterprise);
		const trialRun = expiryTimeline(trial);
		const paidTexts = paid.posted.flatMap((notices, offset) => notices.map((notice) => line(notice, paid.runs[offset].now)));
		const trialTexts = trialRun.posted.flatMap((notices, offset) => notices.map((notice) => line(notice, trialRun.runs[offset].now)));
		expect(trialTexts).toHaveLength(6);
		for (const text of trialTexts) {
			expect(text).toMatch(/trial ends/i);
			expect(text).not.toMatch(/license expires/i);
		}
		for (const text of paidTexts) {
			expect(text).toMatch(/license expires/i);
			expect(text).not.toMatch(/trial/i);
		}
		expect(trialRun.posted.flatMap(raised).every((n) => n.finding.facts.type === 'expiry' && n.finding.facts.trial)).toBe(true);
	});

	it('announces a renewal on the last day once, as good news naming the new end, and then stays silent', () => {
		const { state, runs } = expiryTimeline(enterprise);
		const lastDay = runs[40].now;
		const renewedEnd = '2027-12-01T12:00:00.000Z';
		const renewed = enterprise({ enforcedExpiry: renewedEnd });
		const after = replay(
			[
				{ now: new Date(lastDay.getTime() + 60 * 60 * 1000), outcome: ok(renewed) },
				{ now: new Date(lastDay.getTime() + 5 * 60 * 60 * 1000), outcome: ok(renewed) },
				{ now: addDays(lastDay, 1), outcome: ok(renewed) },
				{ now: addDays(lastDay, 30), outcome: ok(renewed) },
			],
			state,
		);
		expect(after.posted[0]).toHaveLength(1);
		const [good] = after.posted[0];
		expect(good.kind).not.toBe('raised');
		const text = line(good, lastDay, renewed);
		expect(text.startsWith('✅')).toBe(true);
		expect(text).toContain('December 1, 2027');
		expect(text).not.toContain('December 1, 2026');
		expect(after.posted.slice(1)).toEqual([[], [], []]);
	});

	it('gives one notice at the current threshold when daily checks were missed across several thresholds', () => {
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(enterprise()) }, // 40 days
			{ now: at(start, 20), outcome: ok(enterprise()) }, // 20 days: first threshold (30) crossed unseen
			{ now: at(start, 35), outcome: ok(enterprise()) }, // 5 days: 14 and 7 crossed at once
		]);
		expect(posted[0]).toEqual([]);
		const days = (n: Extract<Notice, { kind: 'raised' }>) => (n.finding.facts.type === 'expiry' ? n.finding.facts.days : undefined);
		expect(raised(posted[1]).map((n) => [n.finding.level, days(n)])).toEqual([['info', 20]]);
		expect(raised(posted[2]).map((n) => [n.finding.level, days(n)])).toEqual([['warning', 5]]);
		expect(posted[1]).toHaveLength(1);
		expect(posted[2]).toHaveLength(1);
	});

	it('a custom list [30, 10]: posts at 30 and 10, when the level rises (14, 3) and on the last day; not at 1 day', () => {
		const custom: IThresholds = { ...T, expiryDays: [30, 10] };
		const { posted } = replay(
			Array.from({ length: 41 }, (_, offset) => ({ now: at(start, offset), outcome: ok(enterprise()) })),
			EMPTY_STATE,
			custom,
		);
		const timeline = posted
			.map((notices, offset) => ({ left: daysLeft(offset), notices }))
			.filter(({ notices }) => notices.length > 0)
			.map(({ left, notices }) => [left, ...notices.map((n) => (n.kind === 'raised' ? n.finding.level : n.kind))]);
		// 14 and 3 days: not in the list, but the level rises (warning, critical). 0: the last day always counts.
		expect(timeline).toEqual([
			[30, 'info'],
			[14, 'warning'],
			[10, 'warning'],
			[3, 'critical'],
			[0, 'critical'],
		]);
		expect(posted[39]).toEqual([]);
	});
});

describe('(g) the first ever run', () => {
	const now = new Date('2026-04-01T09:00:00.000Z');

	it('with a healthy license posts nothing: the license already there is not news', () => {
		const step = advance(EMPTY_STATE, ok(enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z' })), T, false, now);
		expect(step.notices).toEqual([]);
		expect(step.state.initialized).toBe(true);
		expect(step.state.license).toMatchObject({ plan: 'Enterprise', trial: false, enforcedExpiry: '2027-06-01T00:00:00.000Z' });
		const next = advance(step.state, ok(enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z' })), T, false, addDays(now, 1));
		expect(next.notices).toEqual([]);
	});

	it('with a license near its end reports the expiry but no news', () => {
		const step = advance(EMPTY_STATE, ok(enterprise({ enforcedExpiry: '2026-04-08T12:00:00.000Z' })), T, false, now);
		expect(step.notices.map((n) => n.kind)).toEqual(['raised']);
		expect((step.notices[0] as { finding: IFinding }).finding).toMatchObject({ level: 'warning', facts: { type: 'expiry', days: 7 } });
	});

	it('on a license ending today reports it as expiring today', () => {
		const step = advance(EMPTY_STATE, ok(enterprise({ enforcedExpiry: '2026-04-01T18:00:00.000Z' })), T, false, now);
		const [notice] = raised(step.notices);
		expect(notice.finding.level).toBe('critical');
		expect(line(notice, now)).toContain('expires today, April 1, 2026');
	});
});

describe('a license with only a shown end date', () => {
	it('warns up to that date and, once it has passed with the license still listed, says nothing rather than "renewed"', () => {
		const base = enterprise();
		const license = {
			...(base.license as NonNullable<ISnapshot['license']>),
			enforcedExpiry: undefined,
			visualExpiry: '2026-12-01T12:00:00.000Z',
		};
		const snapshot: ISnapshot = { ...base, license };
		const { posted } = replay([
			{ now: at('2026-11-30', 0), outcome: ok(snapshot) },
			{ now: at('2026-12-02', 0), outcome: ok(snapshot) },
		]);
		expect(raised(posted[0]).map((n) => n.finding.id)).toEqual(['expiry:2026-12-01T12:00:00.000Z']);
		expect(posted[1]).toEqual([]);
	});
});
