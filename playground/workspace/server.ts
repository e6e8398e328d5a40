/**
 * A simulated Rocket.Chat workspace REST API on 127.0.0.1 for the playground, tests and benchmarks. It checks what the real server
 * checks, in the same order: route (404), credentials (401), rate limit (429), query (400), then the scenario's answer.
 */
import * as http from 'http';
import type { AddressInfo, Socket } from 'net';

import type { IAnswer } from './errors';
import { badGateway, invalidParams, matchError, notFound, tooManyRequests, unauthorized } from './errors';
import { bypassesRateLimit } from './rateLimitBypass';
import type { Route, IScenario } from './scenarios';
import { DEFAULT_PERMISSION_ROLES, answerRoute, getScenario, majorOf, routeExists } from './scenarios';
import { Directory, listByStatus, setActiveStatus } from './users';
import { validateRequest } from './validators';
import type { IPostedMessage } from './watchRoutes';
import { answerPostMessage, answerPublicSettings } from './watchRoutes';

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
	/** The workspace's users (idle seats); deactivations change them. */
	directory: Directory;
	/** Active flags changed since the scenario's start, by user id: what `--state` keeps. */
	userChanges(): Record<string, boolean>;
	/** Messages posted through chat.postMessage, oldest first. */
	posted: IPostedMessage[];
	/** Changes server settings (settings.public), e.g. the air-gap countdown; the scenario's apply until then. */
	setServerSettings(values: Record<string, string>): void;
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
	/** The license's company name instead of the scenario's (any string: tests use hostile ones). */
	company?: string;
	/** Active flags changed in an earlier run (from `--state`). */
	userChanges?: Record<string, boolean>;
	/** Rooms chat.postMessage accepts (default: admins). */
	rooms?: string[];
}

/** The idle-seat routes (users.ts), answered after the same route, credential and rate-limit checks. */
const USER_ROUTES: Record<string, string> = {
	'GET /api/v1/users.listByStatus': 'users.listByStatus',
	'POST /api/v1/users.setActiveStatus': 'users.setActiveStatus',
};

