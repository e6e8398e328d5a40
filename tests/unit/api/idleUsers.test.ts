import type { IHttpGetter } from '../../../lib/api/client';
import { WorkspaceClient } from '../../../lib/api/client';
import { crossCheckFrom, readByOldestLogin, readDashboard, readPending, seenAmong } from '../../../lib/api/idleUsers';
import { API_PATHS } from '../../../lib/api/paths';
import { buildActiveUsers } from '../../../playground/workspace/fixtures';
import { Directory, listByStatus, setActiveStatus } from '../../../playground/workspace/users';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const CUTOFF = NOW.getTime() - 30 * 86_400_000;
const BASE = 'https://chat.example.com';

/** The simulated workspace's handlers behind an IHttp-shaped fake: what the app reads is what the simulator answers. */
function workspace(seats: number, idle?: number, dashboard: 'on' | 404 | 403 = 'on') {
	const directory = new Directory({ seats, guests: 4, idle, mobileEvery: 0, ownerId: 'owner', now: NOW });
	const calls: Array<Record<string, string>> = [];
	const answer = (a: { status: number; body: unknown }) => ({
		statusCode: a.status,
		content: typeof a.body === 'string' ? a.body : JSON.stringify(a.body),
		data: typeof a.body === 'string' ? undefined : a.body,
	});
	const http: IHttpGetter = {
		get: async (url, { params = {} }) => {
			if (url.endsWith(API_PATHS.usersListByStatus)) {
				calls.push(params);
				return answer(listByStatus(directory, params, ['admin']));
			}
			if (dashboard !== 'on') {
				return { statusCode: dashboard, content: '404 Not Found' };
			}
			const body = buildActiveUsers({ start: new Date(params.start), end: new Date(params.end), now: NOW, seats, weekdayShare: 0.6 });
			return { statusCode: 200, content: JSON.stringify(body), data: body };
		},
		post: async (_url, { data }) => answer(setActiveStatus(directory, data, { allowed: true, seatCap: seats })),
	};
	const client = new WorkspaceClient(http, { baseUrl: BASE, credentials: { userId: 'owner', token: 't' }, timeoutMs: 1000 });
	return { directory, calls, client };
}

describe('reading idle users', () => {
	it('reads logins oldest first only until the first recent one: idle/100 + 1 pages', async () => {
		const { client, calls } = workspace(5000, 700);
		const read = await readByOldestLogin(client, CUTOFF);
		// 350 of the 700 idle members logged in once: four pages hold them, the fourth also holds the first recent login.
		expect(read.pages).toBe(4);
		expect(calls).toHaveLength(4);
		expect(calls[0]).toEqual({ status: 'active', hasLoggedIn: 'true', sort: '{"lastLogin":1}', count: '100', offset: '0' });
		const logins = read.users.map((user) => Date.parse(user.lastLogin as string));
		expect(logins).toEqual([...logins].sort((a, b) => a - b));
	});

	it('reads every pending user, pages after the first in parallel', async () => {
		const { client } = workspace(5000, 700);
		const read = await readPending(client);
		expect(read.users.every((user) => user.lastLogin === undefined)).toBe(true);
		// 350 pending members, 2 pending guests, rocket.cat and the app user.
		expect(read.users).toHaveLength(354);
		expect(read.pages).toBe(4);
	});

	it('keeps only the candidates the dashboard saw, and calls a missing module or a refusal unavailable', async () => {
		const on = workspace(300);
		const body = await readDashboard(on.client, new Date(CUTOFF), NOW);
		const regular = on.directory.users[2]._id;
		const check = crossCheckFrom(body, new Set([regular, 'never-seen']));
		expect(check).toEqual({ kind: 'dashboard', activeIds: new Set([regular]) });
		expect(await readDashboard(workspace(300, undefined, 404).client, new Date(CUTOFF), NOW)).toEqual({
			kind: 'unavailable',
			reason: 'missing',
		});
		expect(await readDashboard(workspace(300, undefined, 403).client, new Date(CUTOFF), NOW)).toEqual({
			kind: 'unavailable',
			reason: 'refused',
		});
	});

	it('treats a dashboard answer it cannot read as unavailable, not as a failed list', () => {
		expect(crossCheckFrom({ kind: 'body', body: { month: [{ usersList: [1, 2] }] } }, new Set())).toEqual({
			kind: 'unavailable',
			reason: 'failed',
		});
		expect(() => seenAmong({ month: 'x' }, new Set())).toThrow();
	});

	it('passes on Rocket.Chat error codes of a refused write', async () => {
		const { client, directory } = workspace(50);
		const owner = directory.users.find((user) => user.lastOwnerOf) as { _id: string };
		await expect(client.postJson(API_PATHS.usersSetActiveStatus, { userId: owner._id, activeStatus: false })).rejects.toMatchObject({
			kind: 'malformed',
			detail: { status: 400, errorType: 'user-last-owner' },
		});
	});
});
