/**
 * /seats idle: who holds a seat without using it. Reads users.listByStatus (idle logins and pending users in
 * parallel, with the engagement dashboard for the cross-check), applies the idle rule and renders one page of the list.
 */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { holdsPermission, rolesHolding } from './access';
import type { AppState } from './appState';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import type { Deadline } from '../api/deadline';
import { crossCheckFrom, readByOldestLogin, readDashboard, readPending } from '../api/idleUsers';
import { loadSnapshot } from '../api/loadSnapshot';
import { DAY_MS } from '../domain/dates';
import { cutoffOf, holdsSeat, loggedInBefore, selectIdle } from '../domain/idle/rules';
import type { IIdleList } from '../domain/idle/types';
import type { IAppConfig } from '../domain/settings';
import { limitOf } from '../domain/snapshot/types';
import type { ISnapshot } from '../domain/snapshot/types';
import type { IAccessors } from '../engine/accessors';
import { renderDailyIdleNote, renderIdleList, renderNote } from '../render/idleView';
import { inert } from '../render/inert';
import type { IRendered } from '../render/message';
import type { IView } from '../render/view';

/** The permission a user needs to deactivate others (users.setActiveStatus); the token's owner needs it too. */
export const IDLE_PERMISSION = 'edit-other-user-active-status';

export interface IIdleRead {
	list: IIdleList;
	/** users.listByStatus pages read. */
	pages: number;
}

/** The dashboard counts whole UTC days; whole days and minutes also keep its query, and so the cached answer, stable. */
const dayStart = (time: number): Date => new Date(time - (time % DAY_MS));
const minuteStart = (date: Date): Date => new Date(date.getTime() - (date.getTime() % 60_000));

/** The idle list for `days`, as seen by `callerId` (who is never listed, nor is the token's owner). */
export async function readIdleList(
	client: WorkspaceClient,
	config: IAppConfig,
	days: number,
	callerId: string,
	now: Date,
	/** Answers older than this are not reused (set after this instance changed a user). */
	maxAgeMs?: number,
): Promise<IIdleRead> {
	const cutoff = cutoffOf(days, now);
	const [byLogin, pending, dashboard] = await Promise.all([
		readByOldestLogin(client, cutoff, maxAgeMs),
		readPending(client, maxAgeMs),
		readDashboard(client, dayStart(cutoff), minuteStart(now)),
	]);
	const candidates = new Set(byLogin.users.filter((user) => holdsSeat(user) && loggedInBefore(user, cutoff)).map((user) => user.id));
	const rules = {
		days,
		excludedRoles: config.idleExcludedRoles,
		excludedUsers: config.idleExcludedUsers,
		ownerId: config.userId,
		callerId,
	};
	const list = selectIdle([...pending.users, ...byLogin.users], rules, crossCheckFrom(dashboard, candidates), now);
	return { list, pages: byLogin.pages + pending.pages };
}

/**
 * Whether `roles` may deactivate users: a role holding the permission, and not a guest on a licensed workspace (the
 * guest whitelist leaves the permission out, docs/rocketchat-api.md §2).
 */
export async function mayDeactivate(client: WorkspaceClient, roles: readonly string[] | undefined, snapshot: ISnapshot): Promise<boolean> {
	if (snapshot.license && (roles ?? []).includes('guest')) {
		return false;
	}
	return holdsPermission(roles, await rolesHolding(client, IDLE_PERMISSION));
}

/** The token owner's roles, from the workspace the app runs in. */
export async function ownerRoles(accessors: IAccessors, config: IAppConfig): Promise<string[] | undefined> {
	const owner: IUser | undefined = await accessors.read
		.getUserReader()
		.getById(config.userId)
		.catch(() => undefined);
	return owner?.roles;
}

/** How old a cached user list or seat count may be: none from before this instance's last change of a user. */
export function freshness(state: AppState): number | undefined {
	return state.usersChangedAt ? Math.max(0, Date.now() - state.usersChangedAt) : undefined;
}

export function parseDays(argument: string | undefined, fallback: number): number | undefined {
	if (argument === undefined || argument === '') {
		return fallback;
	}
	const days = Number(argument);
	return /^\d{1,4}$/.test(argument) && days >= 1 && days <= 3650 ? days : undefined;
}

export interface IIdleReplyInput {
	accessors: IAccessors;
	state: AppState;
	config: IAppConfig;
	client: WorkspaceClient;
	view: IView;
	caller: IUser;
	appId: string;
	days: number;
	offset: number;
}

/** One message of the list, with Deactivate buttons only when the token's owner may use them. */
export async function idleListReply(input: IIdleReplyInput): Promise<IRendered> {
	const { accessors, state, config, client, view, caller, appId, days, offset } = input;
	const fresh = freshness(state);
	const [snapshot, read, roles] = await Promise.all([
		loadSnapshot(client, fresh),
		readIdleList(client, config, days, caller.id, view.now, fresh),
		ownerRoles(accessors, config),
	]);
	const seats = limitOf(snapshot, 'activeUsers').used;
	const canDeactivate = await mayDeactivate(client, roles, snapshot);
	return renderIdleList(view, read.list, {
		offset,
		seats: seats === 'unknown' ? undefined : seats,
		canDeactivate,
		buttons: { appId },
	});
}

export function badDays(view: IView, value: string): IRendered {
	return renderNote(view.texts.t('idle_bad_days', { value: inert(value, 20) }));
}

/**
 * The daily seat notice's line "N seats are held by users idle for 30+ days" with its Review button, or undefined when
 * none is idle or the list cannot be read (the notice goes out without it; the cause is logged).
 */
export async function dailyIdleNote(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	view: IView,
	deadline: Deadline,
): Promise<IRendered | undefined> {
	const days = config.idleDays;
	const result = await readWorkspace(accessors, state, config, deadline, (client) =>
		readIdleList(client, config, days, '', view.now, freshness(state)),
	);
	if (!result.ok) {
		accessors.logger.warn(`Idle seats could not be counted for the seat notice: ${result.error.message}`);
		return undefined;
	}
	const idle = result.value.list.idle.length;
	return idle > 0 ? renderDailyIdleNote(view, idle, days, { appId: state.appId }) : undefined;
}
