import { MAX_POINTS, dayNumber, dayOf, mergePoints, peakOf, weeklyChanges } from '../../../../lib/domain/trend/series';

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

describe('peak and weekly changes', () => {
	const points = days(21, '2026-11-04').map((day, i) => ({ day, seats: i === 5 ? 90 : 50 + i }));
	it('finds the peak and its first day', () => {
		expect(peakOf(points)).toEqual({ day: '2026-11-09', seats: 90 });
	});

	it('gives the net change of each week, oldest first, unknown where the history does not reach', () => {
		expect(weeklyChanges(points, '2026-11-24', 4)).toEqual([undefined, undefined, 7, 7]);
	});
});
