/**
 * Reads what the idle-seat list needs: active users by last login (only up to the first recent one), pending users,
 * the engagement dashboard's active users for the period, and deactivates or reactivates one user.
 * docs/rocketchat-api.md §6 and §7.
 */
import type { WorkspaceClient } from './client';
import { ApiError } from './errors';
import { count, isoDate, optionalArray, optionalBoolean, optionalString, record, stringList } from './json';
import { API_PATHS } from './paths';
import type { CrossCheck, IWorkspaceUser } from '../domain/idle/types';

/** users.listByStatus pages; the server's own maximum is higher, but 100 keeps each answer small. */
export const PAGE_SIZE = 100;

const LIST = API_PATHS.usersListByStatus;

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

interface IPage {
	users: IWorkspaceUser[];
	total: number;
}

async function readPage(client: WorkspaceClient, query: Record<string, string>, offset: number, maxAgeMs?: number): Promise<IPage> {
	const body = record(await client.getJson(LIST, { ...query, count: String(PAGE_SIZE), offset: String(offset) }, maxAgeMs), 'body', LIST);
	const users = optionalArray(body.users, 'users', LIST)
		.map(toUser)
		.filter((user): user is IWorkspaceUser => !!user);
	return { users, total: count(body.total, 'total', LIST) ?? users.length };
}

export interface IUserRead {
	users: IWorkspaceUser[];
	pages: number;
}

/**
 * Active users who logged in at least once, oldest login first, read only until the first login at or after the
 * cutoff: every idle one is read, and at most one page of recent ones.
 */
export async function readByOldestLogin(client: WorkspaceClient, cutoff: number, maxAgeMs?: number): Promise<IUserRead> {
	const query = { status: 'active', hasLoggedIn: 'true', sort: JSON.stringify({ lastLogin: 1 }) };
	const users: IWorkspaceUser[] = [];
	for (let offset = 0, pages = 1; ; offset += PAGE_SIZE, pages++) {
		const page = await readPage(client, query, offset, maxAgeMs);
		users.push(...page.users);
		const last = page.users[page.users.length - 1];
		const reachedRecent = page.users.some((user) => user.lastLogin && Date.parse(user.lastLogin) >= cutoff);
		if (reachedRecent || !last || offset + PAGE_SIZE >= page.total) {
			return { users, pages };
		}
	}
}

/** Active users who never logged in (pending): they hold a seat too. */
export async function readPending(client: WorkspaceClient, maxAgeMs?: number): Promise<IUserRead> {
	const query = { status: 'active', hasLoggedIn: 'false', sort: JSON.stringify({ username: 1 }) };
	const first = await readPage(client, query, 0, maxAgeMs);
	const rest: Array<Promise<IPage>> = [];
	for (let offset = PAGE_SIZE; offset < first.total; offset += PAGE_SIZE) {
		rest.push(readPage(client, query, offset, maxAgeMs));
	}
	const pages = await Promise.all(rest);
	return { users: [first, ...pages].flatMap((page) => page.users), pages: 1 + pages.length };
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
