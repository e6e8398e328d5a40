/**
 * A simulated Rocket.Chat workspace REST API on 127.0.0.1 for the playground, tests and benchmarks. It checks what the real server
 * checks, in the same order: route (404), credentials (401), rate limit (429), query (400), then the scenario's answer.
 */
import * as http from 'http';
import type { AddressInfo, Socket } from 'net';

import type { IAnswer } from './errors';
import { badGateway, invalidParams, matchError, notFound, tooManyRequests, unauthorized } from './errors';
import type { Route, IScenario } from './scenarios';
import { answerRoute, getScenario, majorOf, routeExists } from './scenarios';
import { validateStatisticsQuery } from './statisticsRoutes';

export interface IRecordedCall {
	method: string;
	path: string;
	query: Record<string, string>;
	/** 0 when the request was never answered (timeout scenario, or closed while delayed). */
	status: number;
	userId?: string;
}

export interface ISimulatedWorkspace {
	url: string;
	calls: IRecordedCall[];
	setScenario(name: string): void;
	close(): Promise<void>;
}

export interface IWorkspaceOptions {
	scenario: string;
	userId: string;
	token: string;
	/** Added before every answer, to make round trips measurable. */
	delayMs?: number;
	/** The workspace's clock: license dates, activity days and the rate limiter window all follow it. */
	now?: () => Date;
	/** Rocket.Chat's default is 10 calls per 60 s per route; `false` models a token whose user has api-bypass-rate-limit. */
	rateLimit?: { calls: number; windowMs: number } | false;
	/** Roles per permission for permissions.listAll (default: Rocket.Chat's, view-privileged-setting for admin only). */
	permissionRoles?: Record<string, string[]>;
}

