/** advance() as seats and other limits rise, wobble, block and fall, with default and custom thresholds. */
import { EMPTY_STATE, advance, hasCritical } from '../../../../../lib/domain/findings/announce';
import { evaluate } from '../../../../../lib/domain/findings/evaluate';
import type { Notice, IThresholds } from '../../../../../lib/domain/findings/types';
import type { ISnapshot } from '../../../../../lib/domain/snapshot';
import { ApiError } from '../../../../../lib/kit/errors';
import { noticeLine } from '../../../../../lib/render/checkView';
import { viewFor } from '../../../../../lib/render/view';
import { DEFAULT_THRESHOLDS as T, at, enterprise, failed, line, ok, raised, replay, withSeats } from '../../../../support/kit';

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
