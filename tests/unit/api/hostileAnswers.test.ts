/**
 * Answers and settings a hostile or broken server could produce, across modules: waits announced by the rate limiter
 * (errors.ts read by the client and the cache), a token too long for the server, where the token may travel (transport.ts).
 * Sizes are in bounds.test.ts, implausible values in answers/plausible.test.ts.
 */
import { ResponseCache } from '../../../lib/api/cache';
import type { IHttpGetter } from '../../../lib/api/client';
import { WorkspaceClient } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/kit/errors';
import { MAX_RETRY_SECONDS, errorFromStatus, retryAfterSeconds } from '../../../lib/kit/errors';
import { API_PATHS } from '../../../lib/kit/paths';
import { isLoopback, transportProblem } from '../../../lib/kit/transport';
import { errorReason } from '../../../lib/render/errorView';
import { viewFor } from '../../../lib/render/view';
import { NOW, rejection } from '../../support/kit';

const en = viewFor('en', NOW);
const PATH = API_PATHS.licensesInfo;
const wait = (seconds: string) =>
	`Error, too many requests. Please slow down. You must wait ${seconds} seconds before trying this endpoint again.`;

describe('429: an announced wait is obeyed for at most an hour', () => {
	it.each([
		['99,999,999,999 s in the body', wait('99999999999'), {}],
		['a Retry-After of a year', '', { 'retry-after': String(365 * 86400) }],
		['a reset epoch far ahead', '', { 'x-ratelimit-reset': String(Date.now() + 10 * 86_400_000) }],
	])('%s is cut to an hour', (_, body, headers) => {
		expect(retryAfterSeconds(body, headers)).toBe(MAX_RETRY_SECONDS);
	});

	it('a short wait is kept as said', () => {
		expect(retryAfterSeconds(wait('37'))).toBe(37);
	});

	it('the route is blocked for an hour at most, then asked again', async () => {
		let now = 0;
		const cache = new ResponseCache(() => now);
		let calls = 0;
		const http: IHttpGetter = {
			get: async () => {
				calls++;
				return { statusCode: 429, content: JSON.stringify({ success: false, error: wait('99999999999') }) };
			},
		};
		const client = new WorkspaceClient(
			http,
			{ baseUrl: 'https://chat.example.com', credentials: { userId: 'u', token: 't' }, timeoutMs: 1000 },
			cache,
			() => now,
		);
		await rejection(client.getJson(PATH));
		now = (MAX_RETRY_SECONDS - 1) * 1000;
		await rejection(client.getJson(PATH, undefined, 0));
		expect(calls).toBe(1);
		now = MAX_RETRY_SECONDS * 1000 + 1;
		await rejection(client.getJson(PATH, undefined, 0));
		expect(calls).toBe(2);
	});
});

describe('431: the token is too long', () => {
	it('is its own kind, with its own advice', () => {
		const error = errorFromStatus(PATH, 431) as ApiError;
		expect(error.kind).toBe('token-too-long');
		const reason = errorReason(en, error, 'https://chat.example.com');
		expect(reason).toContain('the access token is too long');
		expect(reason).not.toMatch(/server URL/);
	});
});

describe('where the token may travel', () => {
	it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.10.20.30', '[::1]', '::1'])('%s is loopback', (host) => {
		expect(isLoopback(host)).toBe(true);
	});

	it.each(['chat.example.com', '10.0.0.5', '127.0.0.1.evil.example', 'localhost.evil.example', 'app.localhost', '[::2]'])(
		'%s is not',
		(host) => {
			expect(isLoopback(host)).toBe(false);
		},
	);

	it('refuses http:// to another host unless allowed; https and loopback always pass', () => {
		expect(transportProblem('https://chat.example.com', false)).toBeUndefined();
		expect(transportProblem('http://127.0.0.1:3000', false)).toBeUndefined();
		expect(transportProblem('http://localhost:3000/chat', false)).toBeUndefined();
		expect(transportProblem('http://chat.example.com', true)).toBeUndefined();
		const refused = transportProblem('http://admin:pw@chat.example.com:8080/x', false) as ApiError;
		expect(refused.kind).toBe('insecure-url');
		expect(refused.detail.host).toBe('chat.example.com:8080');
		const reason = errorReason(en, refused);
		expect(reason).toContain('http://');
		expect(reason).toContain('https://');
		expect(reason).toContain('Site URL');
		expect(reason).toContain('Allow the token over unencrypted http');
		expect(reason).not.toContain('pw');
	});
});
