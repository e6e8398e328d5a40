/**
 * Reads Rocket.Chat's statistics snapshots (docs/rocketchat-api.md §5): `statistics.list` pages, newest first, for the seat
 * history, and `statistics` plus `users.listByStatus` for the seat breakdown. Both need view-statistics; a server refuses
 * with 400 error-not-allowed, which errors.ts reads as 'forbidden'. Documents come whole (tens of KB), so pages are read
 * uncached and reduced to a few numbers at once.
 */
import type { WorkspaceClient } from './client';
import { compact } from '../domain/compact';
import { dayKey } from '../domain/dates';
import type { IBreakdown } from '../domain/snapshot';
import type { ISeriesPoint } from '../domain/trend/series';
import { malformed } from '../kit/errors';
import { count, isRecord, isoDate, optionalArray, record } from '../kit/json';
import { API_PATHS } from '../kit/paths';

/** statistics.list sorts by `name` by default, a field snapshots lack: ask for newest first. */
export const NEWEST_FIRST = JSON.stringify({ createdAt: -1 });

export interface IStatisticsPage {
	/** One entry per readable snapshot, in the order received (newest first), with the instant it was taken. */
	readings: Array<{ at: string; point: ISeriesPoint }>;
	/** How many documents the page held (readable or not). */
	received: number;
	total: number;
}

/**
 * `contactsCount` of one of a snapshot's MAC figures (core-typings MACStats); undefined when absent or not a count, so a
 * broken contacts figure never costs the snapshot's seats.
 */
function contactsOf(doc: Record<string, unknown>, field: string): number | undefined {
	const stats = doc[field];
	try {
		const value = isRecord(stats) ? count(stats.contactsCount, `${field}.contactsCount`, API_PATHS.statisticsList) : undefined;
		return value !== undefined && value >= 0 ? value : undefined;
	} catch {
		return undefined;
	}
}

/** A snapshot reduced to a series point; undefined when it lacks the date or the seat count. */
export function pointOfStats(doc: unknown): { at: string; point: ISeriesPoint } | undefined {
	if (!isRecord(doc)) {
		return undefined;
	}
	const path = API_PATHS.statisticsList;
	try {
		const at = isoDate(typeof doc.createdAt === 'string' ? doc.createdAt : undefined, 'createdAt', path);
		const seats = count(doc.activeUsers, 'activeUsers', path);
		if (!at || seats === undefined) {
			return undefined;
		}
		const guests = count(doc.activeGuests, 'activeGuests', path);
		// The billable count of the calendar month: getMACStatisticsForPeriod(YYYY-MM) (see docs/rocketchat-api.md).
		const contacts = contactsOf(doc, 'omnichannelContactsBySource');
		// Trailing windows ending at the snapshot: distinct contacts of the livechat rooms opened in them (getMACStatisticsBetweenDates).
		const contacts30d = contactsOf(doc, 'uniqueContactsOfLastMonth');
		const contacts7d = contactsOf(doc, 'uniqueContactsOfLastWeek');
		const contacts1d = contactsOf(doc, 'uniqueContactsOfYesterday');
		return { at, point: compact({ day: dayKey(new Date(at)), seats, guests, contacts, contacts30d, contacts7d, contacts1d }) };
	} catch {
		return undefined;
	}
}

export async function readStatisticsPage(client: WorkspaceClient, offset: number, size: number): Promise<IStatisticsPage> {
	const path = API_PATHS.statisticsList;
	const body = record(
		await client.getJsonUncached(path, { offset: String(offset), count: String(size), sort: NEWEST_FIRST }),
		'body',
		path,
	);
	const docs = optionalArray(body.statistics, 'statistics', path);
	const readings = docs.map(pointOfStats).filter((reading): reading is { at: string; point: ISeriesPoint } => !!reading);
	return { readings, received: docs.length, total: count(body.total, 'total', path) ?? offset + docs.length };
}

export async function readBreakdown(client: WorkspaceClient): Promise<IBreakdown> {
	const path = API_PATHS.statistics;
	// users.listByStatus is 7.0+; without it the breakdown still stands, minus that line.
	const pending = client
		.getJson(API_PATHS.usersListByStatus, { status: 'active', hasLoggedIn: 'false', type: 'user', count: '1' })
		.then((body) => count(record(body, 'body', API_PATHS.usersListByStatus).total, 'total', API_PATHS.usersListByStatus))
		.catch(() => undefined);
	const doc = record(await client.getJson(path), 'body', path);
	const number = (field: string): number => count(doc[field], field, path) ?? 0;
	const seats = count(doc.activeUsers, 'activeUsers', path);
	const at = isoDate(typeof doc.createdAt === 'string' ? doc.createdAt : undefined, 'createdAt', path);
	if (seats === undefined || !at) {
		throw malformed(seats === undefined ? 'activeUsers' : 'createdAt', path);
	}
	const total = number('totalUsers');
	const guests = number('activeGuests');
	const apps = number('appUsers');
	const deactivated = number('nonActiveUsers');
	// Every account is deactivated, a seat, guest-only, an app user or "other" (bot, federated, remote); app users are active.
	const otherActive = Math.max(0, total - deactivated - seats - guests - apps);
	return { at, seats, guests, apps, otherActive, deactivated, total, neverLoggedIn: await pending };
}
