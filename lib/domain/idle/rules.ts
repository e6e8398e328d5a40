/**
 * The idle rule and who may never be listed or deactivated. Pure functions over users as users.listByStatus returns
 * them (docs/rocketchat-api.md §5 for what holds a seat, §6 for the list).
 */
import { DAY_MS } from '../dates';
import type { CrossCheck, IIdleEntry, IIdleList, IIdleRules, IWorkspaceUser } from './types';

/** Users.getActiveLocalUserCount(): active, not a bot or app user, not guest-only, not federated. */
export function holdsSeat(user: IWorkspaceUser): boolean {
	const guestOnly = user.roles.length > 0 && user.roles.every((role) => role === 'guest');
	return user.active && user.type !== 'bot' && user.type !== 'app' && !guestOnly && !user.federated;
}

/** The moment before which a last login counts as idle. */
export function cutoffOf(days: number, now: Date): number {
	return now.getTime() - days * DAY_MS;
}

/** No login at all, or the last one before the cutoff. */
export function loggedInBefore(user: Pick<IWorkspaceUser, 'lastLogin'>, cutoff: number): boolean {
	if (!user.lastLogin) {
		return true;
	}
	const at = Date.parse(user.lastLogin);
	return Number.isNaN(at) || at < cutoff;
}

/** Left out by the excluded-roles or excluded-users settings (usernames compared without "@" and case). */
export function isExcluded(
	user: Pick<IWorkspaceUser, 'roles' | 'username'>,
	rules: Pick<IIdleRules, 'excludedRoles' | 'excludedUsers'>,
): boolean {
	const username = user.username.toLowerCase();
	return (
		user.roles.some((role) => rules.excludedRoles.includes(role)) ||
		rules.excludedUsers.some((excluded) => excluded.replace(/^@/, '').toLowerCase() === username)
	);
}

const byOldestLogin = (a: IIdleEntry, b: IIdleEntry): number => {
	if (!a.lastLogin || !b.lastLogin) {
		return (a.lastLogin ? 1 : 0) - (b.lastLogin ? 1 : 0) || a.username.localeCompare(b.username);
	}
	return Date.parse(a.lastLogin) - Date.parse(b.lastLogin) || a.username.localeCompare(b.username);
};

/**
 * Who is idle among `users`: seat holders with no login since the cutoff, minus anyone the dashboard saw in the period,
 * minus the owner and the caller (never counted), minus the excluded ones (counted in leftOutBySettings).
 */
export function selectIdle(users: Iterable<IWorkspaceUser>, rules: IIdleRules, crossCheck: CrossCheck, now: Date): IIdleList {
	const cutoff = cutoffOf(rules.days, now);
	const idle: IIdleEntry[] = [];
	const seen = new Set<string>();
	const excludedIds: string[] = [];
	let activeOnDashboard = 0;
	for (const user of users) {
		if (seen.has(user.id) || !holdsSeat(user) || !loggedInBefore(user, cutoff)) {
			continue;
		}
		seen.add(user.id);
		if (user.id === rules.ownerId || user.id === rules.callerId) {
			continue;
		}
		if (crossCheck.kind === 'dashboard' && crossCheck.activeIds.has(user.id)) {
			activeOnDashboard++;
			continue;
		}
		if (isExcluded(user, rules)) {
			excludedIds.push(user.id);
			continue;
		}
		idle.push({ id: user.id, username: user.username, name: user.name, lastLogin: user.lastLogin, admin: user.roles.includes('admin') });
	}
	idle.sort(byOldestLogin);
	return {
		days: rules.days,
		idle,
		leftOutBySettings: excludedIds.length,
		excludedIds,
		activeOnDashboard,
		crossCheck: crossCheck.kind,
		...(crossCheck.kind === 'unavailable' && { unavailableReason: crossCheck.reason }),
	};
}

/** Why a user may not be deactivated by this click, or undefined when it may go ahead. */
export type Refusal = 'self' | 'owner' | 'excluded' | 'last-admin' | 'not-idle';

export interface IGuardContext {
	clickerId: string;
	ownerId: string;
	/** The current idle list: a value naming anyone else was not offered (a stale or crafted button). */
	listed: ReadonlyMap<string, IIdleEntry>;
	/** Users the settings exclude, by id, among those known (excluded users are never listed, so this names the reason). */
	excludedIds: ReadonlySet<string>;
	/** Active admins in the workspace. */
	activeAdmins: number;
}

export function refusalFor(userId: string, ctx: IGuardContext): Refusal | undefined {
	if (userId === ctx.clickerId) {
		return 'self';
	}
	if (userId === ctx.ownerId) {
		return 'owner';
	}
	if (ctx.excludedIds.has(userId)) {
		return 'excluded';
	}
	const entry = ctx.listed.get(userId);
	if (!entry) {
		return 'not-idle';
	}
	if (entry.admin && ctx.activeAdmins <= 1) {
		return 'last-admin';
	}
	return undefined;
}
