/** loadSnapshot's request plan, its fallback to licenses.get, its use of the cache, and a late licenses.maxActiveUsers. */
import { loadSnapshot } from '../../../lib/api/loadSnapshot';
import { API_PATHS } from '../../../lib/kit/paths';
import type { Reply } from '../../support/kit';
import { BASE, Clock, json, makeClient, text, usedMax } from '../../support/kit';
import { SPA_PAGE, notFoundBody, unauthorizedBody } from '../fixtures/answers';
import type { IPlan } from '../fixtures/licenses';
import { inDays, infoBody, licenseV3, licensesGet, licensesInfo, maxActiveUsers, planOf } from '../fixtures/licenses';

describe('loadSnapshot', () => {
	/** A client whose answers depend on the path asked; `requested` lists the paths asked, in order. */
	function setup(answer: (path: string) => Reply | Promise<Reply>, clock = new Clock()) {
		const requested: string[] = [];
		const { client } = makeClient(
			(call) => {
				const path = call.url.slice(BASE.length);
				requested.push(path);
				return answer(path);
			},
			{ clock },
		);
		return { client, requested };
	}

	it('starts licenses.info and licenses.maxActiveUsers before either answers', async () => {
		const waiting = new Map<string, (reply: Reply) => void>();
		const { client, requested } = setup((path) => new Promise<Reply>((resolve) => waiting.set(path, resolve)));
		const result = loadSnapshot(client);
		await new Promise((resolve) => setImmediate(resolve));
		expect([...requested].sort()).toEqual([API_PATHS.licensesInfo, API_PATHS.maxActiveUsers].sort());
		expect(waiting.size).toBe(2);
		// Info answers first, without values: the seat count must still be awaited and used.
		waiting.get(API_PATHS.licensesInfo)?.(json(200, infoBody('healthy', { loadValues: false })));
		await new Promise((resolve) => setImmediate(resolve));
		waiting.get(API_PATHS.maxActiveUsers)?.(json(200, maxActiveUsers(200, 121)));
		const snapshot = await result;
		expect(snapshot.source).toBe('licenses.info');
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 121, max: 200 });
	});

	it('falls back to licenses.get when licenses.info is an unknown route (404)', async () => {
		for (const missing of [notFoundBody(6), notFoundBody(7)]) {
			const { client, requested } = setup((path) => {
				if (path === API_PATHS.licensesInfo) {
					return typeof missing === 'string' ? text(404, missing, 'text/plain') : json(404, missing);
				}
				if (path === API_PATHS.licensesGet) {
					return json(200, licensesGet(planOf('old-6.4'), 'flat'));
				}
				return json(200, maxActiveUsers(200, 150));
			});
			const snapshot = await loadSnapshot(client);
			expect(snapshot.source).toBe('licenses.get');
			expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
			expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 150, max: 200 });
			expect(requested).toContain(API_PATHS.licensesGet);
		}
	});

	it('does not fall back on other errors of licenses.info', async () => {
		const { client, requested } = setup((path) =>
			path === API_PATHS.licensesInfo ? json(401, unauthorizedBody(7)) : json(200, maxActiveUsers(200, 150)),
		);
		await expect(loadSnapshot(client)).rejects.toMatchObject({ kind: 'unauthorized' });
		expect(requested).not.toContain(API_PATHS.licensesGet);
	});

	it('a failing licenses.maxActiveUsers does not hide a good licenses.info', async () => {
		for (const seatReply of [
			json(500, { success: false }),
			text(200, SPA_PAGE),
			json(429, { success: false, error: 'You must wait 10 seconds' }),
		]) {
			const { client } = setup((path) => (path === API_PATHS.licensesInfo ? json(200, infoBody('healthy')) : seatReply));
			const snapshot = await loadSnapshot(client);
			expect(snapshot.source).toBe('licenses.info');
			expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 120, max: 200 });
			expect(snapshot.license?.plan).toBe('Enterprise');
		}
	});

	it('a failing licenses.maxActiveUsers leaves seat usage unknown when licenses.info has no values', async () => {
		const { client } = setup((path) =>
			path === API_PATHS.licensesInfo ? json(200, infoBody('healthy', { loadValues: false })) : json(503, {}),
		);
		const snapshot = await loadSnapshot(client);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 'unknown', max: 200 });
	});

	it('asks licenses.info with loadValues=true', async () => {
		const { client, http } = makeClient((call) =>
			call.url.endsWith(API_PATHS.licensesInfo) ? json(200, infoBody('healthy')) : json(200, maxActiveUsers(200, 120)),
		);
		await loadSnapshot(client);
		const params = http.calls.filter((call) => call.url.endsWith(API_PATHS.licensesInfo)).map((call) => call.options.params);
		expect(params).toEqual([{ loadValues: 'true' }]);
	});

	it('reuses cached answers, and asks again for answers older than maxAgeMs', async () => {
		const clock = new Clock();
		const { client, requested } = setup(
			(path) => (path === API_PATHS.licensesInfo ? json(200, infoBody('healthy')) : json(200, maxActiveUsers(200, 120))),
			clock,
		);
		await loadSnapshot(client);
		await loadSnapshot(client);
		expect(requested).toHaveLength(2);
		clock.advance(10_000);
		await loadSnapshot(client, 30_000);
		expect(requested).toHaveLength(2);
		await loadSnapshot(client, 5_000);
		expect([...requested.slice(2)].sort()).toEqual([API_PATHS.licensesInfo, API_PATHS.maxActiveUsers].sort());
		clock.advance(1);
		await loadSnapshot(client, 0);
		expect(requested).toHaveLength(6);
	});

	it('passes maxAgeMs to licenses.get too (servers before 6.5)', async () => {
		const clock = new Clock();
		const { client, requested } = setup((path) => {
			if (path === API_PATHS.licensesInfo) {
				return json(404, notFoundBody(6));
			}
			if (path === API_PATHS.licensesGet) {
				return json(200, licensesGet(planOf('old-6.4'), 'flat'));
			}
			return json(200, maxActiveUsers(200, 150));
		}, clock);
		expect((await loadSnapshot(client)).source).toBe('licenses.get');
		expect(requested.filter((path) => path === API_PATHS.licensesGet)).toHaveLength(1);
		clock.advance(1_000);
		await loadSnapshot(client);
		expect(requested.filter((path) => path === API_PATHS.licensesGet)).toHaveLength(1);
		await loadSnapshot(client, 500);
		expect(requested.filter((path) => path === API_PATHS.licensesGet)).toHaveLength(2);
		expect(requested.filter((path) => path === API_PATHS.maxActiveUsers)).toHaveLength(2);
	});

	describe('a late licenses.maxActiveUsers', () => {
		const plan: IPlan = {
			trial: false,
			autoRenew: true,
			expiresInDays: 100,
			tags: [{ name: 'Enterprise', color: '#fff' }],
			modules: ['auditing'],
			limits: { activeUsers: 200 },
		};
		const usage = { activeUsers: 120, guestUsers: 1, privateApps: 0, marketplaceApps: 0, monthlyActiveContacts: 0 };
		const flush = () => new Promise((resolve) => setImmediate(resolve));

		/** A client whose answers wait until the test releases them by path. */
		function held() {
			const waiting = new Map<string, (reply: Reply) => void>();
			const { client } = setup((path) => new Promise<Reply>((resolve) => waiting.set(path, resolve)));
			const answer = (path: string, body: unknown) => waiting.get(path)?.(json(200, body));
			return { client, waiting, answer };
		}

		it('never delays a reply licenses.info answered in full (seat count included)', async () => {
			const { client, waiting, answer } = held();
			const reading = loadSnapshot(client);
			await flush();
			expect(waiting.has(API_PATHS.maxActiveUsers)).toBe(true);
			answer(API_PATHS.licensesInfo, licensesInfo({ license: licenseV3(plan), usage, privileged: true, loadValues: true, major: 8 }));
			// licenses.maxActiveUsers is still unanswered: the snapshot comes anyway.
			const snapshot = await reading;
			expect(snapshot.limits[0]).toMatchObject({ kind: 'activeUsers', used: 120, max: 200 });
		});

		it('waits for it when licenses.info left the seat count out', async () => {
			const { client, answer } = held();
			let settled = false;
			const reading = loadSnapshot(client).then((snapshot) => {
				settled = true;
				return snapshot;
			});
			await flush();
			answer(API_PATHS.licensesInfo, licensesInfo({ license: licenseV3(plan), usage, privileged: true, loadValues: false, major: 8 }));
			await flush();
			expect(settled).toBe(false);
			answer(API_PATHS.maxActiveUsers, maxActiveUsers(200, 120));
			expect((await reading).limits[0]).toMatchObject({ used: 120, max: 200 });
		});
	});
});
