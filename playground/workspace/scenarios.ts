/**
 * Named situations of a simulated workspace. A scenario states the server version, the license, the usage and the caller's
 * permissions (or a fault); `answerRoute` turns that into the answer of each route once the server has checked the
 * credentials, the rate limit and the query (see server.ts).
 */
import type { ILicenseV3 } from '@rocket.chat/core-typings';

import type { IAnswer } from './errors';
import { enterpriseOnly, forbidden, json, licensesGetForbidden, spaPage } from './errors';
import type { ICloudSyncAnnouncement, IPlanSpec, PermissionsListAllBody, Usage } from './fixtures';
import {
	ENTERPRISE_MODULES,
	buildActiveUsers,
	buildLicenseV3,
	buildLicensesGet,
	buildLicensesInfo,
	buildMaxActiveUsers,
	buildServerInfo,
	limitMax,
	offContract,
} from './fixtures';
import { hostileScenarios } from './hostile';
import type { HistoryShape } from './statistics';
import { answerStatistics } from './statisticsRoutes';

export type Route =
	| 'licenses.info'
	| 'licenses.get'
	| 'licenses.maxActiveUsers'
	| 'active-users'
	| 'statistics'
	| 'info'
	| 'permissions'
	| 'statistics.list';
export type Fault = 'unauthorized' | 'rate-limited' | 'server-error' | 'timeout' | 'malformed';

export interface IScenario {
	description: string;
	version: string;
	plan?: (now: Date) => IPlanSpec;
	usage: Usage;
	/** Share of seat holders active on a weekday (engagement dashboard, statistics). */
	weekdayShare: number;
	/** The token's user holds view-privileged-setting, view-engagement-dashboard and view-statistics. */
	privileged: boolean;
	/** licenses.info is answered (default: version 6.5 and later). */
	licensesInfo?: boolean;
	numbersAsStrings?: boolean;
	fault?: Fault;
	/** Idle members in the user directory (users.ts); default: every member the dashboard never sees. */
	idleUsers?: number;
	/** Every Nth active member has an old last login but is on the dashboard; 0: none (default 25). */
	mobileEvery?: number;
	/** Idle members who never logged in; default: half the idle ones. */
	pendingUsers?: number;
	/** How seats moved over the past year (statistics.list); default: flat, 30 snapshots. */
	history?: HistoryShape;
	/** false: the token's user holds view-privileged-setting but not view-statistics. */
	statistics?: false;
	/** Seats used are reported as `usage` says, not counted from the user directory: for impossible counts (hostile.ts). */
	usageAsStated?: true;
	/** Replaces a route's answer (after credentials and the rate limiter), for the hostile scenarios (hostile.ts). */
	answer?: (route: Route) => IAnswer | undefined;
	/** Roles per permission that differ from Rocket.Chat's defaults (DEFAULT_PERMISSION_ROLES); a session's own override wins. */
	permissionRoles?: Record<string, string[]>;
	/** Rocket.Chat server settings of the in-memory world (the engine's side), e.g. the air-gap countdown. */
	serverSettings?: Record<string, string>;
	/** What Rocket.Chat Cloud left at the last sync: licenses.info sends it to callers holding manage-cloud. */
	cloudSyncAnnouncement?: ICloudSyncAnnouncement;
}

/** A Cloud announcement as the Subscription page receives it (ICloudSyncAnnouncement: UIKit blocks). */
const STALE_SYNC_ANNOUNCEMENT: ICloudSyncAnnouncement = {
	viewId: 'subscription-announcement',
	appId: 'cloud-announcements-core',
	blocks: [
		{
			type: 'callout',
			title: { type: 'plain_text', text: 'Workspace not synced' },
			text: {
				type: 'plain_text',
				text: 'This workspace has not synced with Rocket.Chat Cloud for 9 days. Sync it from Administration → Subscription.',
			},
		},
	],
};

const enterprise =
	(over: Partial<IPlanSpec> = {}) =>
	(): IPlanSpec => ({
		id: '6603f1e2a9c4b70012ab34cd',
		trial: false,
		autoRenew: true,
		createdDaysAgo: 165,
		expiresInDays: 200,
		tags: [{ name: 'Enterprise', color: '#F3BE08' }],
		modules: ENTERPRISE_MODULES,
		limits: { activeUsers: 200, guestUsers: 100, roomsPerGuest: 10, monthlyActiveContacts: 1000 },
		company: 'Example Corp',
		...over,
	});

