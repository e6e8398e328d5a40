/**
 * The seat forecast: a Theil–Sen line (the median of all pairwise slopes) through the last FIT_DAYS days, so one spike
 * or one bad reading does not bend it the way it bends a least-squares line. Pure.
 */
import type { ISeriesPoint } from './series';
import { dayNumber, dayOf, lastDays, spanDays } from './series';

/** The fit looks at the last 8 weeks. */
export const FIT_DAYS = 56;
/** Fewer days of history than this: no forecast yet. */
export const MIN_HISTORY_DAYS = 14;
/** A forecast further away than this is "not within a year". */
export const HORIZON_DAYS = 365;

export interface ILine {
	/** Seats per day. */
	slope: number;
	/** Seats at day number 0 (1970-01-01). */
	intercept: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Theil–Sen over (x, y) pairs; undefined with fewer than two distinct x. */
export function theilSen(xs: readonly number[], ys: readonly number[]): ILine | undefined {
	const slopes: number[] = [];
	for (let i = 0; i < xs.length; i++) {
		for (let j = i + 1; j < xs.length; j++) {
			if (xs[j] !== xs[i]) {
				slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
			}
		}
	}
	if (!slopes.length) {
		return undefined;
	}
	const slope = median(slopes);
	return { slope, intercept: median(xs.map((x, i) => ys[i] - slope * x)) };
}

export type SeatForecast =
	/** Not enough history for a trend. */
	| { kind: 'too-little'; days: number }
	/** The license has no seat cap: only the pace is told. */
	| { kind: 'no-cap'; perWeek: number }
	| { kind: 'at-cap'; perWeek: number; cap: number }
	| { kind: 'falling'; perWeek: number; cap: number }
	/** Flat, or the cap is more than a year away at this pace. */
	| { kind: 'not-within-year'; perWeek: number; cap: number }
	| { kind: 'reaches'; perWeek: number; cap: number; day: string; days: number };

/** Rounded as shown: "+3.1 seats a week"; a pace that rounds to zero is flat. */
const perWeekOf = (line: ILine): number => Math.round(line.slope * 7 * 10) / 10;

/**
 * When seats reach `cap` at the pace of the last 8 weeks. `today` is the day the forecast is made; the line is anchored on
 * the last reading, so the count shown today and the forecast agree.
 */
export function forecastSeats(points: readonly ISeriesPoint[], cap: number | undefined, today: string): SeatForecast {
	const recent = lastDays(points, FIT_DAYS, today);
	const days = spanDays(points);
	const line =
		days >= MIN_HISTORY_DAYS && recent.length >= 2
			? theilSen(
					recent.map((p) => dayNumber(p.day)),
					recent.map((p) => p.seats),
				)
			: undefined;
	if (!line) {
		return { kind: 'too-little', days };
	}
	const perWeek = perWeekOf(line);
	if (cap === undefined) {
		return { kind: 'no-cap', perWeek };
	}
	const last = recent[recent.length - 1];
	if (last.seats >= cap) {
		return { kind: 'at-cap', perWeek, cap };
	}
	if (perWeek < 0) {
		return { kind: 'falling', perWeek, cap };
	}
	if (perWeek === 0) {
		return { kind: 'not-within-year', perWeek, cap };
	}
	const reachedAt = dayNumber(last.day) + Math.ceil((cap - last.seats) / line.slope);
	const daysFromToday = Math.max(1, reachedAt - dayNumber(today));
	if (daysFromToday > HORIZON_DAYS) {
		return { kind: 'not-within-year', perWeek, cap };
	}
	return { kind: 'reaches', perWeek, cap, day: dayOf(dayNumber(today) + daysFromToday), days: daysFromToday };
}
