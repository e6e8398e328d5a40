/** Reads JSON from the workspace REST API through the Apps-Engine HTTP accessor, with auth, timeout and cache. */
import { checkAnswerSize } from './bounds';
import { ResponseCache, fingerprint } from './cache';
import { Deadline } from '../kit/deadline';
import { ApiError, BODY_NOT_JSON, errorFromStatus, errorFromThrown, malformed } from '../kit/errors';
import type { ApiPath, ICredentials } from '../kit/paths';
import { authHeaders } from '../kit/paths';

/** The part of Apps-Engine's IHttp this client needs (IHttp satisfies it). */
export interface IHttpGetter {
	get(
		url: string,
		options: { headers: Record<string, string>; params?: Record<string, string>; timeout: number },
	): Promise<{ statusCode: number; content?: string; data?: unknown; headers?: Record<string, string> }>;
	/** Writes (users.setActiveStatus); IHttp has it. */
	post?(
		url: string,
		options: { headers: Record<string, string>; data: object; timeout: number },
	): Promise<{ statusCode: number; content?: string; data?: unknown; headers?: Record<string, string> }>;
}

export interface IClientConfig {
	baseUrl: string;
	credentials: ICredentials;
	timeoutMs: number;
	/** The run's deadline (lib/kit/deadline.ts): no request waits past it. None by default. */
	deadline?: Deadline;
}

export class WorkspaceClient {
	constructor(
		private readonly http: IHttpGetter,
		private readonly config: IClientConfig,
		/** The app instance's cache (AppState.responses), so answers outlive a single call; a client of its own by default. */
		private readonly cache: ResponseCache = new ResponseCache(),
		private readonly clock: () => number = Date.now,
	) {
		this.deadline = config.deadline ?? Deadline.none();
	}

	private readonly deadline: Deadline;

	/** What is left of the run's budget (Infinity without a deadline). */
	public remainingMs(): number {
		return this.deadline.remainingMs();
	}

	/** `work`, or `fallback` once no more than `reserveMs` is left of the run (Deadline.within). */
	public within<T>(work: Promise<T>, reserveMs: number, fallback: T): Promise<T> {
		return this.deadline.within(work, reserveMs, fallback);
	}

	public get baseUrl(): string {
		return this.config.baseUrl;
	}

	/** Server and credentials, the token only as a fingerprint: what answers from this client may be shared under. */
	public get identity(): string {
		const { baseUrl, credentials } = this.config;
		return `${baseUrl}|${credentials.userId}|${fingerprint(credentials.token)}`;
	}

	/**
	 * The parsed JSON body of a 2xx answer; any other outcome throws an ApiError. A cached answer is reused unless it is
	 * older than `maxAgeMs`. Never waits past the run's deadline: then it throws a timeout.
	 */
	public getJson(path: ApiPath, params?: Record<string, string>, maxAgeMs?: number): Promise<unknown> {
		const key = `${this.identity}|${path}?${Object.entries(params ?? {})
			.map(([name, value]) => `${name}=${value}`)
			.join('&')}`;
		return this.deadline.race(
			this.cache.get(key, () => this.request(path, params), { maxAgeMs }),
			path,
		);
	}

	/** Like getJson, but the answer is neither shared nor kept: for large bodies read once (statistics pages). */
	public getJsonUncached(path: ApiPath, params?: Record<string, string>): Promise<unknown> {
		return this.deadline.race(this.request(path, params), path);
	}

	/**
	 * A write: never cached. A 400 carries Rocket.Chat's error code in `detail.errorType` (the reason is not kept: it may
	 * quote user data).
	 */
	public async postJson(path: ApiPath, body: object): Promise<unknown> {
		const started = this.clock();
		if (!this.http.post) {
			throw new ApiError('unreachable', { path });
		}
		let response;
		try {
			response = await this.http.post(`${this.config.baseUrl}${path}`, {
				headers: { ...authHeaders(this.config.credentials), 'Content-Type': 'application/json' },
				data: body,
				timeout: this.config.timeoutMs,
			});
		} catch (error) {
			throw errorFromThrown(path, error, this.clock() - started, this.config.timeoutMs);
		}
		if (response.statusCode === 400) {
			throw new ApiError('malformed', { path, status: 400, field: 'HTTP 400', errorType: errorTypeOf(response.data, response.content) });
		}
		const failure = errorFromStatus(path, response.statusCode, response.content, lowerCaseKeys(response.headers));
		if (failure) {
			throw failure;
		}
		checkAnswerSize(path, response.content);
		return parseBody(path, response.data, response.content);
	}

	private async request(path: ApiPath, params?: Record<string, string>): Promise<unknown> {
		const started = this.clock();
		// The request timeout setting, bounded by what is left of the run's deadline.
		const timeout = this.deadline.timeoutFor(this.config.timeoutMs);
		const bounded = timeout < this.config.timeoutMs;
		if (timeout <= 0) {
			throw this.deadline.expired(path);
		}
		let response;
		try {
			response = await this.http.get(`${this.config.baseUrl}${path}`, {
				headers: authHeaders(this.config.credentials),
				params,
				timeout,
			});
		} catch (error) {
			const failure = errorFromThrown(path, error, this.clock() - started, timeout);
			throw failure.kind === 'timeout' && bounded ? this.deadline.expired(path) : failure;
		}
		const failure = errorFromStatus(path, response.statusCode, response.content, lowerCaseKeys(response.headers));
		if (failure) {
			throw failure;
		}
		checkAnswerSize(path, response.content);
		return parseBody(path, response.data, response.content);
	}
}

/** errorType of a Rocket.Chat error body, or the "[code]" at the end of its error text; only a short code-like word. */
function errorTypeOf(data: unknown, content: string | undefined): string | undefined {
	let body = data;
	if (typeof body !== 'object' || body === null) {
		try {
			body = JSON.parse(content ?? '');
		} catch {
			return undefined;
		}
	}
	const { errorType, error } = (body ?? {}) as { errorType?: unknown; error?: unknown };
	let code: string | undefined;
	if (typeof errorType === 'string') {
		code = errorType;
	} else if (typeof error === 'string') {
		code = /\[([\w.-]+)\]\s*$/.exec(error)?.[1];
	}
	return code && /^[\w.-]{1,64}$/.test(code) ? code : undefined;
}

function lowerCaseKeys(headers: Record<string, string> = {}): Record<string, string> {
	return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** A 200 can still be a proxy's HTML page or JSON that says success: false. */
function parseBody(path: string, data: unknown, content: string | undefined): unknown {
	let body = data;
	if (body === undefined || body === null || typeof body === 'string') {
		try {
			body = JSON.parse(content ?? '');
		} catch {
			throw malformed(BODY_NOT_JSON, path);
		}
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw malformed('body is not a JSON object', path);
	}
	if ((body as { success?: unknown }).success === false) {
		throw new ApiError('malformed', { path, field: 'success: false' });
	}
	return body;
}
