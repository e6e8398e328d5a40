/**
 * evaluate() and advance() replayed over timelines of daily readings: what gets posted, when, at which level, and what
 * stays silent. Notices are also rendered (English) to check the words an admin would read.
 */
import { DEFAULT_THRESHOLDS, END, addDays, community, enterprise, legacyV2, trial, withSeats } from './helpers';
import { ApiError } from '../../lib/api/errors';
import type { ICheckState, Outcome } from '../../lib/domain/findings/announce';
import { EMPTY_STATE, advance, hasCritical } from '../../lib/domain/findings/announce';
import { evaluate } from '../../lib/domain/findings/evaluate';
import type { IFinding, Notice, IThresholds } from '../../lib/domain/findings/types';
import type { ISnapshot } from '../../lib/domain/snapshot/types';
import { noticeLine } from '../../lib/render/checkView';
import { viewFor } from '../../lib/render/view';

const T = DEFAULT_THRESHOLDS;
const ok = (snapshot: ISnapshot): Outcome => ({ ok: true, snapshot });
const failed = (error: ApiError): Outcome => ({ ok: false, error });

/** A day at 09:00 UTC, `offset` days after `start`. */
const at = (start: string, offset: number, hour = 9): Date => {
	const date = addDays(new Date(`${start}T00:00:00.000Z`), offset);
	date.setUTCHours(hour);
	return date;
};

/** Replays readings from `state`, returning the notices of each run and the final state. */
function replay(
	runs: Array<{ now: Date; outcome: Outcome; digest?: boolean }>,
	state: ICheckState = EMPTY_STATE,
	thresholds: IThresholds = T,
) {
	const posted: Notice[][] = [];
	for (const run of runs) {
		const step = advance(state, run.outcome, thresholds, run.digest ?? false, run.now);
		posted.push(step.notices);
		state = step.state;
	}
	return { posted, state };
}

/** A notice as the admin room reads it (English, today's snapshot for recoveries). */
function line(notice: Notice, now: Date, snapshot?: ISnapshot, serverUrl?: string): string {
	return noticeLine(viewFor('en', now), notice, { snapshot, serverUrl });
}

const raised = (notices: Notice[]) => notices.filter((n): n is Extract<Notice, { kind: 'raised' }> => n.kind === 'raised');

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

