/** access.ts: who holds view-privileged-setting, read from permissions.listAll and cached. */
import type { WorkspaceClient } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/errors';
import { API_PATHS } from '../../../lib/api/paths';
import { REQUIRED_PERMISSION, ROLES_REFRESH_MS, RoleCache, holdsPermission, rolesHolding } from '../../../lib/flows/access';

describe('access', () => {
	/** A client whose permissions.listAll answers `body`; records the paths asked. */
	function fakeClient(body: unknown) {
		const asked: string[] = [];
		const client = {
			getJson: async (requested: string) => {
				asked.push(requested);
				return body;
			},
		} as unknown as WorkspaceClient;
		return { client, asked };
	}

	const listAll = (roles: Record<string, string[]>) => ({
		update: Object.entries(roles).map(([_id, holders]) => ({
			_id,
			roles: holders,
			_updatedAt: '2025-06-01T00:00:00.000Z',
			group: 'x',
			level: 'permission',
		})),
		remove: [],
		success: true,
	});

	it('rolesHolding reads the roles of view-privileged-setting from permissions.listAll', async () => {
		const { client, asked } = fakeClient(
			listAll({
				'view-statistics': ['admin', 'auditor'],
				'view-privileged-setting': ['admin', 'license-viewer'],
				'api-bypass-rate-limit': ['admin', 'bot', 'app'],
			}),
		);
		expect(REQUIRED_PERMISSION).toBe('view-privileged-setting');
		expect(await rolesHolding(client)).toEqual(['admin', 'license-viewer']);
		expect(asked).toEqual([API_PATHS.permissions]);
	});

	it('rolesHolding for another permission', async () => {
		const { client } = fakeClient(listAll({ 'view-statistics': ['admin', 'auditor'], 'view-privileged-setting': ['admin'] }));
		expect(await rolesHolding(client, 'view-statistics')).toEqual(['admin', 'auditor']);
	});

	it('rolesHolding is empty when the permission is not listed', async () => {
		const { client } = fakeClient(listAll({ 'view-statistics': ['admin'] }));
		expect(await rolesHolding(client)).toEqual([]);
	});

	it('rolesHolding rejects a malformed answer', async () => {
		for (const body of ['<html></html>', { update: 'admin' }, { update: [{ _id: 'view-privileged-setting', roles: 'admin' }] }]) {
			const { client } = fakeClient(body);
			const error = await rolesHolding(client).then(
				() => undefined,
				(thrown: unknown) => thrown,
			);
			expect(error).toBeInstanceOf(ApiError);
			expect((error as ApiError).kind).toBe('malformed');
			expect((error as ApiError).detail.path).toBe(API_PATHS.permissions);
		}
	});

	it('rolesHolding passes client errors through', async () => {
		const client = {
			getJson: async () => {
				throw new ApiError('unauthorized', { path: API_PATHS.permissions, status: 401 });
			},
		} as unknown as WorkspaceClient;
		await expect(rolesHolding(client)).rejects.toMatchObject({ kind: 'unauthorized' });
	});

	it('holdsPermission lets in a user with any allowed role, custom roles included', async () => {
		const { client } = fakeClient(listAll({ 'view-privileged-setting': ['admin', 'license-viewer'] }));
		const allowed = await rolesHolding(client);
		expect(holdsPermission(['user', 'license-viewer'], allowed)).toBe(true);
		expect(holdsPermission(['admin'], allowed)).toBe(true);
		expect(holdsPermission(['user', 'moderator'], allowed)).toBe(false);
		expect(holdsPermission([], allowed)).toBe(false);
		expect(holdsPermission(undefined, allowed)).toBe(false);
		expect(holdsPermission(['admin'], [])).toBe(false);
	});

	it('holdsPermission compares role names exactly', () => {
		expect(holdsPermission(['Admin'], ['admin'])).toBe(false);
		expect(holdsPermission(['admin-lite'], ['admin'])).toBe(false);
	});

	describe('RoleCache', () => {
		interface IRequest {
			path: string;
			maxAgeMs?: number;
			resolve: (body: unknown) => void;
			reject: (error: unknown) => void;
		}

		/** A WorkspaceClient stand-in: an identity, and a getJson whose answers the test gives (or refuses) by hand. */
		function controlledClient(identity = 'https://chat.example.com|u1|fp1') {
			const requests: IRequest[] = [];
			const client = {
				identity,
				getJson: (path: string, _params?: Record<string, string>, maxAgeMs?: number) =>
					new Promise<unknown>((resolve, reject) => {
						requests.push({ path, maxAgeMs, resolve, reject });
					}),
			} as unknown as WorkspaceClient;
			return { client, requests };
		}

		/** Lets pending promise callbacks run. */
		const flush = () => new Promise((resolve) => setImmediate(resolve));
		/** The value of `promise` if it settles without waiting on anything outstanding, else "waiting". */
		const settledNow = async (promise: Promise<unknown>) => Promise.race([promise, flush().then(() => 'waiting')]);

		const VIEWERS = listAll({ 'view-privileged-setting': ['admin', 'license-viewer'] });
		const ADMINS = listAll({ 'view-privileged-setting': ['admin'] });

		function setup() {
			const clock = { time: 1_700_000_000_000 };
			const cache = new RoleCache(() => clock.time);
			return { clock, cache, ...controlledClient() };
		}

		/** A cache that already knows VIEWERS, read at clock.time. */
		async function primed() {
			const context = setup();
			const first = context.cache.roles(context.client);
			context.requests[0].resolve(VIEWERS);
			expect(await first).toEqual(['admin', 'license-viewer']);
			return context;
		}

		it('with nothing known, waits for permissions.listAll, asked for a fresh answer', async () => {
			const { cache, client, requests } = setup();
			const answer = cache.roles(client);
			expect(await settledNow(answer)).toBe('waiting');
			expect(requests).toHaveLength(1);
			expect(requests[0]).toMatchObject({ path: API_PATHS.permissions, maxAgeMs: 0 });
			requests[0].resolve(VIEWERS);
			expect(await answer).toEqual(['admin', 'license-viewer']);
		});

		it('within ROLES_REFRESH_MS the known roles answer without a request', async () => {
			expect(ROLES_REFRESH_MS).toBe(5 * 60_000);
			const { cache, client, requests, clock } = await primed();
			clock.time += ROLES_REFRESH_MS - 1;
			expect(await settledNow(cache.roles(client))).toEqual(['admin', 'license-viewer']);
			expect(await cache.roles(client, REQUIRED_PERMISSION)).toEqual(['admin', 'license-viewer']);
			expect(requests).toHaveLength(1);
		});

		it('past ROLES_REFRESH_MS the known roles answer at once while a refresh runs behind; then the new roles answer', async () => {
			const { cache, client, requests, clock } = await primed();
			clock.time += ROLES_REFRESH_MS;
			expect(await settledNow(cache.roles(client))).toEqual(['admin', 'license-viewer']);
			expect(requests).toHaveLength(2);
			expect(requests[1]).toMatchObject({ path: API_PATHS.permissions, maxAgeMs: 0 });
			requests[1].resolve(ADMINS);
			await flush();
			// The refresh counts from when it arrived: the next minutes need no request.
			clock.time += ROLES_REFRESH_MS - 1;
			expect(await settledNow(cache.roles(client))).toEqual(['admin']);
			expect(requests).toHaveLength(2);
		});

		it('a failed background refresh keeps the old roles, and the next command tries again', async () => {
			const { cache, client, requests, clock } = await primed();
			clock.time += ROLES_REFRESH_MS + 1;
			expect(await settledNow(cache.roles(client))).toEqual(['admin', 'license-viewer']);
			requests[1].reject(new ApiError('server-error', { path: API_PATHS.permissions, status: 502 }));
			await flush();
			expect(await settledNow(cache.roles(client))).toEqual(['admin', 'license-viewer']);
			expect(requests).toHaveLength(3);
			requests[2].resolve(ADMINS);
			await flush();
			expect(await settledNow(cache.roles(client))).toEqual(['admin']);
			expect(requests).toHaveLength(3);
		});

		it('roles older than two periods no longer answer: the caller waits, and a failure reaches it', async () => {
			const { cache, client, requests, clock } = await primed();
			clock.time += 2 * ROLES_REFRESH_MS;
			const answer = cache.roles(client);
			expect(await settledNow(answer)).toBe('waiting');
			requests[1].reject(new ApiError('server-error', { path: API_PATHS.permissions, status: 503 }));
			await expect(answer).rejects.toMatchObject({ kind: 'server-error' });
		});

		it('with nothing known, an error is thrown, and the next command asks again', async () => {
			const { cache, client, requests } = setup();
			const answer = cache.roles(client);
			requests[0].reject(new ApiError('unauthorized', { path: API_PATHS.permissions, status: 401 }));
			await expect(answer).rejects.toMatchObject({ kind: 'unauthorized' });
			const retry = cache.roles(client);
			expect(requests).toHaveLength(2);
			requests[1].resolve(ADMINS);
			expect(await retry).toEqual(['admin']);
		});

		it('keeps roles apart per identity (server, user, token) and per permission', async () => {
			const { cache, client, requests } = await primed();
			const other = controlledClient('https://chat.example.com|u1|fp2');
			const answer = cache.roles(other.client);
			expect(await settledNow(answer)).toBe('waiting');
			other.requests[0].resolve(ADMINS);
			expect(await answer).toEqual(['admin']);
			expect(await cache.roles(client)).toEqual(['admin', 'license-viewer']);
			const statistics = cache.roles(client, 'view-statistics');
			expect(requests).toHaveLength(2);
			requests[1].resolve(listAll({ 'view-statistics': ['auditor'] }));
			expect(await statistics).toEqual(['auditor']);
		});
	});
});