/** Hours left in the current UTC day, as days, never less than one minute. */
const restOfToday = (now: Date): number => {
	const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59);
	return Math.max(60_000, end - now.getTime()) / 86_400_000;
};

/** `privateApps` counts the enabled private apps, LicenseApp itself among them: at least 1 where the app runs. */
const usage = (
	activeUsers: number,
	guestUsers: number,
	privateApps: number,
	marketplaceApps: number,
	monthlyActiveContacts: number,
): Usage => ({ activeUsers, guestUsers, privateApps, marketplaceApps, monthlyActiveContacts });

const HEALTHY_USAGE = usage(120, 12, 2, 7, 340);
const base = { version: '7.10.2', plan: enterprise(), usage: HEALTHY_USAGE, weekdayShare: 0.65, privileged: true };

const SCENARIOS: Record<string, IScenario> = {
	'healthy': {
		...base,
		version: '8.2.0',
		plan: enterprise({ disableModules: { inDays: 45, modules: ['outlook-calendar'] } }),
		description:
			'Enterprise 8.2, 120/200 seats, expires in 200 days, auto-renew; a disable_modules period ends in 45 days (not an expiry).',
	},
	'near-cap': {
		...base,
		plan: enterprise({
			expiresInDays: 200,
			visualExpiresInDays: 90,
			limits: { activeUsers: 200, guestUsers: 50, roomsPerGuest: 10, monthlyActiveContacts: 1000 },
		}),
		usage: usage(185, 46, 1, 3, 610),
		weekdayShare: 0.7,
		description: 'Enterprise 7.10, seats 185/200 (92.5 %), guests 46/50 (92 %); shown expiry in 90 days, enforced end in 200.',
	},
	'trial-ending': {
		...base,
		version: '8.2.0',
		plan: enterprise({
			trial: true,
			autoRenew: false,
			createdDaysAgo: 25,
			expiresInDays: 5,
			tags: [{ name: 'Enterprise Trial', color: '#F38C39' }],
			limits: { activeUsers: 100, guestUsers: 20, monthlyActiveContacts: 500 },
		}),
		usage: usage(38, 2, 1, 1, 15),
		weekdayShare: 0.5,
		description: 'Enterprise trial (trial: true, tag "Enterprise Trial"), 38/100 seats, ends in 5 days, no auto-renew.',
	},
	'expires-today': {
		...base,
		version: '8.2.0',
		plan: (now) => enterprise({ autoRenew: false, expiresInDays: restOfToday(now) })(),
		description: 'Enterprise 8.2, 120/200 seats, no auto-renew; the enforced validUntil is later today (23:59:59 UTC).',
	},
	'ends-in-35': {
		...base,
		version: '8.2.0',
		plan: enterprise({ autoRenew: false, expiresInDays: 35 }),
		description: 'Enterprise 8.2, 120/200 seats, no auto-renew, ends 35 days after the day it starts; past its end it looks like lapsed.',
	},
	'over-cap': {
		...base,
		version: '7.6.1',
		usage: usage(205, 20, 2, 7, 400),
		weekdayShare: 0.72,
		description: 'Enterprise 7.6, seats 205/200: preventedActions.activeUsers is true, creating or activating users fails.',
	},
	'unlimited': {
		...base,
		version: '8.2.0',
		plan: enterprise({ expiresInDays: 365, limits: {} }),
		usage: usage(640, 85, 4, 12, 2300),
		description: 'Enterprise 8.2 with no limit lists: every max is -1, maxActiveUsers null; 640 users; expires in 365 days.',
	},
	'no-license': {
		...base,
		plan: undefined,
		usage: usage(42, 3, 1, 4, 12),
		weekdayShare: 0.5,
		description:
			'Community 7.10: no license.license, tags [], community limits (private apps 0 from 7.0, marketplace 5, the rest -1); maxActiveUsers null; 42 users.',
	},
	'lapsed': {
		...base,
		version: '8.2.0',
		plan: undefined,
		description:
			'Same workspace as healthy after its license expired: looks exactly like no-license (120 users; 2/0 private and 7/5 marketplace apps, prevented).',
	},
	'other-workspace': {
		...base,
		version: '8.2.0',
		plan: enterprise({ licensedUrl: 'chat.other-company.example', company: 'Other Company' }),
		usage: usage(185, 12, 2, 7, 340),
		description:
			'Enterprise 8.2 whose license names another workspace (chat.other-company.example), seats 185/200: what a server URL or a redirect leading to another server reads.',
	},
	'old-6.4': {
		...base,
		version: '6.4.9',
		usage: usage(150, 12, 2, 4, 200),
		description: 'Rocket.Chat 6.4: licenses.info is an unknown route (404); licenses.get answers a flat V2 array; 150/200 seats, 200 days.',
	},
	'old-6.x-nested': {
		...base,
		version: '6.6.3',
		licensesInfo: false,
		usage: usage(150, 12, 2, 4, 200),
		description: '6.6 with licenses.info unavailable (404, e.g. blocked upstream): licenses.get answers nested [{license (V3), modules}].',
	},
	'string-numbers': {
		...base,
		version: '7.4.0',
		numbersAsStrings: true,
		plan: enterprise({ limits: { activeUsers: 50, guestUsers: 10 } }),
		usage: usage(25, 1, 1, 2, 8),
		weekdayShare: 0.6,
		description: 'Enterprise 7.4, 25/50 seats, licenses.maxActiveUsers answers numbers as strings ("50", "25") like the docs example.',
	},
	'idle-20k': {
		...base,
		version: '8.2.0',
		plan: enterprise({ limits: { activeUsers: 25_000, guestUsers: 1000 } }),
		usage: usage(20_000, 0, 2, 7, 3000),
		idleUsers: 2000,
		mobileEvery: 0,
		description:
			'Enterprise 8.2, 20,000 seats of 25,000, 2,000 members with no login in 30+ days (half never logged in): the idle-seat benchmark.',
	},
	'idle-100k': {
		...base,
		version: '8.2.0',
		plan: enterprise({
			limits: { activeUsers: 120_000, guestUsers: 1000 },
			modules: ENTERPRISE_MODULES.filter((module) => module !== 'engagement-dashboard'),
		}),
		usage: usage(100_000, 0, 2, 7, 3000),
		idleUsers: 10_000,
		pendingUsers: 500,
		mobileEvery: 0,
		description:
			'Enterprise 8.2 without the engagement dashboard, 100,000 seats of 120,000: 10,000 members idle 30+ days, 500 never logged in; the large idle-seat benchmark.',
	},
	// Seat history (statistics.list): a year of daily snapshots in each shape, see statistics.ts.
	'seats-growth': {
		...base,
		usage: usage(185, 20, 1, 3, 610),
		history: 'growth',
		description: 'Enterprise 7.10, 185/200 seats after a year of steady growth (+0.6 a day): the cap is about 25 days away.',
	},
	'seats-flat': { ...base, usage: usage(150, 12, 2, 7, 340), history: 'flat', description: 'A year of 150/200 seats, give or take one.' },
	'contacts-surge': {
		...base,
		usage: usage(150, 12, 2, 7, 900),
		history: 'flat',
		description:
			'Omnichannel at full stretch: 900 of 1,000 monthly active contacts whatever the day, and statistics of about 1,080 contacts a month.',
	},
	'seats-falling': {
		...base,
		usage: usage(150, 12, 2, 7, 340),
		history: 'falling',
		description: 'Seats fell from 260 to 150 over a year (-0.3 a day); the cap is 200.',
	},
	'seats-spike': {
		...base,
		usage: usage(150, 12, 2, 7, 340),
		history: 'spike',
		description: 'A flat 150/200 year with a three-day spike to 195 ten days ago: the peak, not a trend.',
	},
	'seats-seasonal': {
		...base,
		usage: usage(150, 12, 2, 7, 340),
		history: 'seasonal',
		description: 'Seats swing ±15 around 150 over the year (a semester pattern), no trend; the cap is 200.',
	},
	'fresh-install': {
		...base,
		version: '8.2.0',
		usage: usage(40, 2, 1, 1, 15),
		history: 'fresh',
		description: 'Installed 5 days ago: five statistics snapshots, 40/200 seats.',
	},
	'no-statistics': {
		...base,
		version: '8.2.0',
		statistics: false,
		description: 'Healthy 8.2, but the token’s user lacks view-statistics: statistics and statistics.list answer 400 error-not-allowed.',
	},
	// Editions and readiness: docs/rocketchat-api.md §14.
	'community': {
		...base,
		version: '8.2.0',
		plan: undefined,
		usage: usage(42, 3, 1, 4, 12),
		serverSettings: { Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: '5' },
		description:
			'Community 8.2, no license: private apps capped at 0 (LicenseApp, installed before 7, is the 1), 4/5 marketplace apps; air-gap countdown at 5 days.',
	},
	'addons': {
		...base,
		version: '8.6.1',
		plan: enterprise({ modules: [...ENTERPRISE_MODULES, 'com.example.translation', 'com.example.recordings'] }),
		description:
			'Enterprise 8.6 with two add-ons (externalModules com.example.translation and com.example.recordings), ending with the license in 200 days; deactivating revokes OAuth tokens.',
	},
	'sync-stale': {
		...base,
		version: '8.2.0',
		plan: enterprise({ allowedStaleInDays: 7 }),
		cloudSyncAnnouncement: STALE_SYNC_ANNOUNCEMENT,
		description:
			'Enterprise 8.2 whose license asks for statistics every 7 days (not enforced by the server); Cloud left a "not synced for 9 days" announcement.',
	},
	'token-limited': {
		...base,
		version: '8.2.0',
		statistics: false,
		permissionRoles: {
			'view-statistics': [],
			'view-engagement-dashboard': [],
			'edit-other-user-active-status': [],
			'manage-cloud': [],
		},
		description:
			'Healthy 8.2, but the token’s user holds view-privileged-setting only: no statistics, engagement dashboard, deactivation or manage-cloud.',
	},
	'unauthorized': {
		...base,
		fault: 'unauthorized',
		description: 'Token revoked: every authenticated route answers 401 (/api/info still 200).',
	},
	'forbidden': {
		...base,
		version: '6.6.3',
		privileged: false,
		description: 'Token of a non-admin on 6.6: licenses.info 200 without license and with limits {}; licenses.get 403; dashboard 403.',
	},
	'forbidden-8x': {
		...base,
		version: '8.2.0',
		privileged: false,
		description:
			'Token of a non-admin on 8.2: licenses.info 200 without license, limits {}; licenses.get 404; dashboard 403; statistics 400.',
	},
	'rate-limited': {
		...base,
		fault: 'rate-limited',
		description: 'Every authenticated route answers 429 "... You must wait N seconds ..." (/api/info is not limited).',
	},
	'server-error': { ...base, fault: 'server-error', description: "The reverse proxy answers 502 with nginx's HTML page on every route." },
	'timeout': { ...base, fault: 'timeout', description: 'Every request is accepted and never answered; close() still ends at once.' },
	'malformed': {
		...base,
		fault: 'malformed',
		description:
			'200s with wrong bodies: licenses.info with strings for numbers and a string license; HTML for maxActiveUsers and /api/info.',
	},
	...hostileScenarios(base, enterprise),
};

