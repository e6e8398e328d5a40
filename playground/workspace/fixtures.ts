/**
 * Response bodies shaped like a real Rocket.Chat server's (see docs/rocketchat-api.md and
 * RocketChat/Rocket.Chat ee/packages/license/src/license.ts getInfo, apps/meteor/ee/server/api/licenses.ts).
 * Every date is computed from a `now` argument so a scenario reads the same whatever the day.
 */
import type {
	Cloud,
	ExternalModule,
	GrantedModules,
	ILicenseTag,
	ILicenseV2,
	ILicenseV3,
	IPermission,
	InternalModuleName,
	LicenseInfo,
	LicenseLimit,
	LicenseLimitKind,
	LicenseModule,
	LicensePeriod,
} from '@rocket.chat/core-typings';
import type { ResultFor } from '@rocket.chat/rest-typings';

export type ICloudSyncAnnouncement = Cloud.ICloudSyncAnnouncement;

/** Rocket.Chat's own types: a simulated body that drifts from them fails `npm run typecheck`. */
export type { ILicenseTag, ILicenseV2, ILicenseV3, LicenseBehavior } from '@rocket.chat/core-typings';

export type LimitKind = LicenseLimitKind;
export type GlobalLimitKind = Exclude<LimitKind, 'roomsPerGuest'>;
export const GLOBAL_LIMIT_KINDS: GlobalLimitKind[] = [
	'activeUsers',
	'guestUsers',
	'privateApps',
	'marketplaceApps',
	'monthlyActiveContacts',
];
const ALL_LIMIT_KINDS: LimitKind[] = [
	'activeUsers',
	'guestUsers',
	'roomsPerGuest',
	'privateApps',
	'marketplaceApps',
	'monthlyActiveContacts',
];

/** What a server without a (valid) license enforces before 7.0: validateDefaultLimits in the license package. */
export const COMMUNITY_LIMITS: Record<GlobalLimitKind, number> = {
	activeUsers: -1,
	guestUsers: -1,
	privateApps: 3,
	marketplaceApps: 5,
	monthlyActiveContacts: -1,
};

/** From 7.0 Community may enable no private app at all (docs/rocketchat-api.md §14). */
export const communityLimit = (kind: GlobalLimitKind, major: number): number =>
	kind === 'privateApps' && major >= 7 ? 0 : COMMUNITY_LIMITS[kind];

/** licenses.info as rest-typings declares it (8.8.1), `success` included as the server sends it. */
export type LicensesInfoBody = ResultFor<'GET', '/v1/licenses.info'> & { success: true };
/** Before 8.0 the info had neither `externalModules` nor `hasValidLicense`. */
export type LicensesInfoBodyBefore8 = {
	license: Omit<LicenseInfo, 'externalModules' | 'hasValidLicense'>;
	cloudSyncAnnouncement?: ICloudSyncAnnouncement;
	success: true;
};
export type MaxActiveUsersBody = ResultFor<'GET', '/v1/licenses.maxActiveUsers'> & { success: true };
/** licenses.get left rest-typings with 7.0: ≤6.4 a flat V2 array, 6.5–6.x `[{license, modules}]` (the 6.x server's own shape). */
export type LicensesGetBody = { licenses: ILicenseV2[] | { license: ILicenseV3; modules: LicenseModule[] }[]; success: true };
export type PermissionsListAllBody = {
	update: Array<Pick<IPermission, '_id' | 'roles'> & { _updatedAt: string }>;
	remove: [];
	success: true;
};

/** The facts a scenario states about a license; `limits` holds one `max` per kind, absent or -1 meaning no list (unlimited). */
export interface IPlanSpec {
	id: string;
	trial: boolean;
	autoRenew: boolean;
	createdDaysAgo: number;
	/** Enforced end (validUntil of the invalidate_license period), in days from now; fractions allowed. */
	expiresInDays: number;
	/** What Rocket.Chat's own page shows; defaults to the enforced end. */
	visualExpiresInDays?: number;
	/** An extra validPeriod whose end only turns these modules off: core module ids (`moduleId`). */
	disableModules?: { inDays: number; modules: string[] };
	tags: ILicenseTag[];
	/** Core module ids, or external ones (an app's module: any name with a dot, `grantedModule`). */
	modules: string[];
	limits: Partial<Record<LimitKind, number>>;
	company: string;
	/** validation.statisticsReport.allowedStaleInDays; absent: the license states none. */
	allowedStaleInDays?: number;
	/** The address the license is issued to (validation.serverUrls); default: the simulated workspace's own. */
	licensedUrl?: string;
}

