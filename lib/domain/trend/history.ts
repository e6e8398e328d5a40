/**
 * The seat history's bookkeeping: what is stored, how far the statistics backfill got, and which readings are new.
 * Pure; lib/flows/seatHistory.ts reads the API and persistence around it.
 */
import { DAY_MS, dayKey } from '../dates';
import type { ISeriesPoint, SeriesSource } from './series';
import { mergePoints } from './series';

/** The backfill reaches back this far, once. */
export const BACKFILL_DAYS = 365;
/** Snapshots per statistics.list page: about 40 KB each, so a page is about 2 MB. */
export const PAGE_SIZE = 50;
/** A run reads at most this many pages, and starts none after BACKFILL_BUDGET_MS: the rest waits for the next run. */
export const MAX_PAGES_PER_RUN = 8;
export const BACKFILL_BUDGET_MS = 4_000;

export interface IHistory {
	points: ISeriesPoint[];
	source?: SeriesSource;
	/** Where the statistics backfill stands: the next offset to read, or done. */
	backfill: { offset: number; done: boolean };
	/** createdAt of the newest snapshot read: later ones are unseen. */
	newestAt?: string;
	/** The day statistics were last refused (no view-statistics): a command does not ask again that day. */
	refusedOn?: string;
}

export const EMPTY_HISTORY: IHistory = { points: [], backfill: { offset: 0, done: false } };

export interface IReading {
	at: string;
	point: ISeriesPoint;
}

/** Readings merged oldest first, so the last snapshot of a day is the one kept. */
export function addReadings(history: IHistory, readings: readonly IReading[]): IHistory {
	const sorted = [...readings].sort((a, b) => a.at.localeCompare(b.at));
	const newest = sorted.length ? sorted[sorted.length - 1].at : undefined;
	return {
		...history,
		points: mergePoints(
			history.points,
			sorted.map((reading) => reading.point),
		),
		newestAt: newest && (!history.newestAt || newest > history.newestAt) ? newest : history.newestAt,
		source: { kind: 'statistics' },
	};
}

/** True once a page reached back past the backfill window, or ran out of snapshots. */
export function backfillEnds(
	readings: readonly IReading[],
	received: number,
	requested: number,
	offset: number,
	total: number,
	now: Date,
): boolean {
	const horizon = now.getTime() - BACKFILL_DAYS * DAY_MS;
	return received < requested || offset >= total || readings.some((reading) => new Date(reading.at).getTime() < horizon);
}

/** How many snapshots to ask for after the backfill: the days since the newest one read, plus restarts; one page at most. */
export function unseenCount(history: IHistory, now: Date): number {
	const since = history.newestAt ? Math.ceil((now.getTime() - new Date(history.newestAt).getTime()) / DAY_MS) : PAGE_SIZE;
	return Math.min(PAGE_SIZE, Math.max(2, 2 * since + 1));
}

/** Only the snapshots taken after the newest one already read. */
export function unseen(history: IHistory, readings: readonly IReading[]): IReading[] {
	return readings.filter((reading) => !history.newestAt || reading.at > history.newestAt);
}

/**
 * The daily check's own reading of today (it alone knows the cap). Without statistics the history is the app's own,
 * from the first day it recorded.
 */
export function addOwnReading(history: IHistory, point: ISeriesPoint): IHistory {
	const points = mergePoints(history.points, [point]);
	const source = history.source ?? { kind: 'own', since: point.day };
	return { ...history, points, source };
}

export const today = (now: Date): string => dayKey(now);
