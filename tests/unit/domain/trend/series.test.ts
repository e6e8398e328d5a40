import { CSV_HEADER, seriesCsv } from '../../../../lib/domain/trend/csv';
import { EMPTY_HISTORY, addOwnReading, addReadings, backfillEnds, unseen, unseenCount } from '../../../../lib/domain/trend/history';
import { MAX_POINTS, dayNumber, dayOf, mergePoints, peakOf, weeklyChanges } from '../../../../lib/domain/trend/series';
import { BARS, MAX_CELLS, sparkline } from '../../../../lib/domain/trend/sparkline';

const days = (n: number, start = '2026-01-01') => Array.from({ length: n }, (_, i) => dayOf(dayNumber(start) + i));

describe('mergePoints', () => {
	it('keeps one point per day, the later reading winning but keeping what it does not know', () => {
		const merged = mergePoints(
			[{ day: '2026-01-02', seats: 10, cap: 50 }],
			[
				{ day: '2026-01-01', seats: 9 },
				{ day: '2026-01-02', seats: 11 },
			],
		);
		expect(merged).toEqual([
			{ day: '2026-01-01', seats: 9 },
			{ day: '2026-01-02', seats: 11, cap: 50 },
		]);
	});

	it('is bounded: the newest MAX_POINTS days stay', () => {
		const merged = mergePoints(
			[],
			days(450).map((day, i) => ({ day, seats: i })),
		);
		expect(merged).toHaveLength(MAX_POINTS);
		expect(merged[0].seats).toBe(50);
		expect(merged[MAX_POINTS - 1].seats).toBe(449);
	});
});

describe('history bookkeeping', () => {
	const now = new Date('2026-11-24T12:00:00Z');
	it('marks statistics as the source, keeps the newest instant, and only unseen readings pass', () => {
		const history = addReadings(EMPTY_HISTORY, [
			{ at: '2026-11-23T03:12:00.000Z', point: { day: '2026-11-23', seats: 5 } },
			{ at: '2026-11-22T03:12:00.000Z', point: { day: '2026-11-22', seats: 4 } },
		]);
		expect(history.source).toEqual({ kind: 'statistics' });
		expect(history.newestAt).toBe('2026-11-23T03:12:00.000Z');
		const fresh = unseen(history, [
			{ at: '2026-11-24T03:12:00.000Z', point: { day: '2026-11-24', seats: 6 } },
			{ at: '2026-11-23T03:12:00.000Z', point: { day: '2026-11-23', seats: 5 } },
		]);
		expect(fresh.map((r) => r.point.seats)).toEqual([6]);
		expect(unseenCount(history, now)).toBe(5);
	});

	it('ends the backfill at the year horizon, a short page or the total', () => {
		const old = [{ at: '2025-11-01T00:00:00.000Z', point: { day: '2025-11-01', seats: 1 } }];
		expect(backfillEnds(old, 50, 50, 50, 1000, now)).toBe(true);
		expect(backfillEnds([], 10, 50, 10, 1000, now)).toBe(true);
		expect(backfillEnds([], 50, 50, 100, 100, now)).toBe(true);
		expect(backfillEnds([], 50, 50, 50, 100, now)).toBe(false);
	});

	it('without statistics the history is the app’s own since its first reading', () => {
		const first = addOwnReading(EMPTY_HISTORY, { day: '2026-11-20', seats: 3, cap: 10 });
		const second = addOwnReading(first, { day: '2026-11-21', seats: 4, cap: 10 });
		expect(second.source).toEqual({ kind: 'own', since: '2026-11-20' });
		expect(second.points).toHaveLength(2);
	});
});

describe('peak and weekly changes', () => {
	const points = days(21, '2026-11-04').map((day, i) => ({ day, seats: i === 5 ? 90 : 50 + i }));
	it('finds the peak and its first day', () => {
		expect(peakOf(points)).toEqual({ day: '2026-11-09', seats: 90 });
	});

	it('gives the net change of each week, oldest first, unknown where the history does not reach', () => {
		expect(weeklyChanges(points, '2026-11-24', 4)).toEqual([undefined, undefined, 7, 7]);
	});
});

describe('sparkline', () => {
	it('one cell per day, lowest to highest, with the cap on top when close', () => {
		const points = days(8, '2026-11-17').map((day, i) => ({ day, seats: 100 + i * 10 }));
		const chart = sparkline(points, '2026-11-17', 8, 200);
		expect(chart).toMatchObject({ low: 100, high: 200, capOnTop: true, daysPerCell: 1 });
		expect(chart.line).toHaveLength(8);
		expect(chart.line[0]).toBe(BARS[0]);
		expect(chart.line[7]).toBe(BARS[Math.round((70 / 100) * 7)]);
	});

	it('a far cap is not the top; a gap is a space; wide windows group days keeping the peak', () => {
		const points = [
			{ day: '2026-01-01', seats: 10 },
			{ day: '2026-01-03', seats: 20 },
		];
		const chart = sparkline(points, '2026-01-01', 3, 500);
		expect(chart).toMatchObject({ capOnTop: false, high: 20 });
		expect(chart.line).toBe(`${BARS[0]} ${BARS[7]}`);
		const year = sparkline(
			days(365).map((day, i) => ({ day, seats: i === 100 ? 999 : 1 })),
			'2026-01-01',
			365,
		);
		expect(year.line.length).toBeLessThanOrEqual(MAX_CELLS);
		expect(year.line).toContain(BARS[7]);
	});
});

describe('seriesCsv', () => {
	it('writes the header and one row per day, empty cells for what was not recorded', () => {
		const csv = seriesCsv([
			{ day: '2026-11-23', seats: 5, guests: 1 },
			{ day: '2026-11-24', seats: 6, cap: 10, guests: 1, contacts: 40 },
		]);
		expect(csv).toBe(`${CSV_HEADER.join(',')}\r\n2026-11-23,5,,1,\r\n2026-11-24,6,10,1,40\r\n`);
	});
});
