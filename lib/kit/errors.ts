/**
 * Every way reading the workspace API can fail, reduced to a small set of kinds the renderers translate.
 * Details carry only status codes, paths and numbers: never a body, a header value or the token.
 */

export type ApiErrorKind =
	| 'not-configured'
	| 'invalid-url'
	| 'unauthorized'
	| 'forbidden'
	| 'not-found'
	| 'rate-limited'
	| 'server-error'
	| 'timeout'
	| 'unreachable'
	| 'malformed'
	/** An http:// server URL on another host: the token would cross the network in clear (lib/kit/transport.ts). */
	| 'insecure-url'
	/** HTTP 431: the request headers, in practice the token, are too long. */
	| 'token-too-long'
	/** An answer longer than its bound (lib/api/bounds.ts). */
	| 'too-large'
	/** A redirect, refused unfollowed so the token never goes where it points (watch/ reads with its own HTTP client). */
	| 'redirected'
	/** Valid JSON with a value that cannot be right: negative or fractional counts, dates in year 1 (lib/api/answers/plausible.ts). */
	| 'implausible'
	/** The server URL kept redirecting: the HTTP bridge gave up following (Rocket.Chat's fetch follows 20 redirects). */
	| 'redirect-loop';

export interface IApiErrorDetail {
	path?: string;
	status?: number;
	retryAfterSeconds?: number;
	/** For malformed answers: which field was wrong, e.g. "license.limits.activeUsers.max". */
	field?: string;
	/** For not-configured: the ids of the settings that are missing. */
	missing?: string[];
	timeoutSeconds?: number;
	/** timeout: the run's own deadline ended the wait (lib/kit/deadline.ts), not the request timeout setting. */
	deadline?: boolean;
	/** Rocket.Chat's error code from a 400 answer to a write (errorType, e.g. "error-license-user-limit-reached"). */
	errorType?: string;
	/** insecure-url and redirected: the host the token would travel to. */
	host?: string;
	/** too-large: the bound, in characters. */
	limitChars?: number;
}

export class ApiError extends Error {
	constructor(
		public readonly kind: ApiErrorKind,
		public readonly detail: IApiErrorDetail = {},
	) {
		super(`${kind}${detail.path ? ` on ${detail.path}` : ''}${detail.status ? ` (HTTP ${detail.status})` : ''}`);
		this.name = 'ApiError';
	}
}

export function malformed(field: string, path?: string): ApiError {
	return new ApiError('malformed', { field, path });
}

const DEFAULT_RETRY_SECONDS = 60;
/** The longest announced wait obeyed: a 429 never silences the app (the daily check included) for more than an hour. */
export const MAX_RETRY_SECONDS = 3_600;

/** Seconds to wait after a 429, at most MAX_RETRY_SECONDS. */
export function retryAfterSeconds(content: string | undefined, headers: Record<string, string> = {}, now = Date.now()): number {
	return Math.min(MAX_RETRY_SECONDS, announcedWait(content, headers, now));
}

/** What the server announced: Rocket.Chat says "You must wait N seconds"; X-RateLimit-Reset is an epoch in ms. */
function announcedWait(content: string | undefined, headers: Record<string, string>, now: number): number {
	const said = /wait\s+(\d+)\s+seconds?/i.exec(content ?? '');
	if (said) {
		return Math.max(1, Number(said[1]));
	}
	const retryAfter = Number(headers['retry-after']);
	if (Number.isFinite(retryAfter) && retryAfter > 0) {
		return Math.ceil(retryAfter);
	}
	const reset = Number(headers['x-ratelimit-reset']);
	if (Number.isFinite(reset) && reset > now) {
		return Math.ceil((reset - now) / 1000);
	}
	return DEFAULT_RETRY_SECONDS;
}

/** The error a non-2xx status stands for, or undefined for a success. */
export function errorFromStatus(path: string, status: number, content?: string, headers?: Record<string, string>): ApiError | undefined {
	if (status >= 200 && status < 300) {
		return undefined;
	}
	switch (status) {
		case 401:
			return new ApiError('unauthorized', { path, status });
		case 403:
			return new ApiError('forbidden', { path, status });
		case 400:
			// statistics and statistics.list refuse a caller without view-statistics this way (getLastStatistics, getStatistics).
			return /error-not-allowed/.test(content ?? '')
				? new ApiError('forbidden', { path, status })
				: new ApiError('malformed', { path, status, field: `HTTP ${status}` });
		case 404:
			return new ApiError('not-found', { path, status });
		case 431:
			return new ApiError('token-too-long', { path, status });
		case 429:
			return new ApiError('rate-limited', { path, status, retryAfterSeconds: retryAfterSeconds(content, headers) });
		default:
			return status >= 500
				? new ApiError('server-error', { path, status })
				: new ApiError('malformed', { path, status, field: `HTTP ${status}` });
	}
}

/** node-fetch's FetchError (type max-redirect), as Rocket.Chat's server-fetch throws it: "maximum redirect reached at: URL". */
const REDIRECT_LOOP = /maximum redirect reached|redirect count exceeded/i;
/** The field of a malformed answer whose body is not JSON at all: errorView words it in the reader's language. */
export const BODY_NOT_JSON = 'body is not JSON';

/** A request that threw: the HTTP bridge aborts on timeout and throws on network faults. */
export function errorFromThrown(path: string, error: unknown, elapsedMs: number, timeoutMs: number): ApiError {
	// A transport that already knows what went wrong (a refused redirect, an answer cut at its bound) says so itself.
	if (error instanceof ApiError) {
		return error;
	}
	const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
	if (REDIRECT_LOOP.test(message)) {
		return new ApiError('redirect-loop', { path });
	}
	if (elapsedMs >= timeoutMs * 0.9 || /time(d|\s)*out|abort/i.test(message)) {
		return new ApiError('timeout', { path, timeoutSeconds: Math.round(timeoutMs / 1000) });
	}
	return new ApiError('unreachable', { path });
}
