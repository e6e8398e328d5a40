/**
 * Keeps the seat history: backfills up to a year from statistics.list once, a few pages per run and resumable, then reads
 * only unseen snapshots (one page at most); the daily check adds its own reading of today, which alone knows the cap.
 * Without view-statistics the history is the app's own daily readings.
 */
import type { AppState } from './appState';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import { readStatisticsPage } from '../api/statistics';
import { loggableError } from '../domain/redact';
import type { IAppConfig } from '../domain/settings';
import type { ISnapshot } from '../domain/snapshot';
import { limitOf } from '../domain/snapshot';
import type { IHistory } from '../domain/trend/history';
import {
	BACKFILL_BUDGET_MS,
	MAX_PAGES_PER_RUN,
	PAGE_SIZE,
	addOwnReading,
	addReadings,
	backfillEnds,
	today,
	unseen,
	unseenCount,
} from '../domain/trend/history';
import type { ISeriesPoint } from '../domain/trend/series';
import type { IAccessors } from '../engine/accessors';
import { loadHistory, saveHistory } from '../engine/store';
import type { Deadline } from '../kit/deadline';
import { ApiError } from '../kit/errors';

export interface ISyncResult {
	history: IHistory;
	/** statistics.list pages read in this run. */
	pages: number;
	/** Why statistics could not be read, when they could not. */
	error?: ApiError;
}

/**
 * One run's worth of statistics: backfill pages until the window, the page limit or the time budget is reached, or, once
 * the backfill is done, one page of what is new. A refusal (no view-statistics) is remembered for the day.
 */
export async function syncStatistics(
	client: WorkspaceClient,
	start: IHistory,
	now: Date,
	clock: () => number = Date.now,
): Promise<ISyncResult> {
	const began = clock();
	let history = start;
	let pages = 0;
	try {
		if (history.backfill.done) {
			const size = unseenCount(history, now);
			const page = await readStatisticsPage(client, 0, size);
			pages++;
			history = addReadings(history, unseen(history, page.readings));
			return { history, pages };
		}
		let { offset } = history.backfill;
		while (pages < MAX_PAGES_PER_RUN && clock() - began < BACKFILL_BUDGET_MS) {
			const page = await readStatisticsPage(client, offset, PAGE_SIZE);
			pages++;
			offset += page.received;
			const done = backfillEnds(page.readings, page.received, PAGE_SIZE, offset, page.total, now);
			history = { ...addReadings(history, page.readings), backfill: { offset, done } };
			if (done) {
				break;
			}
		}
		return { history, pages };
	} catch (error) {
		if (!(error instanceof ApiError)) {
			throw error;
		}
		const refused = error.kind === 'forbidden';
		return { history: refused ? { ...history, refusedOn: today(now) } : history, pages, error };
	}
}

/** Today's reading from the license: seats, cap, guests and contacts as the license counts them. */
export function pointOfSnapshot(snapshot: ISnapshot, now: Date): ISeriesPoint | undefined {
	const value = (kind: 'activeUsers' | 'guestUsers' | 'monthlyActiveContacts') => {
		const { used } = limitOf(snapshot, kind);
		return used === 'unknown' ? undefined : used;
	};
	const seats = value('activeUsers');
	if (seats === undefined) {
		return undefined;
	}
	const { max } = limitOf(snapshot, 'activeUsers');
	return {
		day: today(now),
		seats,
		...(max !== 'unlimited' && { cap: max }),
		...(value('guestUsers') !== undefined && { guests: value('guestUsers') }),
		...(value('monthlyActiveContacts') !== undefined && { contacts: value('monthlyActiveContacts') }),
	};
}

/** The daily check's part: statistics read and today's own reading added, then saved. Never fails the check. */
export async function recordHistory(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	deadline: Deadline,
	snapshot: ISnapshot,
	now: Date,
): Promise<IHistory> {
	const stored = await loadHistory(accessors.read.getPersistenceReader(), accessors.logger);
	const run = await readWorkspace(accessors, state, config, deadline, (client) => syncStatistics(client, stored, now));
	const synced = run.ok ? run.value : { history: stored, pages: 0, error: run.error };
	if (synced.error && synced.error.kind !== 'forbidden') {
		accessors.logger.warn(`Seat history: statistics could not be read (${synced.error.message}); today's reading is kept.`);
	}
	const own = pointOfSnapshot(snapshot, now);
	const history = own ? addOwnReading(synced.history, own) : synced.history;
	await saveHistory(accessors.persis, history);
	return history;
}

/**
 * A command's part: the stored history, advanced by one bounded backfill run while the backfill is unfinished (and
 * statistics were not refused today). After the backfill it reads no statistics at all.
 */
export async function historyForCommand(accessors: IAccessors, state: AppState, client: WorkspaceClient, now: Date): Promise<IHistory> {
	const stored = await loadHistory(accessors.read.getPersistenceReader());
	if (stored.backfill.done || stored.refusedOn === today(now)) {
		return stored;
	}
	return state.oneAtATime(async () => {
		// The read that is saved again says what was wrong with the record, once.
		const fresh = await loadHistory(accessors.read.getPersistenceReader(), accessors.logger);
		const { history, error } = await syncStatistics(client, fresh, now);
		if (error && error.kind !== 'forbidden') {
			accessors.logger.warn(`Seat history: statistics could not be read (${error.message}).`);
		}
		await saveHistory(accessors.persis, history);
		return history;
	});
}

/** recordHistory for the daily check: a fault of the history is logged and the stored points answer, so no forecast clears by accident. */
export async function historyForCheck(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	deadline: Deadline,
	snapshot: ISnapshot,
	now: Date,
): Promise<ISeriesPoint[]> {
	try {
		return (await recordHistory(accessors, state, config, deadline, snapshot, now)).points;
	} catch (error) {
		accessors.logger.error(`Seat history could not be updated: ${loggableError(error)}`);
		return (await loadHistory(accessors.read.getPersistenceReader())).points;
	}
}