export const scenarioNames = (): string[] => Object.keys(SCENARIOS);

export function getScenario(name: string): IScenario {
	const scenario = SCENARIOS[name];
	if (!scenario) {
		throw new Error(`Unknown scenario "${name}"; known: ${scenarioNames().join(', ')}`);
	}
	return scenario;
}

export const describeScenario = (name: string): string => getScenario(name).description;

export const majorOf = (scenario: IScenario): number => Number(scenario.version.split('.')[0]);
const minorOf = (scenario: IScenario): number => Number(scenario.version.split('.')[1]);

export function routeExists(scenario: IScenario, route: Route): boolean {
	const major = majorOf(scenario);
	switch (route) {
		case 'licenses.info':
			return scenario.licensesInfo ?? (major > 6 || (major === 6 && minorOf(scenario) >= 5));
		case 'licenses.get':
			return major < 7;
		default:
			return true;
	}
}

export interface IRouteContext {
	now: Date;
	/** When the workspace started: a license's dates are fixed from that day on, however far the clock moves. */
	origin?: Date;
	query: Record<string, string>;
	authenticated: boolean;
	/** permissions.listAll: which roles hold each permission (any logged-in user may read it). */
	permissionRoles?: Record<string, string[]>;
	/** Overrides the license's `grantedTo.company`, e.g. a hostile name for escaping tests. */
	company?: string;
	/** The simulated workspace's own address as a license names it (host and port, no scheme). */
	workspaceUrl?: string;
}

