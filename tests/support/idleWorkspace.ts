/**
 * A workspace's user routes as plain data behind an IHttp-shaped fake, for unit tests of the idle-seat reads:
 * users.listByStatus (filters, sort, offset, and Rocket.Chat's cap of 100 users a page), users.setActiveStatus (the
 * last-owner refusal) and the engagement dashboard's active users (docs/rocketchat-api.md describes the routes).
 */
import type { IHttpGetter } from '../../lib/api/client';
import { WorkspaceClient } from '../../lib/api/client';
import { DAY_MS } from '../../lib/domain/dates';
import { API_PATHS } from '../../lib/kit/paths';

export const NOW = new Date('2026-11-19T09:00:00.000Z');
export const CUTOFF = NOW.getTime() - 30 * DAY_MS;
const BASE = 'https://chat.example.com';
/** API_Upper_Count_Limit's default: no page holds more users. */
const UPPER_COUNT_LIMIT = 100;
const DEFAULT_COUNT = 50;

export interface IFakeUser {
	_id: string;
	username: string;
	roles: string[];
	type: 'user' | 'bot' | 'app';
	active: boolean;
	lastLogin?: Date;
	/** Rooms this user is the last owner of: deactivating needs confirmRelinquish. */
	lastOwnerOf?: string[];
}

const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

/**
 * `seats` accounts holding a seat: the owner, a regular user, then members, of whom the last `idle` (default: a tenth)
 * have not signed in for 30+ days, every second of them never; the last idle member is an admin. Four guests (half never
 * signed in), two bots, the app's user and deactivated accounts hold no seat. The second never-signed-in member by
 * username owns a room alone.
 */
function directoryOf(seats: number, idle?: number): IFakeUser[] {
	const users: IFakeUser[] = [
		{ _id: 'owner', username: 'admin', roles: ['admin', 'user'], type: 'user', active: true, lastLogin: ago(0.05) },
		{ _id: 'user-id', username: 'user', roles: ['user'], type: 'user', active: true, lastLogin: ago(2) },
	];
	const members = Math.max(0, seats - 2);
	const idleCount = Math.min(members, idle ?? Math.max(0, members - Math.round(seats * 0.9)));
	for (let k = 0; k < members; k++) {
		const isIdle = k >= members - idleCount;
		const neverSignedIn = isIdle && k % 2 === 0;
		users.push({
			_id: `member-${String(k).padStart(6, '0')}`,
			username: `a.member${String((k * 7919) % 1_000_003).padStart(7, '0')}`,
			roles: k < 2 || (isIdle && k === members - 1) ? ['admin', 'user'] : ['user'],
			type: 'user',
			active: true,
			lastLogin: neverSignedIn ? undefined : ago(isIdle ? 31 + ((k * 37) % 400) : 0.1 + (k % 20)),
		});
	}
	const pendingByName = users
		.filter((user) => !user.lastLogin && !user.roles.includes('admin'))
		.sort((a, b) => (a.username < b.username ? -1 : 1));
	const roomOwner = pendingByName[1] ?? pendingByName[0];
	if (roomOwner) {
		roomOwner.lastOwnerOf = ['project-x'];
	}
	for (let g = 0; g < 4; g++) {
		users.push({
			_id: `guest-${g}`,
			username: `guest${g}`,
			roles: ['guest'],
			type: 'user',
			active: true,
			lastLogin: g % 2 ? ago(90) : undefined,
		});
	}
	users.push(
		{ _id: 'rocket.cat', username: 'rocket.cat', roles: ['bot'], type: 'bot', active: true },
		{ _id: 'helpdesk-bot', username: 'helpdesk.bot', roles: ['bot'], type: 'bot', active: true, lastLogin: ago(300) },
		{ _id: 'licenseapp-app', username: 'licenseapp.bot', roles: ['app'], type: 'app', active: true },
		...Array.from(
			{ length: 5 },
			(_, d): IFakeUser => ({
				_id: `gone-${d}`,
				username: `former${d}`,
				roles: ['user'],
				type: 'user',
				active: false,
				lastLogin: ago(200 + d),
			}),
		),
	);
	return users;
}

