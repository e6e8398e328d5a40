/**
 * Reads the idle list. The count first: pending users from their list's `total`, users idle by last login by a search
 * (lib/api/idleUsers.ts). A short list is then read whole and the idle rule applies to everyone; a long one is read
 * as a window of PER_MESSAGE listed users from a position, so a run's requests do not grow with the number idle.
 */
import type { WorkspaceClient } from '../api/client';
import type { DashboardRead, IPage } from '../api/idleUsers';
import {
	BY_OLDEST_LOGIN,
	PAGE_SIZE,
	PENDING,
	SEARCH_RESERVE_MS,
	countByLogin,
	crossCheckFrom,
	readDashboard,
	readPage,
} from '../api/idleUsers';
import { DAY_MS } from '../domain/dates';
import { PER_MESSAGE } from '../domain/idle/actions';
import { cutoffOf, holdsSeat, loggedInBefore, selectIdle } from '../domain/idle/rules';
import type { IIdleList, IWorkspaceUser } from '../domain/idle/types';
import type { IAppConfig } from '../domain/settings';

/** Up to this many idle by last login (pending included), every page is read, in parallel, and the count is exact. */
export const READ_WHOLE_UP_TO = 500;

export interface IIdleRead {
	list: IIdleList;
}

/** The dashboard counts whole UTC days; whole days and minutes also keep its query, and so the cached answer, stable. */
const dayStart = (time: number): Date => new Date(time - (time % DAY_MS));
const minuteStart = (date: Date): Date => new Date(date.getTime() - (date.getTime() % 60_000));

/** Positions [0, end) of a list, in parallel pages; `first` is its page at 0, already read. */
async function readAll(client: WorkspaceClient, query: Record<string, string>, first: IPage, end: number, maxAgeMs?: number) {
	const offsets: number[] = [];
	for (let offset = PAGE_SIZE; offset < end; offset += PAGE_SIZE) {
		offsets.push(offset);
	}
	const rest = await Promise.all(offsets.map((offset) => readPage(client, query, offset, PAGE_SIZE, maxAgeMs)));
	return [first, ...rest].flatMap((page) => page.users).slice(0, end);
}

/** The idle list for `days`, as seen by `callerId` (who is never listed, nor is the token's owner). */
export async function readIdleList(
	client: WorkspaceClient,
	config: IAppConfig,
	days: number,
	callerId: string,
	now: Date,
	/** Answers older than this are not reused (set after this instance changed a user). */
	maxAgeMs?: number,
	/** For a long list: the position to read from ("Show more"). */
	from = 0,
): Promise<IIdleRead> {
	const cutoff = cutoffOf(days, now);
	// The dashboard's month of ids grows with the workspace: it is waited for only while the run has time to spare.
	const dashboardRead = readDashboard(client, dayStart(cutoff), minuteStart(now));
	const [byLogin, pending] = await Promise.all([
		readPage(client, BY_OLDEST_LOGIN, 0, PAGE_SIZE, maxAgeMs),
		readPage(client, PENDING, 0, PAGE_SIZE, maxAgeMs),
	]);
	const counted = await countByLogin(client, cutoff, byLogin, maxAgeMs);
	const dashboard = await client.within<DashboardRead>(dashboardRead, SEARCH_RESERVE_MS, { kind: 'unavailable', reason: 'slow' });
	const rules = {
		days,
		excludedRoles: config.idleExcludedRoles,
		excludedUsers: config.idleExcludedUsers,
		ownerId: config.userId,
		callerId,
	};
	const select = (users: IWorkspaceUser[]): IIdleList => {
		const candidates = new Set(
			users.filter((user) => user.lastLogin && holdsSeat(user) && loggedInBefore(user, cutoff)).map((user) => user.id),
		);
		return selectIdle(users, rules, crossCheckFrom(dashboard, candidates), now);
	};
	const total = pending.total + counted.count;
	if (counted.exact && total <= READ_WHOLE_UP_TO) {
		const [never, old] = await Promise.all([
			readAll(client, PENDING, pending, pending.total, maxAgeMs),
			readAll(client, BY_OLDEST_LOGIN, byLogin, counted.count, maxAgeMs),
		]);
		return { list: select([...never, ...old]) };
	}
	// A window: pages from `from` until PER_MESSAGE users are listed, the list ends, or the time does.
	const parts = [
		{ query: PENDING, first: pending, length: pending.total },
		{ query: BY_OLDEST_LOGIN, first: byLogin, length: counted.count },
	];
	/** The users from `at` to the end of its part's page, or undefined when that page would wait past the time left. */
	const pageAt = async (at: number): Promise<IWorkspaceUser[] | undefined> => {
		const part = at < pending.total ? parts[0] : parts[1];
		const offset = at < pending.total ? at : at - pending.total;
		// The first pages are in hand whatever the time; another is read only while the run has time to spare.
		if (offset > 0 && client.remainingMs() < SEARCH_RESERVE_MS) {
			return undefined;
		}
		const page = offset === 0 ? part.first : await readPage(client, part.query, offset, PAGE_SIZE, maxAgeMs);
		return page.users.slice(0, part.length - offset);
	};
	const positions = new Map<string, number>();
	const read: IWorkspaceUser[] = [];
	let position = Math.min(from, total);
	let list = select(read);
	while (position < total && list.idle.length < PER_MESSAGE) {
		const start = position;
		const users = await pageAt(start);
		if (!users) {
			break;
		}
		if (users.length === 0) {
			// The pages end before the stated total: the pending part is over, or the whole list is.
			if (start >= pending.total) {
				break;
			}
			position = pending.total;
			continue;
		}
		users.forEach((user, index) => positions.set(user.id, start + index));
		read.push(...users);
		position += users.length;
		list = select(read);
	}
	const at = (id: string): number => positions.get(id) ?? 0;
	const ordered = [...list.idle].sort((a, b) => at(a.id) - at(b.id));
	const shown = ordered.slice(0, PER_MESSAGE);
	let next = position < total ? position : undefined;
	if (ordered.length > PER_MESSAGE) {
		next = at(shown[PER_MESSAGE - 1].id) + 1;
	}
	return {
		list: {
			...list,
			idle: shown,
			window: { byLogin: total, pending: pending.total, exact: counted.exact, from, ...(next !== undefined && { next }) },
		},
	};
}
