/** errors.ts, the WorkspaceClient over a fake HttpGetter, and the ResponseCache (with an injected clock). */
import { ResponseCache, SUCCESS_TTL_MS, fingerprint } from '../../lib/api/cache';
import type { IHttpGetter } from '../../lib/api/client';
import { WorkspaceClient } from '../../lib/api/client';
import { ApiError, errorFromStatus, errorFromThrown, retryAfterSeconds } from '../../lib/api/errors';
import { API_PATHS, LICENSES_INFO_QUERY, authHeaders } from '../../lib/api/paths';
import {
	badGateway,
	forbidden,
	licensesGetForbidden,
	notFound,
	spaPage,
	tooManyRequests,
	unauthorized,
} from '../../playground/workspace/errors';
import { buildMaxActiveUsers } from '../../playground/workspace/fixtures';

const PATH = API_PATHS.licensesInfo;
const BASE = 'https://chat.example.com';
const TOKEN = 'SECRET-TOKEN-123';
const USER = 'uSeRiD123';

type Reply = { statusCode: number; content?: string; data?: unknown; headers?: Record<string, string> };
type Call = { url: string; options: { headers: Record<string, string>; params?: Record<string, string>; timeout: number } };

const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
	statusCode,
	content: JSON.stringify(body),
	data: body,
	headers: { 'content-type': 'application/json', ...headers },
});
const text = (statusCode: number, body: string, type = 'text/html'): Reply => ({
	statusCode,
	content: body,
	headers: { 'content-type': type },
});
const RATE_LIMIT_TEXT =
	'Error, too many requests. Please slow down. You must wait 37 seconds before trying this endpoint again. [error-too-many-requests]';

class FakeHttp implements IHttpGetter {
	public readonly calls: Call[] = [];

	constructor(private readonly answer: (call: Call) => Reply | Promise<Reply>) {}

	public get(url: string, options: Call['options']): Promise<Reply> {
		const call = { url, options };
		this.calls.push(call);
		try {
			return Promise.resolve(this.answer(call));
		} catch (error) {
			return Promise.reject(error);
		}
	}
}

class Clock {
	public time = 1_700_000_000_000;

	public readonly now = (): number => this.time;

	public advance(ms: number): void {
		this.time += ms;
	}
}

function makeClient(
	answer: (call: Call) => Reply | Promise<Reply>,
	options: { token?: string; cache?: ResponseCache; clock?: Clock; timeoutMs?: number; http?: FakeHttp } = {},
) {
	const clock = options.clock ?? new Clock();
	const http = options.http ?? new FakeHttp(answer);
	const cache = options.cache ?? new ResponseCache(clock.now);
	const client = new WorkspaceClient(
		http,
		{ baseUrl: BASE, credentials: { userId: USER, token: options.token ?? TOKEN }, timeoutMs: options.timeoutMs ?? 10_000 },
		cache,
		clock.now,
	);
	return { client, http, clock, cache };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ApiError);
		return error as ApiError;
	}
	throw new Error('expected a rejection');
}