export type Usage = Record<GlobalLimitKind, number>;

const DAY = 24 * 60 * 60 * 1000;
export const addDays = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY);
const iso = (now: Date, days: number): string => addDays(now, days).toISOString();

export const ENTERPRISE_MODULES: InternalModuleName[] = [
	'auditing',
	'canned-responses',
	'ldap-enterprise',
	'livechat-enterprise',
	'voip-enterprise',
	'omnichannel-mobile-enterprise',
	'engagement-dashboard',
	'push-privacy',
	'scalability',
	'teams-mention',
	'saml-enterprise',
	'oauth-enterprise',
	'device-management',
	'federation',
	'videoconference-enterprise',
	'message-read-receipt',
	'outlook-calendar',
	'hide-watermark',
	'custom-roles',
	'accessibility-certification',
];

const coreModule = (name: string): InternalModuleName | undefined => ENTERPRISE_MODULES.find((module) => module === name);

/** A scenario's module name as the typed module id of a license; a name Rocket.Chat does not know is a scenario bug. */
export function moduleId(name: string): InternalModuleName {
	const known = coreModule(name);
	if (!known) {
		throw new Error(`Unknown license module "${name}"`);
	}
	return known;
}

/**
 * A granted module as the license lists it: a core module, or an external one, which Rocket.Chat's type allows under
 * any name with a dot (`ExternalModuleName`); the hostile scenarios put their text there.
 */
export function grantedModule(name: string): GrantedModules[number] {
	const known = coreModule(name);
	if (known) {
		return { module: known };
	}
	const [before, ...after] = name.split('.');
	if (before && after.length) {
		return { module: `${before}.${after.join('.')}`, external: true };
	}
	throw new Error(`Unknown license module "${name}" (an external module's name has a dot)`);
}

/**
 * A license as the workspace at `workspaceUrl` holds it. Rocket.Chat names a workspace in serverUrls by its Site_Url
 * without the scheme and a trailing slash, and drops a license that names another (validateLicenseUrl.ts).
 */
export function buildLicenseV3(now: Date, plan: IPlanSpec, workspaceUrl = 'chat.example.com'): ILicenseV3 {
	const validUntil = iso(now, plan.expiresInDays);
	const validPeriods: LicensePeriod[] = [{ validFrom: iso(now, -plan.createdDaysAgo), validUntil, invalidBehavior: 'invalidate_license' }];
	if (plan.disableModules) {
		validPeriods.push({
			validUntil: iso(now, plan.disableModules.inDays),
			invalidBehavior: 'disable_modules',
			modules: plan.disableModules.modules.map(moduleId),
		});
	}
	const limits: ILicenseV3['limits'] = {};
	for (const kind of ALL_LIMIT_KINDS) {
		const max = plan.limits[kind];
		if (max !== undefined && max >= 0) {
			limits[kind] = [{ max, behavior: 'prevent_action' } satisfies LicenseLimit<'prevent_action'>];
		}
	}
	return {
		version: '3.0',
		information: {
			id: plan.id,
			autoRenew: plan.autoRenew,
			visualExpiration: iso(now, plan.visualExpiresInDays ?? plan.expiresInDays),
			notifyAdminsAt: iso(now, plan.expiresInDays - 15),
			notifyUsersAt: iso(now, plan.expiresInDays - 5),
			trial: plan.trial,
			offline: false,
			createdAt: iso(now, -plan.createdDaysAgo),
			grantedBy: { method: plan.trial ? 'self-service' : 'sales' },
			grantedTo: { name: 'Ada Admin', company: plan.company, email: 'it@example.com' },
			tags: plan.tags,
		},
		validation: {
			serverUrls: [{ value: plan.licensedUrl ?? workspaceUrl, type: 'url' }],
			validPeriods,
			statisticsReport: { required: true, ...(plan.allowedStaleInDays !== undefined && { allowedStaleInDays: plan.allowedStaleInDays }) },
		},
		grantedModules: plan.modules.map(grantedModule),
		limits,
		cloudMeta: { trial: plan.trial, trialEnd: validUntil },
	};
}