describe('(b) seats rising 70 → 82 → 91 → 100 (blocked), wobbling, then falling to 60', () => {
	const start = '2026-03-02';
	const readings: Array<[number, boolean]> = [
		[70, false],
		[82, false],
		[91, false],
		[89, false],
		[91, false],
		[100, true],
		[100, true],
		[60, false],
		[60, false],
	];
	const runs = readings.map(([used, prevented], offset) => ({
		now: at(start, offset),
		outcome: ok(withSeats(used, 100, prevented, { enforcedExpiry: '2027-06-01T00:00:00.000Z' })),
	}));
	const { posted } = replay(runs);
	const texts = posted.map((notices, index) =>
		notices.map((notice) => line(notice, runs[index].now, (runs[index].outcome as { snapshot: ISnapshot }).snapshot)),
	);

	it('says nothing at 70 %', () => {
		expect(posted[0]).toEqual([]);
	});

	it('warns once at 82 % with the numbers', () => {
		expect(raised(posted[1]).map((n) => [n.finding.id, n.finding.level])).toEqual([['limit:activeUsers', 'warning']]);
		expect(posted[1]).toHaveLength(1);
		expect(texts[1][0]).toContain('82 of 100');
		expect(texts[1][0]).toContain('82%');
		expect(texts[1][0]).toContain('18 left');
	});

	it('escalates once at 91 %', () => {
		expect(posted[2]).toHaveLength(1);
		expect(raised(posted[2]).map((n) => [n.finding.level, n.finding.facts])).toEqual([
			['warning', expect.objectContaining({ type: 'limit', percent: 90 })],
		]);
		expect(texts[2][0]).toContain('91 of 100');
	});

	it('does not announce the wobble 91 → 89 → 91 again', () => {
		expect(posted[3]).toEqual([]);
		expect(posted[4]).toEqual([]);
	});

	it('turns critical when the cap is reached and new users are blocked, saying what that means', () => {
		expect(raised(posted[5]).map((n) => n.finding.level)).toEqual(['critical']);
		expect(posted[5]).toHaveLength(1);
		expect(hasCritical(posted[5])).toBe(true);
		expect(texts[5][0]).toContain('100 of 100');
		expect(texts[5][0]).toContain('new users cannot be created or activated');
		expect(posted[6]).toEqual([]);
	});

	it('announces the recovery once, "back under 80 %" with today\'s numbers', () => {
		expect(posted[7]).toHaveLength(1);
		expect(posted[7][0].kind).toBe('recovered');
		expect(texts[7][0]).toContain('back under 80%');
		expect(texts[7][0]).toContain('60 of 100');
		expect(posted[8]).toEqual([]);
	});

	it('announces a new climb after a recovery', () => {
		const again = replay(
			[
				{ now: at(start, 20), outcome: ok(withSeats(85, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' })) },
				{ now: at(start, 21), outcome: ok(withSeats(85, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' })) },
			],
			replay(runs).state,
		);
		expect(raised(again.posted[0]).map((n) => [n.finding.id, n.finding.level])).toEqual([['limit:activeUsers', 'warning']]);
		expect(again.posted[0]).toHaveLength(1);
		expect(again.posted[1]).toEqual([]);
	});

	it('names the numbers: 23 of 25 is 92 %, 2 left', () => {
		const { posted: first } = replay([{ now: at(start, 0), outcome: ok(withSeats(23, 25)) }]);
		const text = line(first[0][0], at(start, 0));
		expect(text).toContain('23 of 25');
		expect(text).toContain('92%');
		expect(text).toContain('2 left');
		expect(raised(first[0])[0].finding).toMatchObject({ level: 'warning', facts: { percent: 90 } });
	});

	it('treats a blocked action as critical even when usage reads below the cap', () => {
		const [finding] = evaluate(withSeats(40, 100, true), undefined, T, at(start, 0));
		expect(finding).toMatchObject({ id: 'limit:activeUsers', level: 'critical' });
	});
});

describe('escalation by the threshold reached and by level', () => {
	const start = '2026-03-02';
	const far = '2027-06-01T00:00:00.000Z';
	const seats = (used: number, prevented = false) => withSeats(used, 100, prevented, { enforcedExpiry: far });
	/** Each notice as "raised:<level>" or its kind: what the admin room sees, without internals. */
	const summary = (notices: Notice[]) => notices.map((n) => (n.kind === 'raised' ? `raised:${n.finding.level}` : n.kind));
	const daily = (snapshots: ISnapshot[], from = 0) =>
		snapshots.map((snapshot, offset) => ({ now: at(start, from + offset), outcome: ok(snapshot) }));

	it('a custom seat list [80, 90]: 91 % warns, 100 % is critical (the cap always counts), 104 % adds nothing', () => {
		const custom: IThresholds = { ...T, seatPercents: [90, 80] };
		const readings = [70, 91, 100, 104, 104].map((used) => seats(used));
		const { posted } = replay(daily(readings), EMPTY_STATE, custom);
		expect(posted.map(summary)).toEqual([[], ['raised:warning'], ['raised:critical'], [], []]);
		expect(line(posted[1][0], at(start, 1))).toContain('Seats are 91% full: 91 of 100 used, 9 left.');
		const full = line(posted[2][0], at(start, 2));
		expect(full).toContain('🚨 Seat cap reached: 100 of 100 used');
		expect(full).toContain('new users cannot be created or activated');
		expect(hasCritical(posted[2])).toBe(true);
	});

	it('thresholds changed from [80, 90, 100] at 92 % to [95, 100]: "back under 95 %", then 96 % is posted again', () => {
		const before = replay(daily([seats(92)]), EMPTY_STATE, T);
		expect(before.posted.map(summary)).toEqual([['raised:warning']]);
		const raisedList: IThresholds = { ...T, seatPercents: [100, 95] };
		const after = replay(daily([seats(92), seats(92), seats(96), seats(96)], 1), before.state, raisedList);
		expect(after.posted.map(summary)).toEqual([['recovered'], [], ['raised:warning'], []]);
		// The app's view puts "near the cap" at the lowest seat threshold, now 95 %.
		const view = viewFor('en', at(start, 1), 95);
		expect(noticeLine(view, after.posted[0][0], { snapshot: seats(92) })).toBe('✅ Seats are back under 95%: 92 of 100.');
		expect(noticeLine(view, after.posted[2][0], { snapshot: seats(96) })).toBe('⚠️ Seats are 96% full: 96 of 100 used, 4 left.');
		// Without a reading in between: 95 % is above the 90 % announced, so 96 % is news. (Counted, one threshold of
		// [95, 100] against two of [80, 90, 100] before, it would stay silent.)
		const jump = replay(daily([seats(96), seats(96)], 1), before.state, raisedList);
		expect(jump.posted.map(summary)).toEqual([['raised:warning'], []]);
	});

	it('thresholds lowered from [95, 100] to [80, 90, 100] at 96 %: nothing new to say', () => {
		const before = replay(daily([seats(96)]), EMPTY_STATE, { ...T, seatPercents: [100, 95] });
		expect(before.posted.map(summary)).toEqual([['raised:warning']]);
		const after = replay(daily([seats(96), seats(96)], 1), before.state, T);
		expect(after.posted).toEqual([[], []]);
	});

	it('seats blocked → 95 % and free again: one "unblocked" notice → blocked again two weeks later: posted again', () => {
		const readings = [seats(100, true), seats(95), seats(95), seats(96), seats(100, true), seats(100, true)];
		const offsets = [0, 1, 2, 3, 17, 18];
		const runs = readings.map((snapshot, index) => ({ now: at(start, offsets[index]), outcome: ok(snapshot) }));
		const { posted } = replay(runs);
		expect(posted.map(summary)).toEqual([['raised:critical'], ['unblocked'], [], [], ['raised:critical'], []]);
		expect(posted[1][0]).toMatchObject({ kind: 'unblocked', finding: { id: 'limit:activeUsers', level: 'warning' } });
		expect(line(posted[1][0], runs[1].now, readings[1])).toBe('✅ New users can be created and activated again: 95 of 100 seats used.');
		expect(hasCritical(posted[1])).toBe(false);
		const again = line(posted[4][0], runs[4].now, readings[4]);
		expect(again).toContain('🚨 Seat cap reached: 100 of 100 used');
		expect(again).toContain('new users cannot be created or activated');
		expect(hasCritical(posted[4])).toBe(true);
	});

	it('another limit the server no longer blocks, still near its cap: "no longer blocked", once', () => {
		const apps = (used: number, prevented = false) =>
			enterprise({ enforcedExpiry: far, limits: { privateApps: { used, max: 10, prevented } } });
		const readings = [apps(10, true), apps(9), apps(9)];
		const { posted } = replay(daily(readings));
		expect(posted.map(summary)).toEqual([['raised:critical'], ['unblocked'], []]);
		expect(line(posted[1][0], at(start, 1), readings[1])).toBe('✅ Private apps: no longer blocked, 9 of 10.');
	});

	it('a blocked limit that falls under every threshold is a recovery, not an "unblocked" notice', () => {
		const { posted } = replay(daily([seats(100, true), seats(60), seats(60)]));
		expect(posted.map(summary)).toEqual([['raised:critical'], ['recovered'], []]);
		expect(line(posted[1][0], at(start, 1), seats(60))).toBe('✅ Seats are back under 80%: 60 of 100.');
	});

	it('keeps the highest level until the finding clears: wobbling around the cap is not news', () => {
		const { posted } = replay(daily([seats(100), seats(95), seats(99), seats(100), seats(100)]));
		expect(posted.map(summary)).toEqual([['raised:critical'], [], [], [], []]);
	});

	it('once cleared, reaching the cap again is news again', () => {
		const { posted } = replay(daily([seats(100), seats(50), seats(100)]));
		expect(posted.map(summary)).toEqual([['raised:critical'], ['recovered'], ['raised:critical']]);
	});

	it('a wobble 91 → 89 → 91 within warning stays quiet: the highest threshold reached in the level is kept', () => {
		const readings = [82, 91, 89, 91, 89].map((used) => seats(used));
		const { posted, state } = replay(daily(readings));
		expect(posted.map(summary)).toEqual([['raised:warning'], ['raised:warning'], [], [], []]);
		// After 89 %, still the 90 % threshold: a later 91 % is not news.
		expect(state.announced['limit:activeUsers']).toMatchObject({ level: 'warning', severity: 90 });
		const next = advance(state, ok(seats(91)), T, false, at(start, 5));
		expect(next.notices).toEqual([]);
	});

	it("advance() also returns the day's findings, announced before or not, and none when the read failed", () => {
		const first = advance(EMPTY_STATE, ok(seats(95)), T, false, at(start, 0));
		expect(first.findings.map((f) => [f.id, f.level])).toEqual([['limit:activeUsers', 'warning']]);
		const second = advance(first.state, ok(seats(95)), T, false, at(start, 1));
		expect(second.notices).toEqual([]);
		expect(second.findings).toEqual(first.findings);
		const down = advance(second.state, failed(new ApiError('timeout', { timeoutSeconds: 10 })), T, false, at(start, 2));
		expect(down.findings).toEqual([]);
		expect(advance(EMPTY_STATE, ok(seats(50)), T, false, at(start, 0)).findings).toEqual([]);
	});
});

describe('other limits near or at their cap', () => {
	const now = new Date('2026-03-02T09:00:00.000Z');
	const snapshot = enterprise({
		enforcedExpiry: '2027-06-01T00:00:00.000Z',
		limits: {
			monthlyActiveContacts: { used: 850, max: 1000, behaviors: ['start_fair_policy'] },
			privateApps: { used: 10, max: 10, prevented: true },
		},
	});

	it('finds the prevented action (critical, with its consequence) and the near-cap limit (warning)', () => {
		const findings = evaluate(snapshot, undefined, T, now);
		expect(findings.map((f) => [f.id, f.level])).toEqual([
			['limit:monthlyActiveContacts', 'warning'],
			['limit:privateApps', 'critical'],
		]);
		const { posted } = replay([{ now, outcome: ok(snapshot) }]);
		// Critical first.
		expect(raised(posted[0]).map((n) => n.finding.id)).toEqual(['limit:privateApps', 'limit:monthlyActiveContacts']);
		const [prevented, near] = posted[0].map((notice) => line(notice, now, snapshot));
		expect(prevented).toContain('Private apps');
		expect(prevented).toContain('10 of 10');
		expect(prevented).toContain('more private apps cannot be installed or enabled');
		expect(near).toContain('Monthly active contacts');
		expect(near).toContain('850 of 1,000');
		expect(near).toContain('85%');
	});

	it('ignores unlimited caps and unknown usage', () => {
		expect(evaluate(legacyV2({ enforcedExpiry: '2027-06-01T00:00:00.000Z', seatsUsed: 10 }), undefined, T, now)).toEqual([]);
		expect(
			evaluate(
				enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z', limits: { activeUsers: { used: 5000, max: 'unlimited' } } }),
				undefined,
				T,
				now,
			),
		).toEqual([]);
	});
});

describe('(c) a license that lapses, then comes back', () => {
	const start = '2026-11-28'; // END is December 1, noon
	const renewed = enterprise({ enforcedExpiry: '2027-12-01T12:00:00.000Z' });
	const runs = [
		{ now: at(start, 0), outcome: ok(enterprise()) }, // 3 days left
		{ now: at(start, 3), outcome: ok(enterprise()) }, // the last day, before noon
		{ now: at(start, 4), outcome: ok(community({ privateApps: { used: 2, max: 3 } })) }, // December 2: looks like Community
		{ now: at(start, 5), outcome: ok(community({ privateApps: { used: 2, max: 3 } })) },
		{ now: at(start, 9), outcome: ok(renewed) },
		{ now: at(start, 10), outcome: ok(renewed) },
	];
	const { posted } = replay(runs);

	it('reports the lapse as critical, with the remembered end date, not as a plain Community workspace', () => {
		const lapsed = raised(posted[2]);
		expect(lapsed.map((n) => [n.finding.id, n.finding.level])).toEqual([['lapsed', 'critical']]);
		expect(lapsed[0].finding.facts).toMatchObject({ type: 'lapsed', expired: true, date: END, plan: 'Enterprise' });
		const text = line(lapsed[0], runs[2].now, community());
		expect(text).toContain('Your Enterprise license expired on December 1, 2026');
	});

	it('does not call the vanished expiry finding a recovery (no "renewed")', () => {
		expect(posted[2]).toHaveLength(1);
		expect(posted[2].some((n) => n.kind === 'recovered')).toBe(false);
		const texts = posted[2].map((n) => line(n, runs[2].now, community()));
		expect(texts.join('\n')).not.toMatch(/renewed/i);
	});

	it('does not repeat the lapse the next day', () => {
		expect(posted[3]).toEqual([]);
	});

	it('announces "active again" once when a license returns', () => {
		expect(posted[4]).toHaveLength(1);
		expect(posted[4][0]).toMatchObject({ kind: 'news', news: 'active-again', plan: 'Enterprise', date: '2027-12-01T12:00:00.000Z' });
		const text = line(posted[4][0], runs[4].now, renewed);
		expect(text).toContain('active again');
		expect(text).toContain('December 1, 2027');
		expect(posted[5]).toEqual([]);
	});

	describe('on an old server (licenses.get still lists the license after its end)', () => {
		const old = legacyV2({ seatsUsed: 10 });
		const legacyRuns = [
			{ now: at(start, 0), outcome: ok(old) }, // 3 days left: critical expiry announced
			{ now: at(start, 3), outcome: ok(old) }, // the last day
			{ now: at(start, 4), outcome: ok(old) }, // past the end, still listed
			{ now: at(start, 5), outcome: ok(old) },
		];
		const { posted: legacyPosted } = replay(legacyRuns);

		it('reports the lapse once, with the end date', () => {
			expect(raised(legacyPosted[0]).map((n) => n.finding.id)).toEqual([`expiry:${END}`]);
			expect(raised(legacyPosted[2]).map((n) => [n.finding.id, n.finding.level])).toEqual([['lapsed', 'critical']]);
			expect(line(raised(legacyPosted[2])[0], legacyRuns[2].now, old)).toContain('Your Enterprise license expired on December 1, 2026');
			expect(legacyPosted[3]).toEqual([]);
		});

		it('does not announce the vanished expiry finding as a recovery ("License renewed")', () => {
			const texts = legacyPosted[2].map((n) => line(n, legacyRuns[2].now, old));
			// The license did not renew: nothing may say so.
			expect(texts.join('\n')).not.toMatch(/renewed/i);
			expect(legacyPosted[2].filter((n) => n.kind === 'recovered')).toEqual([]);
		});

		it('a renewal afterwards is "active again" once', () => {
			const renewedOld = legacyV2({ seatsUsed: 10, enforcedExpiry: '2027-12-01T12:00:00.000Z' });
			const after = replay(
				[
					{ now: at(start, 8), outcome: ok(renewedOld) },
					{ now: at(start, 9), outcome: ok(renewedOld) },
				],
				replay(legacyRuns).state,
			);
			expect(after.posted[0]).toEqual([{ kind: 'news', news: 'active-again', plan: 'Enterprise', date: '2027-12-01T12:00:00.000Z' }]);
			expect(after.posted[1]).toEqual([]);
		});
	});

	it('a license that turns invalid before its end is reported as no longer valid since today, naming the plan', () => {
		const early = replay([
			{ now: at('2026-10-01', 0), outcome: ok(enterprise()) },
			{ now: at('2026-10-02', 0), outcome: ok(community()) },
		]);
		const [lapse] = raised(early.posted[1]);
		expect(lapse.finding.facts).toMatchObject({ type: 'lapsed', expired: false, plan: 'Enterprise' });
		const text = line(lapse, at('2026-10-02', 0), community());
		expect(text).toContain('The Enterprise license is no longer active (noticed on October 2, 2026)');
	});

	it('a workspace that was always Community has no lapse', () => {
		const always = replay([
			{ now: at(start, 0), outcome: ok(community()) },
			{ now: at(start, 1), outcome: ok(community()) },
		]);
		expect(always.posted).toEqual([[], []]);
	});
});

describe('license news', () => {
	const start = '2026-05-04';

	it('a license that appears on a Community workspace is reported once as new', () => {
		const license = enterprise({ enforcedExpiry: '2027-05-04T00:00:00.000Z' });
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(community()) },
			{ now: at(start, 1), outcome: ok(license) },
			{ now: at(start, 2), outcome: ok(license) },
		]);
		expect(posted[0]).toEqual([]);
		expect(posted[1]).toEqual([{ kind: 'news', news: 'new', plan: 'Enterprise', date: '2027-05-04T00:00:00.000Z' }]);
		expect(line(posted[1][0], at(start, 1), license)).toMatch(/^✅ .*Enterprise.*May 4, 2027/);
		expect(posted[2]).toEqual([]);
	});

	it('a license replaced by another plan is reported once', () => {
		const pro = enterprise({ plan: 'Pro', enforcedExpiry: '2027-05-04T00:00:00.000Z' });
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(enterprise({ enforcedExpiry: '2027-05-04T00:00:00.000Z' })) },
			{ now: at(start, 1), outcome: ok(pro) },
			{ now: at(start, 2), outcome: ok(pro) },
		]);
		expect(posted[1]).toEqual([{ kind: 'news', news: 'changed', plan: 'Pro', date: '2027-05-04T00:00:00.000Z' }]);
		expect(posted[2]).toEqual([]);
	});

	it('a trial converted to a paid license is news', () => {
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(trial({ plan: 'Enterprise', enforcedExpiry: '2026-06-01T00:00:00.000Z' })) },
			{ now: at(start, 1), outcome: ok(enterprise({ enforcedExpiry: '2026-06-01T00:00:00.000Z' })) },
		]);
		expect(posted[1].filter((n) => n.kind === 'news')).toHaveLength(1);
	});
});

