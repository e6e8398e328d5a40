/** sparkline.ts: the seat history as one line of bars. */

import { dayNumber, dayOf } from '../../../../lib/domain/trend/series';
import { BARS, MAX_CELLS, sparkline } from '../../../../lib/domain/trend/sparkline';

const days = (n: number, start = '2026-01-01') => Array.from({ length: n }, (_, i) => dayOf(dayNumber(start) + i));

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