/** The `max` the server reports: the smallest of the license's list, -1 when there is none (getLicenseLimit). */
export function limitMax(license: ILicenseV3 | undefined, kind: LimitKind, major = 6): number {
	if (!license) {
		return kind === 'roomsPerGuest' ? -1 : communityLimit(kind, major);
	}
	const list = license.limits[kind];
	return list?.length ? Math.min(...list.map((limit) => limit.max)) : -1;
}

export interface ILicensesInfoOptions {
	license?: ILicenseV3;
	usage: Usage;
	/** The caller holds view-privileged-setting (admins do). */
	privileged: boolean;
	loadValues: boolean;
	/** 8.x adds externalModules and hasValidLicense. */
	major: number;
	now: Date;
	/** Sent beside `license` when the caller holds manage-cloud and Cloud's last sync left one (apps/meteor/ee/server/api/licenses.ts). */
	cloudSyncAnnouncement?: ICloudSyncAnnouncement;
}

export function buildLicensesInfo(o: ILicensesInfoOptions): LicensesInfoBody | LicensesInfoBodyBefore8 {
	const disabled = new Set<LicenseModule>(
		(o.license?.validation.validPeriods ?? []).flatMap((p) =>
			p.invalidBehavior === 'disable_modules' && p.validUntil && new Date(p.validUntil) <= o.now ? p.modules : [],
		),
	);
	const activeModules = (o.license?.grantedModules ?? []).map((g) => g.module).filter((m) => !disabled.has(m));
	const limits = Object.fromEntries(
		GLOBAL_LIMIT_KINDS.map((kind) => [kind, { ...(o.loadValues && { value: o.usage[kind] }), max: limitMax(o.license, kind, o.major) }]),
	) as LicenseInfo['limits'];
	const preventedActions = Object.fromEntries(
		ALL_LIMIT_KINDS.map((kind) => {
			const max = limitMax(o.license, kind, o.major);
			return [kind, kind !== 'roomsPerGuest' && max >= 0 && o.usage[kind] >= max];
		}),
	) as LicenseInfo['preventedActions'];
	const info = {
		license: o.privileged ? o.license : undefined,
		activeModules,
		preventedActions,
		// Escape hatch: without view-privileged-setting the server sends `limits: {}` (getInfo({ limits: false })), which its own
		// type (a Record over every kind) does not allow. The cast states that the real server breaks the type here.
		limits: o.privileged ? limits : ({} as LicenseInfo['limits']),
		tags: o.license?.information.tags ?? [],
		trial: Boolean(o.license?.information.trial),
	};
	// getExternalModules: the granted modules that are not core ones (ee/packages/license/src/modules.ts).
	const externalModules = (o.license?.grantedModules ?? []).filter((granted): granted is ExternalModule => !!granted.external);
	const announcement = o.cloudSyncAnnouncement && { cloudSyncAnnouncement: o.cloudSyncAnnouncement };
	return o.major >= 8
		? { license: { ...info, externalModules, hasValidLicense: Boolean(o.license) }, ...announcement, success: true }
		: { license: info, ...announcement, success: true };
}

export function buildLicenseV2(now: Date, plan: IPlanSpec): ILicenseV2 {
	return {
		url: 'chat.example.com',
		expiry: iso(now, plan.expiresInDays),
		maxActiveUsers: plan.limits.activeUsers ?? -1,
		maxGuestUsers: plan.limits.guestUsers ?? -1,
		maxRoomsPerGuest: plan.limits.roomsPerGuest ?? -1,
		modules: plan.modules,
		tag: plan.tags[0],
		meta: {
			trial: plan.trial,
			trialEnd: iso(now, plan.visualExpiresInDays ?? plan.expiresInDays),
			workspaceId: 'a1b2c3d4e5f6a7b8c9d0e1f2',
		},
	};
}

/** licenses.get: ≤6.4 a flat array of V2 licenses; 6.5–6.x `[{license, modules}]`. */
export function buildLicensesGet(now: Date, plan: IPlanSpec | undefined, shape: 'flat' | 'nested', workspaceUrl?: string): LicensesGetBody {
	if (!plan) {
		return { licenses: [], success: true };
	}
	return shape === 'flat'
		? { licenses: [buildLicenseV2(now, plan)], success: true }
		: { licenses: [{ license: buildLicenseV3(now, plan, workspaceUrl), modules: plan.modules.map(moduleId) }], success: true };
}

