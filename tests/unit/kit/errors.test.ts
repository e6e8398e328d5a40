/** errors.ts: HTTP statuses and thrown faults mapped to an ApiError kind, and the rate-limit wait. */
import { ApiError, errorFromStatus, errorFromThrown, retryAfterSeconds } from '../../../lib/kit/errors';
import { API_PATHS } from '../../../lib/kit/paths';
import { RATE_LIMIT_TEXT } from '../../support/kit';
import { tooManyRequestsBody } from '../fixtures/answers';

const PATH = API_PATHS.licensesInfo;

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
		const body = tooManyRequestsBody(37);
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
	it("a redirect loop (node-fetch's max-redirect, as Rocket.Chat's bridge throws it) → redirect-loop, not unreachable", () => {
		const thrown = new Error('maximum redirect reached at: https://chat.example.com/api/v1/licenses.info');
		expect(errorFromThrown(PATH, thrown, 50, 10_000).kind).toBe('redirect-loop');
		expect(errorFromThrown(PATH, new Error('getaddrinfo ENOTFOUND chat.example.com'), 50, 10_000).kind).toBe('unreachable');
	});

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
