/** serverInfo.ts: the server's version from /api/info, unknown rather than an error when the server does not say. */
import type { IHttpGetter } from '../../../lib/api/client';
import { WorkspaceClient } from '../../../lib/api/client';
import { readServerVersion } from '../../../lib/api/serverInfo';
import { parseVersion } from '../../../lib/domain/serverVersion';
import { API_PATHS } from '../../../lib/kit/paths';

function clientAnswering(statusCode: number, body: unknown): { client: WorkspaceClient; asked: string[] } {
	const asked: string[] = [];
	const http: IHttpGetter = {
		get: async (url) => {
			asked.push(new URL(url).pathname);
			return { statusCode, content: JSON.stringify(body), data: body };
		},
	};
	return {
		client: new WorkspaceClient(http, { baseUrl: 'https://chat.example.com', credentials: { userId: 'u', token: 't' }, timeoutMs: 1000 }),
		asked,
	};
}

describe('readServerVersion', () => {
	it('reads the version /api/info names', async () => {
		const { client, asked } = clientAnswering(200, { version: '8.5.1', success: true });
		expect(await readServerVersion(client)).toEqual(parseVersion('8.5.1'));
		expect(asked).toEqual([API_PATHS.serverInfo]);
	});

	it('is unknown when the server refuses, answers no version, or not an object', async () => {
		expect(await readServerVersion(clientAnswering(500, {}).client)).toBeUndefined();
		expect(await readServerVersion(clientAnswering(200, { success: true }).client)).toBeUndefined();
		expect(await readServerVersion(clientAnswering(200, ['8.5.1']).client)).toBeUndefined();
	});
});