describe('(d) an API outage of several days', () => {
	const start = '2026-03-10';
	const before = withSeats(82, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' });
	const error = new ApiError('unreachable', { path: '/api/v1/licenses.info' });
	const serverUrl = 'https://chat.example.com/api/v1/licenses.info?token=SECRET';
	const runs = [
		{ now: at(start, 0), outcome: ok(before) }, // seats 82 %: warned
		{ now: at(start, 1), outcome: failed(error) }, // outage starts
		{ now: at(start, 2), outcome: failed(error) },
		{ now: at(start, 3), outcome: failed(error) },
		{ now: at(start, 4), outcome: failed(error) }, // has lasted 3 days
		{ now: at(start, 5), outcome: failed(new ApiError('server-error', { status: 502 })) },
		{ now: at(start, 6), outcome: failed(error) },
		{ now: at(start, 7), outcome: ok(before) }, // works again
		{ now: at(start, 8), outcome: ok(before) },
	];
	const states: ICheckState[] = [];
	let state = EMPTY_STATE;
	const posted = runs.map((run) => {
		const step = advance(state, run.outcome, T, false, run.now);
		state = step.state;
		states.push(state);
		return step.notices;
	});

	it('posts one notice when the outage starts, naming the host only', () => {
		expect(raised(posted[0]).map((n) => n.finding.id)).toEqual(['limit:activeUsers']);
		expect(posted[1]).toHaveLength(1);
		expect(raised(posted[1])[0].finding).toMatchObject({ id: 'unreadable', level: 'warning' });
		const text = line(posted[1][0], runs[1].now, undefined, serverUrl);
		expect(text).toContain('cannot be read');
		expect(text).toContain('chat.example.com');
		expect(text).not.toContain('SECRET');
		expect(text).not.toContain('/api/');
	});

	it('stays silent until the failure has lasted failureDays, then reminds once, then stays silent', () => {
		expect(posted[2]).toEqual([]);
		expect(posted[3]).toEqual([]);
		expect(posted[4]).toHaveLength(1);
		const reminder = raised(posted[4])[0].finding;
		expect(reminder).toMatchObject({ id: 'unreadable', level: 'critical' });
		expect(line(posted[4][0], runs[4].now, undefined, serverUrl)).toContain('not been readable since March 11, 2026');
		expect(posted[5]).toEqual([]);
		expect(posted[6]).toEqual([]);
	});

	it('keeps the findings announced before the outage', () => {
		for (const kept of states.slice(1, 7)) {
			expect(kept.announced['limit:activeUsers']).toMatchObject({ level: 'warning', facts: { type: 'limit', percent: 80 } });
			expect(kept.initialized).toBe(true);
			expect(kept.license?.plan).toBe('Enterprise');
		}
	});

	it('announces the recovery once, without re-announcing the seats', () => {
		expect(posted[7]).toHaveLength(1);
		expect(posted[7][0].kind).toBe('recovered');
		expect(line(posted[7][0], runs[7].now, before)).toContain('can be read again');
		expect(posted[8]).toEqual([]);
		expect(states[7].failure).toBeUndefined();
		expect(states[7].announced.unreadable).toBeUndefined();
	});

	it('a short outage recovers with one notice and no reminder', () => {
		const short = replay([
			{ now: at(start, 0), outcome: ok(before) },
			{ now: at(start, 1), outcome: failed(error) },
			{ now: at(start, 2), outcome: ok(before) },
			{ now: at(start, 3), outcome: ok(before) },
		]);
		expect(short.posted[1]).toHaveLength(1);
		expect(short.posted[2].map((n) => n.kind)).toEqual(['recovered']);
		expect(short.posted[3]).toEqual([]);
	});

	it('a new outage after a recovery is announced again', () => {
		const twice = replay([
			{ now: at(start, 0), outcome: ok(before) },
			{ now: at(start, 1), outcome: failed(error) },
			{ now: at(start, 2), outcome: ok(before) },
			{ now: at(start, 3), outcome: failed(error) },
		]);
		expect(raised(twice.posted[3]).map((n) => n.finding.id)).toEqual(['unreadable']);
	});
});

describe('(e) running twice the same day posts nothing new', () => {
	const base = '2026-11-01'; // 30 days before END
	const cases: Array<[string, ICheckState, Outcome, boolean]> = [
		['a threshold crossing', replay([{ now: at(base, -1), outcome: ok(enterprise()) }]).state, ok(enterprise()), false],
		['seats over a threshold', EMPTY_STATE, ok(withSeats(95, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' })), false],
		['a lapse', replay([{ now: at(base, -1), outcome: ok(enterprise()) }]).state, ok(community()), false],
		[
			'an outage',
			replay([{ now: at(base, -1), outcome: ok(enterprise()) }]).state,
			failed(new ApiError('timeout', { timeoutSeconds: 10 })),
			false,
		],
		['a digest day', EMPTY_STATE, ok(enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z' })), true],
		['a new license', replay([{ now: at(base, -1), outcome: ok(community()) }]).state, ok(enterprise()), false],
	];

	it.each(cases)('%s: the first run posts, the second run the same day posts nothing', (_name, previous, outcome, digest) => {
		const morning = advance(previous, outcome, T, digest, at(base, 0, 9));
		expect(morning.notices.length).toBeGreaterThan(0);
		const afternoon = advance(morning.state, outcome, T, digest, at(base, 0, 17));
		expect(afternoon.notices).toEqual([]);
		const evening = advance(afternoon.state, outcome, T, digest, at(base, 0, 23));
		expect(evening.notices).toEqual([]);
	});
});

describe('(f) the daily digest', () => {
	const start = '2026-04-01';
	const healthy = enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z' });

	it('is posted once per day when enabled', () => {
		const runs = [0, 0, 1, 1, 2].map((offset, index) => ({ now: at(start, offset, 8 + index), outcome: ok(healthy), digest: true }));
		const { posted } = replay(runs);
		expect(posted.map((notices) => notices.map((n) => n.kind))).toEqual([['digest'], [], ['digest'], [], ['digest']]);
		const text = line(posted[0][0], runs[0].now, healthy);
		expect(text).toContain('Daily license status');
		expect(text).toContain('Enterprise');
		expect(text).toContain('50 of 100');
		expect(text).toContain('June 1, 2027');
	});

	it("comes after the day's findings", () => {
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(withSeats(95, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' })), digest: true },
		]);
		expect(posted[0].map((n) => n.kind)).toEqual(['raised', 'digest']);
	});

	it('is never posted when disabled, and an all-clear workspace gets no message at all', () => {
		const runs = Array.from({ length: 10 }, (_, offset) => ({ now: at(start, offset), outcome: ok(healthy), digest: false }));
		const { posted } = replay(runs);
		expect(posted.flat()).toEqual([]);
	});

	it('on Community, reports the active-user count', () => {
		const { posted } = replay([{ now: at(start, 0), outcome: ok(community()), digest: true }]);
		expect(line(posted[0][0], at(start, 0), community())).toContain('Community');
		expect(line(posted[0][0], at(start, 0), community())).toContain('42');
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