describe('errorFromStatus', () => {
	it('returns nothing for 2xx', () => {
		expect(errorFromStatus(PATH, 200)).toBeUndefined();
		expect(errorFromStatus(PATH, 204)).toBeUndefined();
	});

	it.each([
		[401, 'unauthorized'],
		[403, 'forbidden'],
		[404, 'not-found'],
		[500, 'server-error'],
		[502, 'server-error'],
		[503, 'server-error'],
		[504, 'server-error'],
		[400, 'malformed'],
		[405, 'malformed'],
		[422, 'malformed'],
	])('HTTP %i → %s', (status, kind) => {
		const error = errorFromStatus(PATH, status, '{}');
		expect(error).toBeInstanceOf(ApiError);
		expect(error?.kind).toBe(kind);
		expect(error?.detail.status).toBe(status);
		expect(error?.detail.path).toBe(PATH);
	});

	it('names the status as the field of other 4xx', () => {
		expect(
			errorFromStatus(PATH, 400, '{"success":false,"error":"must NOT have additional properties [invalid-params]"}')?.detail.field,
		).toMatch(/400/);
	});

	it('429 with "You must wait 37 seconds" → rate-limited for 37 s', () => {
		const { body } = tooManyRequests(37, {});
		const error = errorFromStatus(PATH, 429, JSON.stringify(body), {});
		expect(error?.kind).toBe('rate-limited');
		expect(error?.detail.retryAfterSeconds).toBe(37);
	});

	it('429 with only x-ratelimit-reset (epoch ms) → the seconds until then', () => {
		const reset = Date.now() + 42_000;
		const error = errorFromStatus(PATH, 429, '{"success":false}', { 'x-ratelimit-reset': String(reset) });
		expect(error?.kind).toBe('rate-limited');
		expect(error?.detail.retryAfterSeconds).toBe(42);
	});

	it('retryAfterSeconds: the message wins, then Retry-After, then X-RateLimit-Reset, else 60', () => {
		const now = 1_000_000;
		expect(retryAfterSeconds(RATE_LIMIT_TEXT, { 'x-ratelimit-reset': String(now + 5_000) }, now)).toBe(37);
		expect(retryAfterSeconds('', { 'x-ratelimit-reset': String(now + 12_300) }, now)).toBe(13);
		expect(retryAfterSeconds('', { 'retry-after': '20' }, now)).toBe(20);
		expect(retryAfterSeconds('', { 'x-ratelimit-reset': String(now - 1) }, now)).toBe(60);
		expect(retryAfterSeconds(undefined, {}, now)).toBe(60);
		expect(retryAfterSeconds('You must wait 0 seconds', {}, now)).toBeGreaterThanOrEqual(1);
	});
});

