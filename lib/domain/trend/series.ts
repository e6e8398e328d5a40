/**
 * The seat history the app keeps: one point per calendar day, oldest first, at most MAX_POINTS. Pure; persistence lives in
 * lib/engine/store.ts and the readings come from statistics.list (lib/api/statistics.ts) or the daily check's own reading.
 */
import { compact } from '../compact';
import { DAY_MS } from '../dates';

export interface ISeriesPoint {
	/** "2026-11-24": the server's calendar day of the reading. */
	day: string;
	/** Seats in use (IStats.activeUsers, the number the license counts). */
	seats: number;
	/** The seat cap that day, when known (the daily check reads it; statistics do not carry it). */
	cap?: number;
	guests?: number;
	/** Monthly active contacts of the calendar month so far. */
	contacts?: number;
	/** Distinct omnichannel contacts of the trailing 30 days, 7 days and 24 hours (statistics only: see trend/contacts.ts). */
	contacts30d?: number;
	contacts7d?: number;
	contacts1d?: number;
}

/** Where the history comes from: the workspace's own statistics, or the app's daily readings since a day. */
export type SeriesSource = { kind: 'statistics' } | { kind: 'own'; since: string };

export interface ISeries {
	points: ISeriesPoint[];
	source?: SeriesSource;
}

export const MAX_POINTS = 400;

/**
 * `incoming` merged into `points`: one point per day, a later reading of the same day replaces the earlier one but keeps
 * what it does not know (a statistics snapshot has no cap), sorted by day and cut to the newest `max`.
 */
export function mergePoints(points: readonly ISeriesPoint[], incoming: readonly ISeriesPoint[], max = MAX_POINTS): ISeriesPoint[] {
	const byDay = new Map(points.map((point) => [point.day, point]));
	for (const point of incoming) {
		const before = byDay.get(point.day);
		byDay.set(point.day, before ? { ...before, ...compact(point) } : point);
	}
	return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)).slice(-max);
}

/** Day number (days since 1970-01-01) of a "YYYY-MM-DD" key. */
export const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** The "YYYY-MM-DD" key of a day number. */
export const dayOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The points of the last `days` days up to `today` (inclusive). */
export function lastDays(points: readonly ISeriesPoint[], days: number, today: string): ISeriesPoint[] {
	const end = dayNumber(today);
	return points.filter((point) => {
		const n = dayNumber(point.day);
		return n <= end && n > end - days;
	});
}

/** How many calendar days the history spans, first to last point inclusive (0 when empty). */
export function spanDays(points: readonly ISeriesPoint[]): number {
	return points.length ? dayNumber(points[points.length - 1].day) - dayNumber(points[0].day) + 1 : 0;
}

/** The highest seat count and the first day it was reached. */
export function peakOf(points: readonly ISeriesPoint[]): ISeriesPoint | undefined {
	return points.reduce<ISeriesPoint | undefined>((best, point) => (!best || point.seats > best.seats ? point : best), undefined);
}

/** The last reading on or before `day`. */
export function readingAt(points: readonly ISeriesPoint[], day: number): ISeriesPoint | undefined {
	let found: ISeriesPoint | undefined;
	for (const point of points) {
		if (dayNumber(point.day) > day) {
			break;
		}
		found = point;
	}
	return found;
}

/**
 * Net change of seats in each of the last `weeks` weeks ending `today`, oldest first; a week with no reading at one of
 * its ends is left out (undefined).
 */
export function weeklyChanges(points: readonly ISeriesPoint[], today: string, weeks: number): Array<number | undefined> {
	const end = dayNumber(today);
	const first = points.length ? dayNumber(points[0].day) : end;
	const changes: Array<number | undefined> = [];
	for (let week = weeks - 1; week >= 0; week--) {
		const to = end - 7 * week;
		const from = to - 7;
		const a = from >= first ? readingAt(points, from) : undefined;
		const b = readingAt(points, to);
		changes.push(a && b && dayNumber(b.day) > from ? b.seats - a.seats : undefined);
	}
	return changes;
}