const ROUTES: Record<string, Route> = {
	'/api/v1/licenses.info': 'licenses.info',
	'/api/v1/licenses.get': 'licenses.get',
	'/api/v1/licenses.maxActiveUsers': 'licenses.maxActiveUsers',
	'/api/v1/engagement-dashboard/users/active-users': 'active-users',
	'/api/v1/statistics': 'statistics',
	'/api/info': 'info',
	'/api/v1/permissions.listAll': 'permissions',
	'/api/v1/statistics.list': 'statistics.list',
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

const isExactIso = (value: string): boolean => {
	const date = new Date(value);
	return !Number.isNaN(date.getTime()) && date.toISOString() === value;
};

/**
 * The query checks of the real routes: Rocket.Chat's own validators where it publishes them (validators.ts), then, for the
 * engagement dashboard whose schema rest-typings does not ship, its ajv schema and check() with Match.Where, written out here.
 */
export function validateQuery(route: Route, query: Record<string, string>): IAnswer | undefined {
	const path = Object.keys(ROUTES).find((key) => ROUTES[key] === route) ?? '';
	const refused = validateRequest(path.replace(/^\/api\/v1\//, ''), query);
	if (refused) {
		return refused;
	}
	if (route === 'active-users') {
		const keys = Object.keys(query);
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

/** A JSON body, or undefined when it is not JSON. */
async function readBody(req: http.IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) {
		chunks.push(chunk as Buffer);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		return undefined;
	}
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
	const origin = now();
	const limit = options.rateLimit === undefined ? { calls: 10, windowMs: 60_000 } : options.rateLimit;
	const calls: IRecordedCall[] = [];
	const buckets = new Map<Route, IBucket>();
	const sockets = new Set<Socket>();
	const makeDirectory = () =>
		new Directory({
			seats: scenario.usage.activeUsers,
			guests: scenario.usage.guestUsers,
			idle: scenario.idleUsers,
			mobileEvery: scenario.mobileEvery,
			pending: scenario.pendingUsers,
			ownerId: options.userId,
			now: now(),
		});
	const initial = makeDirectory();
	let directory = makeDirectory();
	directory.applyChanges(options.userChanges);
	const permissionRoles = () => options.permissionRoles ?? DEFAULT_PERMISSION_ROLES;
	/** Where this workspace listens, as its license names it (Site_Url without the scheme): known once it listens. */
	let ownAddress: string | undefined;
	const timers = new Set<NodeJS.Timeout>();

	/** Meteor's RateLimiter: a fixed window opened by the first call; calls answered 429 still count. */
	function rateLimit(route: Route): { headers: Record<string, string>; blocked?: number } {
		if (!limit || bypassesRateLimit(scenario, options.permissionRoles)) {
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

	const posted: IPostedMessage[] = [];
	let settingChanges: Record<string, string> = {};
	/** Public settings as Rocket.Chat stores them: Site_Url, Language, and the air-gap countdown (an int, -1 with a license). */
	function publicSettings(): Record<string, unknown> {
		const values = { ...scenario.serverSettings, ...settingChanges };
		const airGap = values.Cloud_Workspace_AirGapped_Restrictions_Remaining_Days;
		return {
			Site_Url: `http://${ownAddress}`,
			Language: values.Language ?? 'en',
			Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: airGap === undefined ? -1 : Number(airGap),
		};
	}

	function decide(req: http.IncomingMessage, path: string, query: Record<string, string>, body?: unknown): IAnswer {
		if (scenario.fault === 'server-error') {
			return badGateway();
		}
		if (req.method === 'GET' && path === '/api/v1/settings.public') {
			return answerPublicSettings(query, publicSettings());
		}
		if (req.method === 'POST' && path === '/api/v1/chat.postMessage') {
			const authenticated = header(req, 'x-user-id') === options.userId && header(req, 'x-auth-token') === options.token;
			if (!authenticated || scenario.fault === 'unauthorized') {
				return unauthorized(majorOf(scenario));
			}
			const readOnly = publicSettings().Cloud_Workspace_AirGapped_Restrictions_Remaining_Days === 0;
			return answerPostMessage(body, options.rooms ?? ['admins'], readOnly, options.userId, posted);
		}
		const major = majorOf(scenario);
		const route = req.method === 'GET' ? ROUTES[path] : undefined;
		const userRoute = major >= 7 ? USER_ROUTES[`${req.method} ${path}`] : undefined;
		if (userRoute) {
			return answerUsers(req, userRoute, query, body);
		}
		if (!route || !routeExists(scenario, route)) {
			return notFound(major);
		}
		const authenticated = header(req, 'x-user-id') === options.userId && header(req, 'x-auth-token') === options.token;
		if (route === 'info') {
			return answerRoute(scenario, route, { now: now(), origin, query, authenticated });
		}
		if (!authenticated || scenario.fault === 'unauthorized') {
			return unauthorized(major);
		}
		const { headers, blocked } = rateLimit(route);
		if (blocked !== undefined) {
			return tooManyRequests(blocked, headers);
		}
		// Seat usage follows the directory, so a deactivation frees a seat; the dashboard's regulars stay as generated.
		const live =
			route === 'active-users' || scenario.usageAsStated
				? scenario
				: { ...scenario, usage: { ...scenario.usage, activeUsers: directory.seatCount() } };
		const answer =
			validateQuery(route, query) ??
			answerRoute(live, route, {
				now: now(),
				origin,
				query,
				authenticated,
				permissionRoles: options.permissionRoles,
				company: options.company,
				workspaceUrl: ownAddress,
			});
		return { ...answer, headers: { ...headers, ...answer.headers } };
	}

	function answerUsers(req: http.IncomingMessage, route: string, query: Record<string, string>, body: unknown): IAnswer {
		const major = majorOf(scenario);
		const authenticated = header(req, 'x-user-id') === options.userId && header(req, 'x-auth-token') === options.token;
		if (!authenticated || scenario.fault === 'unauthorized') {
			return unauthorized(major);
		}
		const ownerRoles = directory.get(options.userId)?.roles ?? [];
		const holds = (permission: string) => ownerRoles.some((role) => (permissionRoles()[permission] ?? []).includes(role));
		// Rocket.Chat skips the rate limiter for api-bypass-rate-limit (admin by default), which one-user-at-a-time writes need.
		const { headers, blocked } = holds('api-bypass-rate-limit') ? { headers: {}, blocked: undefined } : rateLimit(route as Route);
		if (blocked !== undefined) {
			return tooManyRequests(blocked, headers);
		}
		let answer: IAnswer;
		if (route === 'users.listByStatus') {
			answer = listByStatus(directory, query, ownerRoles);
		} else {
			const allowed = holds('edit-other-user-active-status');
			const seatCap = scenario.plan?.(now()).limits.activeUsers;
			answer = setActiveStatus(directory, body, { allowed, seatCap });
		}
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
		const body = req.method === 'POST' ? await readBody(req) : undefined;
		if (scenario.fault === 'timeout' || res.destroyed) {
			return;
		}
		const answer = decide(req, url.pathname, query, body);
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
	ownAddress = `127.0.0.1:${port}`;

	let closing: Promise<void> | undefined;
	return {
		url: `http://127.0.0.1:${port}`,
		calls,
		get directory() {
			return directory;
		},
		userChanges: () => directory.changes(initial),
		posted,
		setServerSettings(values: Record<string, string>): void {
			settingChanges = { ...settingChanges, ...values };
		},
		setScenario(name: string): void {
			scenario = getScenario(name);
			directory = makeDirectory();
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