/**
 * Rocket.Chat's default roles for the permissions that matter here (app/authorization/server/constant/permissions.ts).
 * The `app` role (the app's own user) holds neither mention permission: its `@here` and `@all` are refused.
 */
export const DEFAULT_PERMISSION_ROLES: Record<string, string[]> = {
	'view-privileged-setting': ['admin'],
	'view-statistics': ['admin'],
	'view-engagement-dashboard': ['admin'],
	'api-bypass-rate-limit': ['admin', 'bot', 'app'],
	// Rocket.Chat's defaults: the app role holds neither (app/authorization/server/constant/permissions.ts).
	'mention-here': ['admin', 'owner', 'moderator', 'user', 'federated-external'],
	'mention-all': ['admin', 'owner', 'moderator', 'user', 'federated-external'],
	'edit-other-user-active-status': ['admin'],
	'view-d-room': ['admin', 'user', 'federated-external', 'bot', 'app', 'guest'],
	'manage-cloud': ['admin'],
};

/** The license's enforced end (its invalidate_license period) has passed. */
function hasEnded(license: ILicenseV3, now: Date): boolean {
	return license.validation.validPeriods.some(
		(period) => period.invalidBehavior === 'invalidate_license' && !!period.validUntil && new Date(period.validUntil) <= now,
	);
}