/** `asStrings` is the deliberately off-contract shape of the docs' example ("50", "25"): typed apart, so it cannot pass as the real one. */
export function buildMaxActiveUsers(max: number, active: number, asStrings?: false): MaxActiveUsersBody;
export function buildMaxActiveUsers(max: number, active: number, asStrings?: boolean): MaxActiveUsersBody | OffContract;
export function buildMaxActiveUsers(max: number, active: number, asStrings = false): MaxActiveUsersBody | OffContract {
	const maxActiveUsers = max > 0 ? max : null;
	if (asStrings) {
		return offContract({
			maxActiveUsers: maxActiveUsers === null ? null : String(maxActiveUsers),
			activeUsers: String(active),
			success: true,
		});
	}
	return { maxActiveUsers, activeUsers: active, success: true };
}

/**
 * The escape hatch for bodies that break Rocket.Chat's contract on purpose (malformed, string numbers): they carry this brand,
 * so a well-formed route cannot return one by mistake, and every use is a visible `offContract(...)` call.
 */
export type OffContract = { readonly offContract: unique symbol } & Record<string, unknown>;
export const offContract = (body: Record<string, unknown>): OffContract => body as OffContract;

/** /api/info: rest-typings' DefaultEndpoints['/info'] (without credentials only `version`, cut to major.minor). */
export function buildServerInfo(version: string, authenticated: boolean): ResultFor<'GET', '/info'> & { success: true } {
	return { version: authenticated ? version : version.split('.').slice(0, 2).join('.'), success: true };
}

const ID_CHARS = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';

/**
 * A stable 17-character Meteor-style user id for the n-th user of a workspace, unique for every n a scenario uses (the
 * arithmetic stays in 32-bit integers: the earlier floating-point version repeated ids beyond about 3,000 users).
 */
export function userId(n: number): string {
	let seed = Math.imul(n + 1, 0x9e3779b1) >>> 0;
	let id = '';
	for (let i = 0; i < 17; i++) {
		seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
		id += ID_CHARS[(seed >>> 8) % ID_CHARS.length];
	}
	return id;
}

/** A deterministic number in [0, 1) for a (day, user) pair, so activity is the same on every run. */
function noise(day: number, user: number): number {
	const x = Math.sin(day * 12.9898 + user * 78.233) * 43758.5453;
	return x - Math.floor(x);
}

export interface IActivityOptions {
	start: Date;
	end: Date;
	now: Date;
	/** Accounts holding a seat; about a tenth of them never sign in. */
	seats: number;
	/** Share of seat holders active on a weekday, 0..1. */
	weekdayShare: number;
}

/**
 * engagement-dashboard/users/active-users: one element per UTC day with activity, newest first. Sundays are quiet (missing, not zero),
 * today and later are absent because the daily aggregation runs at night. rest-typings 8.8.1 does not declare this enterprise
 * route: the shape follows the server source (ee engagement-dashboard).
 */
export function buildActiveUsers(o: IActivityOptions): Record<string, unknown> {
	const month: { day: number; month: number; year: number; usersList: string[]; users: number }[] = [];
	const today = Math.floor(o.now.getTime() / DAY);
	const first = Math.floor(o.start.getTime() / DAY);
	const last = Math.min(Math.floor(o.end.getTime() / DAY), today - 1);
	const regulars = Math.round(o.seats * 0.9);
	for (let day = last; day >= first; day--) {
		const date = new Date(day * DAY);
		const weekday = date.getUTCDay();
		if (weekday === 0) {
			continue;
		}
		const share = weekday === 6 ? o.weekdayShare / 8 : o.weekdayShare;
		const usersList: string[] = [];
		for (let user = 0; user < regulars; user++) {
			if (noise(day, user) < share) {
				usersList.push(userId(user));
			}
		}
		if (usersList.length) {
			month.push({
				day: date.getUTCDate(),
				month: date.getUTCMonth() + 1,
				year: date.getUTCFullYear(),
				usersList,
				users: usersList.length,
			});
		}
	}
	return { month, success: true };
}
