/**
 * Reads what the idle-seat list needs: pages of active users by last login and of pending users, the count of users
 * idle by last login (a search, not a read of every page), the engagement dashboard's active users for the period,
 * and deactivates or reactivates one user.
 * docs/rocketchat-api.md §6 and §7.
 */
import type { WorkspaceClient } from './client';
import { loggedInBefore } from '../domain/idle/rules';
import type { ISearchResult } from '../domain/idle/search';
import { countBefore } from '../domain/idle/search';
import type { CrossCheck, IWorkspaceUser } from '../domain/idle/types';
import { ApiError } from '../kit/errors';
import { count, isoDate, optionalArray, optionalBoolean, optionalString, record, stringList } from '../kit/json';
import { API_PATHS } from '../kit/paths';

/** users.listByStatus pages: API_Upper_Count_Limit (default 100) caps `count` on the server anyway. */
export const PAGE_SIZE = 100;

const LIST = API_PATHS.usersListByStatus;

/**
 * Active users (type `user`: no bots or app users) who logged in, oldest login first. `_id` breaks ties on lastLogin,
 * so the order is total and the same on every request: an offset names one user (docs/rocketchat-api.md §6).
 */
export const BY_OLDEST_LOGIN = { status: 'active', hasLoggedIn: 'true', type: 'user', sort: JSON.stringify({ lastLogin: 1, _id: 1 }) };

/** Active users who never logged in (pending): they hold a seat too. Usernames are unique, so the order is total. */
export const PENDING = { status: 'active', hasLoggedIn: 'false', type: 'user', sort: JSON.stringify({ username: 1 }) };

function toUser(raw: unknown, index: number): IWorkspaceUser | undefined {
	const user = record(raw, `users[${index}]`, LIST);
	const id = optionalString(user._id, `users[${index}]._id`, LIST);
	if (!id) {
		return undefined;
	}
	return {
		id,
		username: optionalString(user.username, `users[${index}].username`, LIST) ?? id,
		name: typeof user.name === 'string' ? user.name : undefined,
		roles: stringList(user.roles, `users[${index}].roles`, LIST),
		type: typeof user.type === 'string' ? user.type : undefined,
		active: optionalBoolean(user.active) ?? false,
		lastLogin: isoDate(user.lastLogin, `users[${index}].lastLogin`, LIST),
		federated: optionalBoolean(user.federated),
	};
}

export interface IPage {
	users: IWorkspaceUser[];
	/** The server's count of the whole list (it may disagree with the pages when users change meanwhile). */
	total: number;
}

/** One page of `query` from `offset`. */
export async function readPage(
	client: WorkspaceClient,
	query: Record<string, string>,
	offset: number,
	size = PAGE_SIZE,
	maxAgeMs?: number,
): Promise<IPage> {
	const body = record(await client.getJson(LIST, { ...query, count: String(size), offset: String(offset) }, maxAgeMs), 'body', LIST);
	const users = optionalArray(body.users, 'users', LIST)
		.map(toUser)
		.filter((user): user is IWorkspaceUser => !!user);
	return { users, total: count(body.total, 'total', LIST) ?? users.length };
}

/** Two probes a round: 100,000 users take 7 rounds and 15 requests instead of 17 of each one at a time. */
export const SEARCH_FANOUT = 2;

/** Below this much time left in the run, the count stops searching and states a lower bound. */
export const SEARCH_RESERVE_MS = 1_500;

/**
 * How many active users logged in before `cutoff`: from `first` (the list's first page) when it already reaches a
 * recent login, else by a search with one-user pages and one last page (lib/domain/idle/search.ts).
 */
export async function countByLogin(client: WorkspaceClient, cutoff: number, first: IPage, maxAgeMs?: number): Promise<ISearchResult> {
	const recent = first.users.findIndex((user) => !loggedInBefore(user, cutoff));
	if (recent >= 0) {
		return { count: recent, exact: true, probes: 0 };
	}
	const probe = async (offset: number, size: number) => (await readPage(client, BY_OLDEST_LOGIN, offset, size, maxAgeMs)).users;
	const start = { known: first.users.length, total: first.total, page: PAGE_SIZE, fanout: SEARCH_FANOUT };
	return countBefore(probe, cutoff, start, () => client.remainingMs() < SEARCH_RESERVE_MS);
}

/** How many active admins the workspace has (a one-user page: only `total` is used). */
export async function countActiveAdmins(client: WorkspaceClient): Promise<number> {
	const body = record(await client.getJson(LIST, { status: 'active', roles: 'admin', count: '1', offset: '0' }, 0), 'body', LIST);
	return count(body.total, 'total', LIST) ?? 0;
}

const DASHBOARD = API_PATHS.engagementActiveUsers;

/**
 * Ids seen in any day's usersList, kept only for the `candidates` (the users with an old last login): a membership test
 * per id, no union of every active user.
 */
export function seenAmong(body: unknown, candidates: ReadonlySet<string>): Set<string> {
	const month = optionalArray(record(body, 'body', DASHBOARD).month, 'month', DASHBOARD);
	const seen = new Set<string>();
	for (let d = 0; d < month.length; d++) {
		const list = (month[d] as { usersList?: unknown } | null)?.usersList;
		if (!Array.isArray(list)) {
			record(month[d], `month[${d}]`, DASHBOARD);
			optionalArray(list, `month[${d}].usersList`, DASHBOARD);
			continue;
		}
		for (let i = 0; i < list.length; i++) {
			const id = list[i];
			if (typeof id !== 'string') {
				throw new ApiError('malformed', { path: DASHBOARD, field: `month[${d}].usersList[${i}]` });
			}
			if (candidates.has(id)) {
				seen.add(id);
			}
		}
	}
	return seen;
}

export type DashboardRead = { kind: 'body'; body: unknown } | Extract<CrossCheck, { kind: 'unavailable' }>;

/** The dashboard's answer for the period; a missing module (404, or 400 on some builds) or a refusal (403) is no failure. */
export async function readDashboard(client: WorkspaceClient, start: Date, end: Date): Promise<DashboardRead> {
	try {
		return { kind: 'body', body: await client.getJson(DASHBOARD, { start: start.toISOString(), end: end.toISOString() }) };
	} catch (error) {
		if (!(error instanceof ApiError)) {
			throw error;
		}
		if (error.kind === 'not-found' || (error.kind === 'malformed' && error.detail.status === 400)) {
			return { kind: 'unavailable', reason: 'missing' };
		}
		return { kind: 'unavailable', reason: error.kind === 'forbidden' ? 'refused' : 'failed' };
	}
}

/** The cross-check for `candidates`; an answer LicenseApp cannot read counts as unavailable, not as a failed list. */
export function crossCheckFrom(read: DashboardRead, candidates: ReadonlySet<string>): CrossCheck {
	if (read.kind === 'unavailable') {
		return read;
	}
	try {
		return { kind: 'dashboard', activeIds: seenAmong(read.body, candidates) };
	} catch (error) {
		if (error instanceof ApiError) {
			return { kind: 'unavailable', reason: 'failed' };
		}
		throw error;
	}
}

/** users.setActiveStatus for one user; throws ApiError (a 400 carries Rocket.Chat's errorType). */
export async function setActiveStatus(client: WorkspaceClient, userId: string, active: boolean): Promise<void> {
	await client.postJson(API_PATHS.usersSetActiveStatus, { userId, activeStatus: active });
}