/** Off-contract on purpose: every body here goes through the `offContract` escape hatch (fixtures.ts). */
function malformed(route: Route): IAnswer {
	switch (route) {
		case 'licenses.info':
			return json(
				200,
				offContract({
					license: {
						license: 'RCV3_ZXhhbXBsZQ==',
						activeModules: 'auditing,livechat-enterprise',
						preventedActions: null,
						limits: { activeUsers: { max: '200', value: 'n/a' }, guestUsers: '50' },
						tags: { name: 'Enterprise' },
						trial: 'false',
					},
					success: true,
				}),
			);
		case 'active-users':
			return json(200, offContract({ month: { day: 'yesterday', users: '12' }, success: true }));
		default:
			return spaPage();
	}
}

/** The answer of a route that exists, for a caller that passed authentication, the rate limiter and query validation. */
export function answerRoute(scenario: IScenario, route: Route, ctx: IRouteContext): IAnswer {
	const replaced = scenario.answer?.(route);
	if (replaced) {
		return replaced;
	}
	if (scenario.fault === 'malformed') {
		return malformed(route);
	}
	const major = majorOf(scenario);
	// A real license has fixed dates: anchor them to the start of the day the workspace started, so every call reads the
	// same license and a clock moved forward (--wait) counts down to its end.
	const start = ctx.origin ?? ctx.now;
	const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
	const spec = scenario.plan?.(day);
	const named = spec && ctx.company !== undefined ? { ...spec, company: ctx.company } : spec;
	// Past its enforced end a license is invalid, and the server answers as if it had none (see the lapsed scenario).
	const issued = named && buildLicenseV3(day, named, ctx.workspaceUrl);
	const ended = issued !== undefined && hasEnded(issued, ctx.now);
	const plan = ended ? undefined : named;
	const license = ended ? undefined : issued;
	switch (route) {
		case 'info':
			return json(200, buildServerInfo(scenario.version, ctx.authenticated));
		case 'licenses.info':
			return json(
				200,
				buildLicensesInfo({
					license,
					usage: scenario.usage,
					privileged: scenario.privileged,
					loadValues: ctx.query.loadValues === 'true',
					major,
					now: ctx.now,
					// The token's user is the simulated admin: it sees the announcement when the admin role holds manage-cloud.
					cloudSyncAnnouncement: (ctx.permissionRoles?.['manage-cloud'] ?? ['admin']).includes('admin')
						? scenario.cloudSyncAnnouncement
						: undefined,
				}),
			);
		case 'licenses.get':
			if (!scenario.privileged) {
				return licensesGetForbidden();
			}
			return json(200, buildLicensesGet(day, plan, major === 6 && minorOf(scenario) >= 5 ? 'nested' : 'flat', ctx.workspaceUrl));
		case 'licenses.maxActiveUsers':
			return json(200, buildMaxActiveUsers(limitMax(license, 'activeUsers'), scenario.usage.activeUsers, scenario.numbersAsStrings));
		case 'active-users':
			if (!scenario.privileged) {
				return forbidden(major);
			}
			if (!plan?.modules.includes('engagement-dashboard')) {
				return enterpriseOnly();
			}
			return json(
				200,
				buildActiveUsers({
					start: new Date(ctx.query.start),
					end: new Date(ctx.query.end),
					now: ctx.now,
					seats: scenario.usage.activeUsers,
					weekdayShare: scenario.weekdayShare,
				}),
			);
		case 'permissions': {
			const roles = ctx.permissionRoles ?? DEFAULT_PERMISSION_ROLES;
			const update = Object.entries(roles).map(([_id, holders]) => ({ _id, roles: holders, _updatedAt: ctx.now.toISOString() }));
			return json(200, { update, remove: [], success: true } satisfies PermissionsListAllBody);
		}
		case 'statistics':
		case 'statistics.list':
			return answerStatistics(scenario, route, ctx);
	}
}
