/** The WorkspaceClient over a fake HttpGetter: what it sends, how it reads answers, and that the token never leaks. */
import { WorkspaceClient } from '../../../lib/api/client';
import { Deadline } from '../../../lib/kit/deadline';
import { API_PATHS, LICENSES_INFO_QUERY, authHeaders } from '../../../lib/kit/paths';
import { BASE, Clock, RATE_LIMIT_TEXT, TOKEN, USER, json, makeClient, rejection, text } from '../../support/kit';
import type { Reply } from '../../support/kit';
import { BAD_GATEWAY_PAGE, LICENSES_GET_FORBIDDEN, SPA_PAGE, forbiddenBody, notFoundBody, unauthorizedBody } from '../fixtures/answers';
import { maxActiveUsers } from '../fixtures/licenses';

describe('WorkspaceClient', () => {
	it('sends the auth headers to baseUrl + path, with the params and the timeout', async () => {
		const { client, http } = makeClient(() => json(200, { license: {}, success: true }), { timeoutMs: 7_000 });
		await client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY);
		expect(http.calls).toHaveLength(1);
		const [call] = http.calls;
		expect(call.url).toBe(`${BASE}/api/v1/licenses.info`);
		expect(call.options.headers['X-User-Id']).toBe(USER);
		expect(call.options.headers['X-Auth-Token']).toBe(TOKEN);
		expect(call.options.params).toEqual({ loadValues: 'true' });
		expect(call.options.timeout).toBe(7_000);
		expect(authHeaders({ userId: USER, token: TOKEN })).toMatchObject({ 'X-User-Id': USER, 'X-Auth-Token': TOKEN });
	});

	it('sends no params when none are given', async () => {
		const { client, http } = makeClient(() => json(200, maxActiveUsers(200, 10)));
		expect(await client.getJson(API_PATHS.maxActiveUsers)).toEqual(maxActiveUsers(200, 10));
		expect(http.calls[0].url).toBe(`${BASE}/api/v1/licenses.maxActiveUsers`);
		expect(http.calls[0].options.params ?? {}).toEqual({});
	});

	it('parses JSON content when the bridge gave no data (no content-type)', async () => {
		const body = { maxActiveUsers: null, activeUsers: 42, success: true };
		const { client } = makeClient(() => ({ statusCode: 200, content: JSON.stringify(body) }));
		expect(await client.getJson(API_PATHS.maxActiveUsers)).toEqual(body);
	});

	it('a 200 with an HTML page → malformed', async () => {
		const page = SPA_PAGE;
		const { client } = makeClient(() => text(200, page));
		const error = await rejection(client.getJson(API_PATHS.maxActiveUsers));
		expect(error.kind).toBe('malformed');
		expect(error.detail.path).toBe(API_PATHS.maxActiveUsers);
		expect(error.detail.field).toBeTruthy();
	});

	it('a 200 with HTML passed as data (string) → malformed', async () => {
		const page = SPA_PAGE;
		const { client } = makeClient(() => ({ statusCode: 200, content: page, data: page }));
		expect((await rejection(client.getJson(API_PATHS.maxActiveUsers))).kind).toBe('malformed');
	});

	it('a JSON body that is not an object → malformed', async () => {
		const { client } = makeClient(() => json(200, [1, 2]));
		expect((await rejection(client.getJson(API_PATHS.maxActiveUsers))).kind).toBe('malformed');
	});

	it('success: false in a 200 → malformed', async () => {
		const { client } = makeClient(() => json(200, { success: false, error: 'unauthorized' }));
		const error = await rejection(client.getJson(API_PATHS.licensesGet));
		expect(error.kind).toBe('malformed');
		expect(error.detail.field).toMatch(/success/);
	});

	it.each([
		['401', () => json(401, unauthorizedBody(7)), 'unauthorized'],
		['403', () => json(403, LICENSES_GET_FORBIDDEN), 'forbidden'],
		['404 (plain text)', () => text(404, notFoundBody(7) as string, 'text/plain'), 'not-found'],
		['502 (nginx HTML)', () => text(502, BAD_GATEWAY_PAGE), 'server-error'],
	])('maps %s to %s', async (_name, reply, kind) => {
		const { client } = makeClient(reply);
		expect((await rejection(client.getJson(API_PATHS.licensesGet))).kind).toBe(kind);
	});

	it('reads X-RateLimit-Reset whatever its header case', async () => {
		const { client } = makeClient(() => json(429, { success: false }, { 'X-RateLimit-Reset': String(Date.now() + 20_000) }));
		const error = await rejection(client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY));
		expect(error.kind).toBe('rate-limited');
		expect(error.detail.retryAfterSeconds).toBe(20);
	});

	it('a thrown request after the timeout → timeout; an immediate refusal → unreachable', async () => {
		const clock = new Clock();
		const slow = makeClient(
			() => {
				clock.advance(10_000);
				throw new Error('socket hang up');
			},
			{ clock },
		);
		expect((await rejection(slow.client.getJson(API_PATHS.licensesInfo))).kind).toBe('timeout');
		const refused = makeClient(() => {
			throw new Error('connect ECONNREFUSED 127.0.0.1:3000');
		});
		expect((await rejection(refused.client.getJson(API_PATHS.licensesInfo))).kind).toBe('unreachable');
	});
});

