/** permissions.ts: which roles hold the permissions the app decides on, read from one permissions.listAll answer. */
import type { IHttpGetter } from '../../../lib/api/client';
import { WorkspaceClient } from '../../../lib/api/client';
import { readRoleTable, rolesHolding } from '../../../lib/api/permissions';
import { MENTION_HERE, REQUIRED_PERMISSION } from '../../../lib/domain/access';
import { ApiError } from '../../../lib/kit/errors';
import { API_PATHS } from '../../../lib/kit/paths';

const listAll = (roles: Record<string, string[]>) => ({
	update: Object.entries(roles).map(([_id, holders]) => ({ _id, roles: holders, _updatedAt: '2026-01-01T00:00:00.000Z' })),
	remove: [],
	success: true,
});

function clientAnswering(body: unknown): { client: WorkspaceClient; calls: string[] } {
	const calls: string[] = [];
	const http: IHttpGetter = {
		get: async (url) => {
			calls.push(new URL(url).pathname);
			return { statusCode: 200, data: body, content: JSON.stringify(body) };
		},
	};
	const client = new WorkspaceClient(http, {
		baseUrl: 'https://chat.example.com',
		credentials: { userId: 'u', token: 't' },
		timeoutMs: 5_000,
	});
	return { client, calls };
}

describe('the role table from one permissions.listAll answer', () => {
	it('reads view-privileged-setting and mention-here from the same answer, in one request', async () => {
		const { client, calls } = clientAnswering(
			listAll({ 'view-privileged-setting': ['admin', 'license-viewer'], 'mention-here': ['admin', 'user', 'app'], 'other': ['x'] }),
		);
		expect(await readRoleTable(client)).toEqual({
			[REQUIRED_PERMISSION]: ['admin', 'license-viewer'],
			[MENTION_HERE]: ['admin', 'user', 'app'],
		});
		expect(calls).toEqual(['/api/v1/permissions.listAll']);
	});

	it('a permission the server does not list is held by no role', async () => {
		const { client } = clientAnswering(listAll({ 'view-privileged-setting': ['admin'] }));
		expect((await readRoleTable(client))[MENTION_HERE]).toEqual([]);
	});
});

describe('rolesHolding', () => {
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
});
