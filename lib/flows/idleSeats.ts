/**
 * /seats idle: who holds a seat without using it. Reads the list (lib/flows/idleRead.ts), checks who may deactivate,
 * and renders one message of the list.
 */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { AppState } from './appState';
import { readIdleList } from './idleRead';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import { loadSnapshot } from '../api/loadSnapshot';
import { rolesHolding } from '../api/permissions';
import { holdsPermission } from '../domain/access';
import type { IAppConfig } from '../domain/settings';
import { limitOf } from '../domain/snapshot';
import type { ISnapshot } from '../domain/snapshot';
import type { IAccessors } from '../engine/accessors';
import type { Deadline } from '../kit/deadline';
import { renderDailyIdleNote, renderIdleList, renderNote } from '../render/idleView';
import { inert } from '../render/inert';
import type { IRendered } from '../render/message';
import type { IView } from '../render/view';

/** The permission a user needs to deactivate others (users.setActiveStatus); the token's owner needs it too. */
export const IDLE_PERMISSION = 'edit-other-user-active-status';

/**
 * Whether `roles` may deactivate users, given the roles that hold the permission (`holders`): one of them, and not a
 * guest on a licensed workspace (the guest whitelist leaves the permission out, docs/rocketchat-api.md §2).
 */
export function mayDeactivate(roles: readonly string[] | undefined, holders: readonly string[], snapshot: ISnapshot): boolean {
	return !(snapshot.license && (roles ?? []).includes('guest')) && holdsPermission(roles, holders);
}

/** The roles holding the permission to deactivate; a click that writes passes `maxAgeMs` 0, never the answer cache. */
export function deactivators(client: WorkspaceClient, maxAgeMs?: number): Promise<string[]> {
	return rolesHolding(client, IDLE_PERMISSION, maxAgeMs);
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
	days: number;
	offset: number;
	/** A long list's position to read from ("Show more" of a window). */
	from?: number;
}

/** One message of the list, with Deactivate buttons only when the token's owner may use them. */
export async function idleListReply(input: IIdleReplyInput): Promise<IRendered> {
	const { accessors, state, config, client, view, caller, days, offset, from } = input;
	const fresh = freshness(state);
	const [snapshot, read, roles, holders] = await Promise.all([
		loadSnapshot(client, fresh),
		readIdleList(client, config, days, caller.id, view.now, fresh, from),
		ownerRoles(accessors, config),
		deactivators(client),
	]);
	const seats = limitOf(snapshot, 'activeUsers').used;
	const canDeactivate = mayDeactivate(roles, holders, snapshot);
	return renderIdleList(view, read.list, {
		offset: read.list.window ? 0 : offset,
		seats: seats === 'unknown' ? undefined : seats,
		canDeactivate,
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
	const { idle, window } = result.value.list;
	const count = window
		? { count: window.byLogin, basis: window.exact ? ('by-login' as const) : ('at-least' as const) }
		: { count: idle.length, basis: 'rule' as const };
	return count.count > 0 ? renderDailyIdleNote(view, count, days) : undefined;
}