describe('the token never leaks into errors', () => {
	const echo = `X-Auth-Token: ${TOKEN}`;
	const cases: Array<[string, () => Reply]> = [
		['401', () => json(401, { status: 'error', message: `You must be logged in to do this. ${echo}` })],
		['403', () => json(403, forbiddenBody(7))],
		['404', () => text(404, `Cannot GET /api/v1/licenses.info?token=${TOKEN}`, 'text/plain')],
		['429', () => json(429, { success: false, error: `${RATE_LIMIT_TEXT} ${echo}` }, { 'x-ratelimit-reset': String(Date.now() + 9_000) })],
		['400', () => json(400, { success: false, error: `Match error ${echo}` })],
		['502', () => text(502, `<html>${echo}</html>`)],
		['200 HTML', () => text(200, `<html>${echo}</html>`)],
		['200 success:false', () => json(200, { success: false, error: echo })],
		[
			'thrown refusal',
			() => {
				throw new Error(`connect ECONNREFUSED while sending ${echo}`);
			},
		],
		[
			'thrown abort',
			() => {
				throw Object.assign(new Error(`aborted ${echo}`), { name: 'AbortError' });
			},
		],
	];

	it.each(cases)('%s', async (_name, reply) => {
		const { client } = makeClient(reply);
		const error = await rejection(client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY));
		for (const shown of [
			error.message,
			String(error),
			JSON.stringify(error.detail),
			JSON.stringify(error),
			error.stack ?? '',
			Object.values(error.detail).join(' '),
		]) {
			expect(shown).not.toContain(TOKEN);
		}
	});
});

describe('postJson under the run deadline, as getJson', () => {
	const post = (deadline: Deadline, answer: () => Promise<{ statusCode: number; data: unknown; content: string }>) => {
		const timeouts: number[] = [];
		const http = {
			get: () => Promise.reject(new Error('no reads here')),
			post: (_url: string, options: { timeout: number }) => {
				timeouts.push(options.timeout);
				return answer();
			},
		};
		const client = new WorkspaceClient(http, { baseUrl: BASE, credentials: { userId: USER, token: TOKEN }, timeoutMs: 5_000, deadline });
		return { reply: client.postJson(API_PATHS.usersSetActiveStatus, { userId: 'u1', activeStatus: false }), timeouts };
	};

	it('asks with the request timeout bounded by what is left of the deadline', async () => {
		let now = 0;
		const deadline = new Deadline(8_000, () => now);
		now = 6_000;
		const { reply, timeouts } = post(deadline, () =>
			Promise.resolve({ statusCode: 200, data: { success: true }, content: '{"success":true}' }),
		);
		await expect(reply).resolves.toEqual({ success: true });
		expect(timeouts).toEqual([2_000]);
	});

	it('stops waiting when the deadline passes, with the deadline timeout', async () => {
		jest.useFakeTimers();
		try {
			const { reply } = post(new Deadline(8_000), () => new Promise(() => undefined));
			jest.advanceTimersByTime(8_000);
			await expect(reply).rejects.toMatchObject({ kind: 'timeout', detail: { deadline: true, path: API_PATHS.usersSetActiveStatus } });
		} finally {
			jest.useRealTimers();
		}
	});

	it('makes no request once the deadline has passed', async () => {
		let now = 0;
		const deadline = new Deadline(8_000, () => now);
		now = 8_000;
		const { reply, timeouts } = post(deadline, () => Promise.resolve({ statusCode: 200, data: {}, content: '{}' }));
		await expect(reply).rejects.toMatchObject({ kind: 'timeout' });
		expect(timeouts).toEqual([]);
	});
});
