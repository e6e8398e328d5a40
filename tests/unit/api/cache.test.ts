/** The ResponseCache, on its own and under the WorkspaceClient, with an injected clock. */
import { ResponseCache, SUCCESS_TTL_MS, fingerprint } from '../../../lib/api/cache';
import { API_PATHS, LICENSES_INFO_QUERY } from '../../../lib/kit/paths';
import { BASE, Clock, FakeHttp, RATE_LIMIT_TEXT, TOKEN, USER, json, makeClient, rejection } from '../../support/kit';
import type { Reply } from '../../support/kit';
import { tooManyRequestsBody } from '../fixtures/answers';
import { maxActiveUsers } from '../fixtures/licenses';

describe('response cache', () => {
	const ok = () => json(200, maxActiveUsers(200, 10));

	it('ten calls in a row → one HTTP request', async () => {
		const { client, http } = makeClient(ok);
		for (let i = 0; i < 10; i++) {
			expect(await client.getJson(API_PATHS.maxActiveUsers)).toEqual(maxActiveUsers(200, 10));
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
		expect(results.every((result) => JSON.stringify(result) === JSON.stringify(maxActiveUsers(200, 10)))).toBe(true);
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
		const { client, http, clock } = makeClient(() => json(429, tooManyRequestsBody(50)));
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
