/** The one normalized view of a workspace's license that everything downstream reads. Plain data, no Apps-Engine. */
import type { ILicensedWorkspace } from './licenseOrigin';

export const LIMIT_KINDS = ['activeUsers', 'guestUsers', 'monthlyActiveContacts', 'privateApps', 'marketplaceApps'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** What the server does when a limit is reached (ILicenseV3 `behavior`). */
export type LimitBehavior =
	| 'prevent_action'
	| 'start_fair_policy'
	| 'invalidate_license'
	| 'allow_action'
	| 'prevent_installation'
	| 'disable_modules';

export interface ILimit {
	kind: LimitKind;
	/** Current usage; 'unknown' when the server did not say (old servers report seats only). */
	used: number | 'unknown';
	/** The cap; 'unlimited' for -1, null or a missing limit; 0 is a cap of zero (nothing allowed). */
	max: number | 'unlimited';
	behaviors: LimitBehavior[];
	/** The server already blocks the action (preventedActions). */
	prevented: boolean;
}

export interface ILicenseDetails {
	/** Plan name from the license tags, e.g. "Enterprise" or "Pro". */
	plan?: string;
	tags: Array<{ name: string; color?: string }>;
	trial: boolean;
	autoRenew?: boolean;
	/** The date Rocket.Chat's own Subscription page shows (ISO 8601). */
	visualExpiry?: string;
	/** The earliest validUntil whose behavior is invalidate_license: when the license really stops (ISO 8601). */
	enforcedExpiry?: string;
	grantedTo?: { name?: string; company?: string; email?: string };
	/** `disable_modules` periods: on `date` the server turns `modules` off (validation.validPeriods). */
	moduleCutoffs?: Array<{ date: string; modules: string[] }>;
	/** The workspace the license was issued to (validation.serverUrls): a clue to where the answer came from. */
	licensedTo?: ILicensedWorkspace;
}

export interface ISnapshot {
	/** Which API the data came from: licenses.get means a server older than 6.5. */
	source: 'licenses.info' | 'licenses.get';
	/** null: no license (Community), or a license that expired or turned invalid. */
	license: ILicenseDetails | null;
	modules: string[];
	/** One entry per kind, always in LIMIT_KINDS order. */
	limits: ILimit[];
	/** Rocket.Chat's air-gap countdown (a server setting, not an API answer), 0–10 days; absent when it does not apply. */
	airGapDays?: number;
	/**
	 * Add-ons: modules the license grants from outside Rocket.Chat (`externalModules`, 8.x), not in `modules`. They end
	 * with the license; no released Rocket.Chat gives them an end date of their own (docs/rocketchat-api.md §14).
	 */
	addOns?: string[];
	/** What Rocket.Chat Cloud announced at the last sync, as plain text (callers with manage-cloud only). */
	cloudAnnouncement?: string;
}

/** When the license really ends: the enforced end, or the shown date when the license names no enforced one. */
export function licenseEnd(license: ILicenseDetails | null | undefined): string | undefined {
	return license?.enforcedExpiry ?? license?.visualExpiry;
}

export function limitOf(snapshot: ISnapshot, kind: LimitKind): ILimit {
	return snapshot.limits.find((limit) => limit.kind === kind) as ILimit;
}

/** Usage as a fraction of the cap, or undefined when either side is unknown or unlimited, or the cap is zero. */
export function ratio(limit: ILimit): number | undefined {
	if (limit.max === 'unlimited' || limit.max === 0 || limit.used === 'unknown') {
		return undefined;
	}
	return limit.used / limit.max;
}

/**
 * Reached: the server blocks it already, or usage is at or over the cap (Rocket.Chat blocks at count >= max, so a cap of
 * zero is always reached).
 */
export function isReached(limit: ILimit): boolean {
	if (limit.prevented || limit.max === 0) {
		return true;
	}
	const share = ratio(limit);
	return share !== undefined && share >= 1;
}

/** Who the accounts of a workspace are, from the latest statistics snapshot (see docs/rocketchat-api.md §5 "What is a seat"). */
export interface IBreakdown {
	/** When the snapshot was taken. */
	at: string;
	/** Active local humans that are not guest-only: the seats (Users.getActiveLocalUserCount). */
	seats: number;
	/** Active users whose roles are exactly ['guest']: no seat. */
	guests: number;
	/** Accounts of type app (the apps' own users): no seat. */
	apps: number;
	/** Active accounts counted nowhere else: bots, federated and remote users. No seat. */
	otherActive: number;
	/** Deactivated accounts: no seat. */
	deactivated: number;
	total: number;
	/** Active human accounts that never signed in (users.listByStatus); undefined when the server cannot say. */
	neverLoggedIn?: number;
}