describe('errorFromThrown', () => {
	it('an abort or a timeout message → timeout, with the timeout in seconds', () => {
		const abort = Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
		for (const thrown of [abort, new Error('ETIMEDOUT'), new Error('network timeout at: https://chat.example.com')]) {
			const error = errorFromThrown(PATH, thrown, 50, 10_000);
			expect(error.kind).toBe('timeout');
			expect(error.detail.timeoutSeconds).toBe(10);
			expect(error.detail.path).toBe(PATH);
		}
	});

	it('"timed out" in the message → timeout', () => {
		expect(errorFromThrown(PATH, new Error('Request timed out'), 1_200, 10_000).kind).toBe('timeout');
	});

	it('a network fault well before the timeout → unreachable', () => {
		for (const thrown of [
			new Error('connect ECONNREFUSED 127.0.0.1:3000'),
			new Error('getaddrinfo ENOTFOUND chat.example.com'),
			'socket hang up',
			undefined,
		]) {
			expect(errorFromThrown(PATH, thrown, 30, 10_000).kind).toBe('unreachable');
		}
	});

	it('any fault after ≥ 90 % of the timeout → timeout', () => {
		const hangUp = new Error('socket hang up');
		expect(errorFromThrown(PATH, hangUp, 9_000, 10_000).kind).toBe('timeout');
		expect(errorFromThrown(PATH, hangUp, 12_000, 10_000).kind).toBe('timeout');
		expect(errorFromThrown(PATH, hangUp, 8_999, 10_000).kind).toBe('unreachable');
	});
});

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
		const { client, http } = makeClient(() => json(200, buildMaxActiveUsers(200, 10)));
		expect(await client.getJson(API_PATHS.maxActiveUsers)).toEqual(buildMaxActiveUsers(200, 10));
		expect(http.calls[0].url).toBe(`${BASE}/api/v1/licenses.maxActiveUsers`);
		expect(http.calls[0].options.params ?? {}).toEqual({});
	});

	it('parses JSON content when the bridge gave no data (no content-type)', async () => {
		const body = { maxActiveUsers: null, activeUsers: 42, success: true };
		const { client } = makeClient(() => ({ statusCode: 200, content: JSON.stringify(body) }));
		expect(await client.getJson(API_PATHS.maxActiveUsers)).toEqual(body);
	});

	it('a 200 with an HTML page → malformed', async () => {
		const page = spaPage().body as string;
		const { client } = makeClient(() => text(200, page));
		const error = await rejection(client.getJson(API_PATHS.maxActiveUsers));
		expect(error.kind).toBe('malformed');
		expect(error.detail.path).toBe(API_PATHS.maxActiveUsers);
		expect(error.detail.field).toBeTruthy();
	});

	it('a 200 with HTML passed as data (string) → malformed', async () => {
		const page = spaPage().body as string;
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
		['401', () => json(401, unauthorized(7).body), 'unauthorized'],
		['403', () => json(403, licensesGetForbidden().body), 'forbidden'],
		['404 (plain text)', () => text(404, notFound(7).body as string, 'text/plain'), 'not-found'],
		['502 (nginx HTML)', () => text(502, badGateway().body as string), 'server-error'],
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

describe('response cache', () => {
	const ok = () => json(200, buildMaxActiveUsers(200, 10));

	it('ten calls in a row → one HTTP request', async () => {
		const { client, http } = makeClient(ok);
		for (let i = 0; i < 10; i++) {
			expect(await client.getJson(API_PATHS.maxActiveUsers)).toEqual(buildMaxActiveUsers(200, 10));
		}
		expect(http.calls).toHaveLength(1);
	});

	it('concurrent calls share one pending request, even one that asks for maxAgeMs 0', async () => {
		let release: (reply: Reply) => void = () => undefined;
		const { client, http } = makeClient(
			() =>
				new Promise<Reply>((resolve) => {
					release = resolve;
				}),
		);
		const calls = [
			client.getJson(API_PATHS.maxActiveUsers),
			client.getJson(API_PATHS.maxActiveUsers),
			client.getJson(API_PATHS.maxActiveUsers, undefined, 0),
		];
		expect(http.calls).toHaveLength(1);
		release(ok());
		const results = await Promise.all(calls);
		expect(results.every((result) => JSON.stringify(result) === JSON.stringify(buildMaxActiveUsers(200, 10)))).toBe(true);
		expect(http.calls).toHaveLength(1);
	});

	it('different paths and params are different entries', async () => {
		const { client, http } = makeClient(ok);
		await client.getJson(API_PATHS.maxActiveUsers);
		await client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY);
		await client.getJson(API_PATHS.licensesInfo);
		expect(http.calls).toHaveLength(3);
	});

	it('keeps a success for 60 s, then asks again', async () => {
		expect(SUCCESS_TTL_MS).toBe(60_000);
		const { client, http, clock } = makeClient(ok);
		await client.getJson(API_PATHS.maxActiveUsers);
		clock.advance(59_999);
		await client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(1);
		clock.advance(1);
		await client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(2);
	});

	it('does not keep a failure other than 429: the next call asks again', async () => {
		const { client, http } = makeClient(() => json(500, { success: false }));
		expect((await rejection(client.getJson(API_PATHS.maxActiveUsers))).kind).toBe('server-error');
		expect((await rejection(client.getJson(API_PATHS.maxActiveUsers))).kind).toBe('server-error');
		expect(http.calls).toHaveLength(2);
	});

	it('concurrent calls share one failing request', async () => {
		let release: (reply: Reply) => void = () => undefined;
		const { client, http } = makeClient(
			() =>
				new Promise<Reply>((resolve) => {
					release = resolve;
				}),
		);
		const calls = [client.getJson(API_PATHS.maxActiveUsers), client.getJson(API_PATHS.maxActiveUsers)];
		release(json(503, {}));
		for (const call of calls) {
			expect((await rejection(call)).kind).toBe('server-error');
		}
		expect(http.calls).toHaveLength(1);
	});

	it('a failure does not keep a later success from being cached for 60 s', async () => {
		let status = 503;
		const { client, http, clock } = makeClient(() => (status === 200 ? ok() : json(status, {})));
		await rejection(client.getJson(API_PATHS.maxActiveUsers));
		clock.advance(15_000);
		status = 200;
		await client.getJson(API_PATHS.maxActiveUsers);
		clock.advance(30_000);
		await client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(2);
	});

	it('a 429 blocks the route for the announced seconds, even with maxAgeMs 0', async () => {
		const { client, http, clock } = makeClient(() => json(429, { success: false, error: RATE_LIMIT_TEXT }));
		const first = await rejection(client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY));
		expect(first.kind).toBe('rate-limited');
		expect(first.detail.retryAfterSeconds).toBe(37);
		clock.advance(36_999);
		const blocked = await rejection(client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY, 0));
		expect(blocked.kind).toBe('rate-limited');
		expect(http.calls).toHaveLength(1);
		clock.advance(1);
		await rejection(client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY, 0));
		expect(http.calls).toHaveLength(2);
	});

	it('a 429 keeps the route blocked for its whole wait, then asks again', async () => {
		const { client, http, clock } = makeClient(() => json(429, tooManyRequests(50, {}).body));
		await rejection(client.getJson(API_PATHS.maxActiveUsers));
		clock.advance(40_000);
		await rejection(client.getJson(API_PATHS.maxActiveUsers));
		expect(http.calls).toHaveLength(1);
		clock.advance(10_000);
		await rejection(client.getJson(API_PATHS.maxActiveUsers));
		expect(http.calls).toHaveLength(2);
	});

	it('maxAgeMs refuses a cached success older than that; the answer it fetches is then shared', async () => {
		const { client, http, clock } = makeClient(ok);
		await client.getJson(API_PATHS.maxActiveUsers);
		clock.advance(20_000);
		await client.getJson(API_PATHS.maxActiveUsers, undefined, 30_000);
		expect(http.calls).toHaveLength(1);
		clock.advance(10_001);
		await client.getJson(API_PATHS.maxActiveUsers, undefined, 30_000);
		expect(http.calls).toHaveLength(2);
		// The new answer restarts the 60 s and serves callers without a bound.
		clock.advance(50_000);
		await client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(2);
	});

	it('maxAgeMs 0 always asks again, even in the same millisecond', async () => {
		const { client, http, clock } = makeClient(ok);
		await client.getJson(API_PATHS.maxActiveUsers);
		clock.advance(1);
		await client.getJson(API_PATHS.maxActiveUsers, undefined, 0);
		expect(http.calls).toHaveLength(2);
		// No time has passed since that answer: still a new request.
		await client.getJson(API_PATHS.maxActiveUsers, undefined, 0);
		expect(http.calls).toHaveLength(3);
		await client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(3);
	});

	it('ResponseCache.get: ttlMs sets how long a success is kept', async () => {
		const clock = new Clock();
		const cache = new ResponseCache(clock.now);
		let loads = 0;
		const load = async () => ++loads;
		expect(await cache.get('k', load, { ttlMs: 5_000 })).toBe(1);
		clock.advance(4_999);
		expect(await cache.get('k', load, { ttlMs: 5_000 })).toBe(1);
		clock.advance(1);
		expect(await cache.get('k', load, { ttlMs: 5_000 })).toBe(2);
		expect(await cache.get('k', load)).toBe(2);
		expect(loads).toBe(2);
	});

	it('identity names the server and user, and the token only as a fingerprint', () => {
		const { client } = makeClient(ok);
		expect(client.identity).toBe(`${BASE}|${USER}|${fingerprint(TOKEN)}`);
		expect(client.identity).not.toContain(TOKEN);
		expect(makeClient(ok).client.identity).toBe(client.identity);
		expect(makeClient(ok, { token: 'OTHER-TOKEN-456' }).client.identity).not.toBe(client.identity);
	});

	it('a different token is a different entry; the same credentials share one', async () => {
		const clock = new Clock();
		const cache = new ResponseCache(clock.now);
		const http = new FakeHttp(ok);
		const first = makeClient(ok, { cache, clock, http });
		const same = makeClient(ok, { cache, clock, http });
		const other = makeClient(ok, { cache, clock, http, token: 'OTHER-TOKEN-456' });
		await first.client.getJson(API_PATHS.maxActiveUsers);
		await same.client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(1);
		await other.client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(2);
		expect(http.calls[1].options.headers['X-Auth-Token']).toBe('OTHER-TOKEN-456');
	});

	it('clear() forgets everything', async () => {
		const { client, http, cache } = makeClient(ok);
		await client.getJson(API_PATHS.maxActiveUsers);
		cache.clear();
		await client.getJson(API_PATHS.maxActiveUsers);
		expect(http.calls).toHaveLength(2);
	});

	it('fingerprint does not contain the token and tells tokens apart', () => {
		expect(fingerprint(TOKEN)).not.toContain(TOKEN);
		expect(fingerprint(TOKEN)).not.toBe(fingerprint('SECRET-TOKEN-124'));
		expect(fingerprint(TOKEN)).toBe(fingerprint(TOKEN));
	});
});

describe('the token never leaks into errors', () => {
	const echo = `X-Auth-Token: ${TOKEN}`;
	const cases: Array<[string, () => Reply]> = [
		['401', () => json(401, { status: 'error', message: `You must be logged in to do this. ${echo}` })],
		['403', () => json(403, forbidden(7).body)],
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