const ROUTES: Record<string, Route> = {
	'/api/v1/licenses.info': 'licenses.info',
	'/api/v1/licenses.get': 'licenses.get',
	'/api/v1/licenses.maxActiveUsers': 'licenses.maxActiveUsers',
	'/api/v1/engagement-dashboard/users/active-users': 'active-users',
	'/api/v1/statistics': 'statistics',
	'/api/info': 'info',
	'/api/v1/permissions.listAll': 'permissions',
	'/api/v1/statistics.list': 'statistics.list',
	'/api/v1/users.listByStatus': 'users.listByStatus',
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

const isExactIso = (value: string): boolean => {
	const date = new Date(value);
	return !Number.isNaN(date.getTime()) && date.toISOString() === value;
};

/** The query checks of the real routes: ajv schemas (invalid-params), then check() with Match.Where for the engagement dates. */
export function validateQuery(route: Route, query: Record<string, string>): IAnswer | undefined {
	const keys = Object.keys(query);
	const statistics = validateStatisticsQuery(route, query);
	if (statistics) {
		return statistics;
	}
	if (route === 'licenses.info') {
		if (keys.some((key) => key !== 'loadValues')) {
			return invalidParams('must NOT have additional properties');
		}
		if ('loadValues' in query && query.loadValues !== 'true' && query.loadValues !== 'false') {
			return invalidParams('must be boolean');
		}
	}
	if (route === 'active-users') {
		const missing = ['start', 'end'].find((field) => !(field in query));
		if (missing) {
			return invalidParams(`must have required property '${missing}'`);
		}
		if (keys.some((key) => key !== 'start' && key !== 'end')) {
			return invalidParams('must NOT have additional properties');
		}
		if (!DATE_TIME.test(query.start) || !DATE_TIME.test(query.end)) {
			return invalidParams('must match format "date-time"');
		}
		const inexact = ['start', 'end'].find((field) => !isExactIso(query[field]));
		if (inexact) {
			return matchError(inexact);
		}
	}
	return undefined;
}

interface IBucket {
	count: number;
	resetAt: number;
}

function send(res: http.ServerResponse, answer: IAnswer): void {
	const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
	res.writeHead(answer.status, {
		'content-type': answer.contentType ?? 'application/json',
		'cache-control': 'no-store',
		'pragma': 'no-cache',
		...answer.headers,
		'content-length': String(Buffer.byteLength(text)),
	});
	res.end(text);
}

const header = (req: http.IncomingMessage, name: string): string | undefined => {
	const value = req.headers[name];
	return Array.isArray(value) ? value[0] : value;
};

export async function startWorkspace(options: IWorkspaceOptions): Promise<ISimulatedWorkspace> {
	let scenario: IScenario = getScenario(options.scenario);
	const now = options.now ?? (() => new Date());
	const limit = options.rateLimit === undefined ? { calls: 10, windowMs: 60_000 } : options.rateLimit;
	const calls: IRecordedCall[] = [];
	const buckets = new Map<Route, IBucket>();
	const sockets = new Set<Socket>();
	const timers = new Set<NodeJS.Timeout>();

	/** Meteor's RateLimiter: a fixed window opened by the first call; calls answered 429 still count. */
	function rateLimit(route: Route): { headers: Record<string, string>; blocked?: number } {
		if (!limit) {
			return { headers: {} };
		}
		const at = now().getTime();
		let bucket = buckets.get(route);
		if (!bucket || at >= bucket.resetAt) {
			bucket = { count: 0, resetAt: at + limit.windowMs };
			buckets.set(route, bucket);
		}
		if (scenario.fault === 'rate-limited') {
			bucket.count = Math.max(bucket.count, limit.calls);
		}
		bucket.count++;
		const headers = {
			'x-ratelimit-limit': String(limit.calls),
			'x-ratelimit-remaining': String(Math.max(0, limit.calls - bucket.count)),
			'x-ratelimit-reset': String(bucket.resetAt),
		};
		return bucket.count > limit.calls ? { headers, blocked: Math.ceil((bucket.resetAt - at) / 1000) } : { headers };
	}

	function decide(req: http.IncomingMessage, path: string, query: Record<string, string>): IAnswer {
		if (scenario.fault === 'server-error') {
			return badGateway();
		}
		const major = majorOf(scenario);
		const route = req.method === 'GET' ? ROUTES[path] : undefined;
		if (!route || !routeExists(scenario, route)) {
			return notFound(major);
		}
		const authenticated = header(req, 'x-user-id') === options.userId && header(req, 'x-auth-token') === options.token;
		if (route === 'info') {
			return answerRoute(scenario, route, { now: now(), query, authenticated });
		}
		if (!authenticated || scenario.fault === 'unauthorized') {
			return unauthorized(major);
		}
		const { headers, blocked } = rateLimit(route);
		if (blocked !== undefined) {
			return tooManyRequests(blocked, headers);
		}
		const answer =
			validateQuery(route, query) ??
			answerRoute(scenario, route, { now: now(), query, authenticated, permissionRoles: options.permissionRoles });
		return { ...answer, headers: { ...headers, ...answer.headers } };
	}

	const delay = (ms: number) =>
		new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve();
			}, ms);
			timers.add(timer);
		});

	async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const query = Object.fromEntries(url.searchParams.entries());
		const userId = header(req, 'x-user-id');
		const call: IRecordedCall = {
			method: req.method ?? 'GET',
			path: url.pathname,
			query,
			status: 0,
			...(userId !== undefined && { userId }),
		};
		calls.push(call);
		if (options.delayMs) {
			await delay(options.delayMs);
		}
		if (scenario.fault === 'timeout' || res.destroyed) {
			return;
		}
		const answer = decide(req, url.pathname, query);
		call.status = answer.status;
		send(res, answer);
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch(() => send(res, { status: 500, body: { success: false, error: 'Internal server error' } }));
	});
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;

	let closing: Promise<void> | undefined;
	return {
		url: `http://127.0.0.1:${port}`,
		calls,
		setScenario(name: string): void {
			scenario = getScenario(name);
		},
		close(): Promise<void> {
			closing ??= new Promise<void>((resolve) => {
				timers.forEach((timer) => clearTimeout(timer));
				timers.clear();
				server.close(() => resolve());
				sockets.forEach((socket) => socket.destroy());
			});
			return closing;
		},
	};
}
