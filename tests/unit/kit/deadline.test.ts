/** One deadline per run (lib/kit/deadline.ts) and the client's requests under it. */
import { WorkspaceClient } from '../../../lib/api/client';
import type { IHttpGetter } from '../../../lib/api/client';
import { Deadline, RUN_BUDGET_MS } from '../../../lib/kit/deadline';
import { ApiError } from '../../../lib/kit/errors';
import { API_PATHS } from '../../../lib/kit/paths';

type Options = Parameters<IHttpGetter['get']>[1];

/** An HTTP getter whose answers the test releases by path; it records each request's timeout. */
class HeldHttp implements IHttpGetter {
	public readonly timeouts: Record<string, number> = {};

	private readonly waiting = new Map<string, (reply: { statusCode: number; data: unknown; content: string }) => void>();

	public get(url: string, options: Options) {
		const path = new URL(url).pathname;
		this.timeouts[path] = options.timeout;
		return new Promise<{ statusCode: number; data: unknown; content: string }>((resolve) => this.waiting.set(path, resolve));
	}

	public answer(path: string, body: unknown): void {
		this.waiting.get(path)?.({ statusCode: 200, data: body, content: JSON.stringify(body) });
	}

	public asked(path: string): boolean {
		return this.waiting.has(path);
	}
}

const client = (http: IHttpGetter, deadline?: Deadline, timeoutMs = 10_000) =>
	new WorkspaceClient(http, { baseUrl: 'https://chat.example.com', credentials: { userId: 'u', token: 't' }, timeoutMs, deadline });

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('Deadline', () => {
	it('fits under engine 1.47.0’s 10 s call limit', () => {
		expect(RUN_BUDGET_MS).toBeLessThanOrEqual(8_000);
		expect(RUN_BUDGET_MS).toBeGreaterThan(0);
	});

	it('bounds a request timeout by what is left of it', () => {
		let now = 0;
		const deadline = new Deadline(8_000, () => now);
		expect(deadline.timeoutFor(10_000)).toBe(8_000);
		now = 5_500;
		expect(deadline.timeoutFor(10_000)).toBe(2_500);
		expect(deadline.timeoutFor(1_000)).toBe(1_000);
		now = 9_000;
		expect(deadline.timeoutFor(10_000)).toBe(0);
	});

	it('when it passes, the wait ends with a timeout naming the whole budget in seconds, marked as the deadline', async () => {
		jest.useFakeTimers();
		try {
			const deadline = new Deadline(8_000);
			const never = new Promise<never>(() => undefined);
			const raced = deadline.race(never, API_PATHS.licensesInfo);
			jest.advanceTimersByTime(8_000);
			await expect(raced).rejects.toMatchObject({
				kind: 'timeout',
				detail: { timeoutSeconds: 8, path: API_PATHS.licensesInfo, deadline: true },
			});
		} finally {
			jest.useRealTimers();
		}
	});

	it('pauses for the time asked, or only what is left of it', async () => {
		jest.useFakeTimers();
		try {
			const deadline = new Deadline(1_000);
			let done = false;
			const paused = deadline.pause(5_000).then(() => {
				done = true;
			});
			await jest.advanceTimersByTimeAsync(999);
			expect(done).toBe(false);
			await jest.advanceTimersByTimeAsync(1);
			await paused;
			expect(done).toBe(true);
		} finally {
			jest.useRealTimers();
		}
	});

	it('an answer before the deadline comes through untouched', async () => {
		await expect(new Deadline(8_000).race(Promise.resolve(42))).resolves.toBe(42);
	});

	it('waits for a part the reply can go without only until the reserve is reached, then takes the fallback', async () => {
		jest.useFakeTimers();
		try {
			const deadline = new Deadline(8_000);
			const never = new Promise<string>(() => undefined);
			const waited = deadline.within(never, 1_500, 'fallback');
			jest.advanceTimersByTime(6_500);
			await expect(waited).resolves.toBe('fallback');
			// Past the reserve, an answer already in is still taken, and nothing else is waited for.
			await expect(deadline.within(Promise.resolve('answer'), 1_500, 'fallback')).resolves.toBe('answer');
			await expect(new Deadline(8_000).within(Promise.resolve('answer'), 1_500, 'fallback')).resolves.toBe('answer');
			await expect(new Deadline(1_000).within(never, 1_500, 'fallback')).resolves.toBe('fallback');
			await expect(Deadline.none().within(Promise.resolve('answer'), 1_500, 'fallback')).resolves.toBe('answer');
		} finally {
			jest.useRealTimers();
		}
	});
});

describe('the client under a deadline', () => {
	it('asks with the request timeout bounded by the deadline', async () => {
		let now = 0;
		const http = new HeldHttp();
		const deadline = new Deadline(8_000, () => now);
		now = 3_000;
		const reading = client(http, deadline).getJson(API_PATHS.permissions);
		await flush();
		expect(http.timeouts[API_PATHS.permissions]).toBe(5_000);
		http.answer(API_PATHS.permissions, { update: [], success: true });
		await expect(reading).resolves.toMatchObject({ success: true });
	});

	it('a request that times out because the deadline bound it says the deadline, not the shorter bound', async () => {
		let now = 6_000;
		const deadline = new Deadline(8_000, () => now);
		const http: IHttpGetter = {
			get: async () => {
				now += 2_000;
				throw new Error('TimeoutError: The operation was aborted due to timeout');
			},
		};
		const error = await client(http, deadline)
			.getJson(API_PATHS.licensesInfo)
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(error).toMatchObject({ kind: 'timeout', detail: { timeoutSeconds: 8 } });
	});

	it('makes no request at all once the deadline has passed', async () => {
		let now = 0;
		const deadline = new Deadline(8_000, () => now);
		now = 8_000;
		const http = new HeldHttp();
		await expect(client(http, deadline).getJson(API_PATHS.licensesInfo)).rejects.toMatchObject({ kind: 'timeout' });
		expect(http.asked(API_PATHS.licensesInfo)).toBe(false);
	});
});
