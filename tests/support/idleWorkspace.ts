/** A simulated workspace's user routes behind an IHttp-shaped fake, for unit tests of the idle-seat reads. */
import type { IHttpGetter } from '../../lib/api/client';
import { WorkspaceClient } from '../../lib/api/client';
import { API_PATHS } from '../../lib/kit/paths';
import { buildActiveUsers } from '../../playground/workspace/fixtures';
import { Directory, listByStatus, setActiveStatus } from '../../playground/workspace/users';

export const NOW = new Date('2026-11-19T09:00:00.000Z');
export const CUTOFF = NOW.getTime() - 30 * 86_400_000;
const BASE = 'https://chat.example.com';

/** The simulated workspace's handlers behind an IHttp-shaped fake: what the app reads is what the simulator answers. */
export function workspace(seats: number, idle?: number, dashboard: 'on' | 404 | 403 = 'on') {
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
