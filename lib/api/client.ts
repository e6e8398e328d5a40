/** Reads JSON from the workspace REST API through the Apps-Engine HTTP accessor, with auth, timeout and cache. */
import { checkAnswerSize } from './bounds';
import { ResponseCache, fingerprint } from './cache';
import { ApiError, errorFromStatus, errorFromThrown, malformed } from './errors';
import type { ApiPath, ICredentials } from './paths';
import { authHeaders } from './paths';

/** The part of Apps-Engine's IHttp this client needs (IHttp satisfies it). */
export interface IHttpGetter {
	get(
		url: string,
		options: { headers: Record<string, string>; params?: Record<string, string>; timeout: number },
	): Promise<{ statusCode: number; content?: string; data?: unknown; headers?: Record<string, string> }>;
}

export interface IClientConfig {
	baseUrl: string;
	credentials: ICredentials;
	timeoutMs: number;
}

export class WorkspaceClient {
	constructor(
		private readonly http: IHttpGetter,
		private readonly config: IClientConfig,
		/** The app instance's cache (AppState.responses), so answers outlive a single call; a client of its own by default. */
		private readonly cache: ResponseCache = new ResponseCache(),
		private readonly clock: () => number = Date.now,
	) {}

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
	 * older than `maxAgeMs`.
	 */
	public getJson(path: ApiPath, params?: Record<string, string>, maxAgeMs?: number): Promise<unknown> {
		const key = `${this.identity}|${path}?${Object.entries(params ?? {})
			.map(([name, value]) => `${name}=${value}`)
			.join('&')}`;
		return this.cache.get(key, () => this.request(path, params), { maxAgeMs });
	}

	private async request(path: ApiPath, params?: Record<string, string>): Promise<unknown> {
		const started = this.clock();
		let response;
		try {
			response = await this.http.get(`${this.config.baseUrl}${path}`, {
				headers: authHeaders(this.config.credentials),
				params,
				timeout: this.config.timeoutMs,
			});
		} catch (error) {
			throw errorFromThrown(path, error, this.clock() - started, this.config.timeoutMs);
		}
		const failure = errorFromStatus(path, response.statusCode, response.content, lowerCaseKeys(response.headers));
		if (failure) {
			throw failure;
		}
		checkAnswerSize(path, response.content);
		return parseBody(path, response.data, response.content);
	}
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
			throw malformed('body is not JSON', path);
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