/** Orders users by the fields of a Mongo-style sort: a user without the field first, as Mongo sorts a missing value. */
function compareBy(sort: Record<string, 1 | -1>) {
	return (a: IFakeUser, b: IFakeUser): number => {
		for (const [field, direction] of Object.entries(sort)) {
			const value = (user: IFakeUser) => {
				const raw = user[field as keyof IFakeUser];
				return raw instanceof Date ? raw.getTime() : (raw as string | undefined);
			};
			const [x, y] = [value(a), value(b)];
			if (x !== y) {
				return (x === undefined || (y !== undefined && x < y) ? -1 : 1) * direction;
			}
		}
		return 0;
	};
}

/** users.listByStatus over `users`: the filters the app sends, then the sort, offset and count. */
export function listByStatus(users: readonly IFakeUser[], query: Record<string, string>) {
	const roles = query.roles?.split(',');
	const matching = users
		.filter(
			(user) =>
				(query.status === undefined || user.active === (query.status === 'active')) &&
				(query.hasLoggedIn === undefined || !!user.lastLogin === (query.hasLoggedIn === 'true')) &&
				(query.type === undefined || user.type === query.type) &&
				(!roles || user.roles.some((role) => roles.includes(role))),
		)
		.sort(compareBy(query.sort ? JSON.parse(query.sort) : { username: 1 }));
	const offset = Number(query.offset ?? 0);
	const page = matching.slice(offset, offset + Math.min(Number(query.count ?? DEFAULT_COUNT) || DEFAULT_COUNT, UPPER_COUNT_LIMIT));
	return {
		users: page.map(({ lastOwnerOf: _owned, lastLogin, ...user }) => ({
			...user,
			...(lastLogin && { lastLogin: lastLogin.toISOString() }),
		})),
		count: page.length,
		offset,
		total: matching.length,
		success: true,
	};
}

/** The dashboard's active users: each day before today, the seat holders who signed in within the last 30 days. */
function activeUsers(users: readonly IFakeUser[], start: Date, end: Date) {
	const seen = users.filter((user) => user.active && user.type === 'user' && user.lastLogin && user.lastLogin.getTime() >= CUTOFF);
	const month = [];
	for (let day = new Date(Math.min(end.getTime(), NOW.getTime() - DAY_MS)); day >= start; day = new Date(day.getTime() - DAY_MS)) {
		const usersList = seen.map((user) => user._id);
		month.push({ day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear(), usersList, users: usersList.length });
	}
	return { month, success: true };
}

const answer = (statusCode: number, body: unknown) => ({ statusCode, content: JSON.stringify(body), data: body });

/** The workspace's user routes behind an IHttp-shaped fake; `calls` lists the queries of users.listByStatus, in order. */
export function workspace(seats: number, idle?: number, dashboard: 'on' | 404 | 403 = 'on') {
	const directory = { users: directoryOf(seats, idle) };
	const calls: Array<Record<string, string>> = [];
	const http: IHttpGetter = {
		get: async (url, { params = {} }) => {
			if (url.endsWith(API_PATHS.usersListByStatus)) {
				calls.push(params);
				return answer(200, listByStatus(directory.users, params));
			}
			if (dashboard !== 'on') {
				return { statusCode: dashboard, content: '404 Not Found' };
			}
			return answer(200, activeUsers(directory.users, new Date(params.start), new Date(params.end)));
		},
		post: async (_url, { data }) => {
			const { userId, activeStatus, confirmRelinquish } = data as { userId: string; activeStatus: boolean; confirmRelinquish?: boolean };
			const user = directory.users.find((candidate) => candidate._id === userId);
			if (!user) {
				return answer(400, { success: false, error: 'Invalid user [error-invalid-user]', errorType: 'error-invalid-user' });
			}
			if (!activeStatus && user.lastOwnerOf?.length && confirmRelinquish !== true) {
				return answer(400, {
					success: false,
					error: 'The user is the last owner of rooms [user-last-owner]',
					errorType: 'user-last-owner',
				});
			}
			user.active = activeStatus;
			return answer(200, { user: { _id: user._id, active: user.active }, success: true });
		},
	};
	const client = new WorkspaceClient(http, { baseUrl: BASE, credentials: { userId: 'owner', token: 't' }, timeoutMs: 1000 });
	return { directory, calls, client };
}
