import { FIT_DAYS, forecastSeats, theilSen } from '../../../../lib/domain/trend/fit';
import type { ISeriesPoint } from '../../../../lib/domain/trend/series';
import { dayNumber, dayOf } from '../../../../lib/domain/trend/series';

const TODAY = '2026-11-24';
/** `days` daily points ending today, seats from `f(daysAgo)`. */
function series(days: number, f: (daysAgo: number) => number): ISeriesPoint[] {
	return Array.from({ length: days }, (_, i) => {
		const ago = days - 1 - i;
		return { day: dayOf(dayNumber(TODAY) - ago), seats: f(ago) };
	});
}

describe('theilSen', () => {
	it('recovers an exact line', () => {
		const xs = [0, 1, 2, 3, 4];
		expect(
			theilSen(
				xs,
				xs.map((x) => 10 + 2 * x),
			),
		).toEqual({ slope: 2, intercept: 10 });
	});

	it('is not bent by one outlier the way least squares is', () => {
		const xs = Array.from({ length: 20 }, (_, i) => i);
		const ys = xs.map((x) => 100 + 0.5 * x);
		ys[15] = 400;
		expect(theilSen(xs, ys)?.slope).toBeCloseTo(0.5, 5);
	});

	it('has no line without two distinct x', () => {
		expect(theilSen([3, 3], [1, 2])).toBeUndefined();
		expect(theilSen([], [])).toBeUndefined();
	});
});

describe('forecastSeats', () => {
	it('linear growth: reaches the cap on the day the line says', () => {
		// +0.5 a day, 170 today, cap 200: 60 days.
		const forecast = forecastSeats(
			series(90, (ago) => 170 - 0.5 * ago),
			200,
			TODAY,
		);
		expect(forecast).toEqual({ kind: 'reaches', perWeek: 3.5, cap: 200, day: dayOf(dayNumber(TODAY) + 60), days: 60 });
	});

	it('noisy growth: the robust pace stays near the true one', () => {
		const noise = (ago: number) => Math.round(Math.sin(ago * 7.3) * 3);
		const forecast = forecastSeats(
			series(120, (ago) => Math.round(150 - 0.6 * ago) + noise(ago)),
			200,
			TODAY,
		);
		expect(forecast.kind).toBe('reaches');
		expect((forecast as { perWeek: number }).perWeek).toBeGreaterThan(3.8);
		expect((forecast as { perWeek: number }).perWeek).toBeLessThan(4.6);
	});

	it('a spike does not make a trend, and the cap is not within a year', () => {
		const forecast = forecastSeats(
			series(120, (ago) => (ago >= 9 && ago <= 11 ? 195 : 150)),
			200,
			TODAY,
		);
		expect(forecast).toEqual({ kind: 'not-within-year', perWeek: 0, cap: 200 });
	});

	it('flat: not within a year', () => {
		expect(
			forecastSeats(
				series(60, () => 150),
				200,
				TODAY,
			),
		).toMatchObject({ kind: 'not-within-year', perWeek: 0 });
	});

	it('slow growth whose cap is more than a year away: not within a year', () => {
		expect(
			forecastSeats(
				series(60, (ago) => 100 - 0.1 * ago),
				200,
				TODAY,
			),
		).toMatchObject({ kind: 'not-within-year', perWeek: 0.7 });
	});

	it('falling: says so, with the pace', () => {
		expect(
			forecastSeats(
				series(90, (ago) => 150 + 0.3 * ago),
				200,
				TODAY,
			),
		).toEqual({ kind: 'falling', perWeek: -2.1, cap: 200 });
	});

	it('short history: too little, with the days there are', () => {
		expect(
			forecastSeats(
				series(5, (ago) => 40 - ago),
				200,
				TODAY,
			),
		).toEqual({ kind: 'too-little', days: 5 });
		expect(forecastSeats([], 200, TODAY)).toEqual({ kind: 'too-little', days: 0 });
	});

	it('fits only the last 8 weeks: an old decline does not hide recent growth', () => {
		const forecast = forecastSeats(
			series(200, (ago) => (ago < FIT_DAYS ? 180 - 0.5 * ago : 300 - ago)),
			200,
			TODAY,
		);
		expect(forecast).toMatchObject({ kind: 'reaches', perWeek: 3.5, days: 40 });
	});

	it('at the cap, and without a cap', () => {
		expect(
			forecastSeats(
				series(30, () => 200),
				200,
				TODAY,
			),
		).toMatchObject({ kind: 'at-cap' });
		expect(
			forecastSeats(
				series(30, (ago) => 100 - ago),
				undefined,
				TODAY,
			),
		).toEqual({ kind: 'no-cap', perWeek: 7 });
	});
});
