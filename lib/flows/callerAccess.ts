/**
 * The caller's permission, in one round trip for those who held it before. When the roles known from the last check
 * allow the caller, permissions.listAll and the license are read at once; the data is shown only after the fresh roles
 * confirm, so a grant that was withdrawn is never honoured. Otherwise the roles are read first, and a caller they refuse
 * causes no license request at all.
 */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { AppState } from './appState';
import type { WorkspaceClient } from '../api/client';
import { readRoleTable } from '../api/permissions';
import type { RoleTable } from '../domain/access';
import { REQUIRED_PERMISSION, dependsOnLicense, holdsPermission, mayUse } from '../domain/access';
import type { ISnapshot } from '../domain/snapshot';
import type { IAccessors } from '../engine/accessors';
import { loadKnownRoles, saveKnownRoles } from '../engine/store';

const sameTable = (a: RoleTable | undefined, b: RoleTable): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The roles of the last known check: this instance's memory, else what a command kept in persistence. */
async function knownRoles(accessors: IAccessors, state: AppState, identity: string): Promise<RoleTable | undefined> {
	return state.knownRoles.get(identity) ?? loadKnownRoles(accessors.read.getPersistenceReader(), identity);
}

/** Reads the roles now (never a remembered answer) and keeps them as the last known check. */
async function refreshKnownRoles(accessors: IAccessors, state: AppState, client: WorkspaceClient): Promise<RoleTable> {
	const [table, persisted] = await Promise.all([
		readRoleTable(client, 0),
		loadKnownRoles(accessors.read.getPersistenceReader(), client.identity, accessors.logger),
	]);
	state.knownRoles.set(client.identity, table);
	if (!sameTable(persisted, table)) {
		await saveKnownRoles(accessors.persis, client.identity, table);
	}
	return table;
}

/** When the app is enabled or its connection changes: learn the roles, so the first command is one round trip too. */
export async function learnRoles(state: AppState, client: WorkspaceClient): Promise<void> {
	state.knownRoles.set(client.identity, await readRoleTable(client, 0));
}

/**
 * True when `caller` may see license data. `prefetch` reads the license (and warms the cache the reply then reads);
 * it is started together with the roles only when the last known roles allowed the caller. Throws an ApiError when
 * the roles (or, for a guest-holding caller, the license) cannot be read.
 */
export async function callerMaySee(
	accessors: IAccessors,
	state: AppState,
	client: WorkspaceClient,
	caller: IUser,
	prefetch: () => Promise<ISnapshot>,
): Promise<boolean> {
	const known = await knownRoles(accessors, state, client.identity);
	const roles = refreshKnownRoles(accessors, state, client);
	let snapshot: Promise<ISnapshot> | undefined;
	if (known && holdsPermission(caller.roles, known[REQUIRED_PERMISSION] ?? [])) {
		snapshot = prefetch();
		// Settled below, or dropped unread when the fresh roles refuse the caller.
		snapshot.catch(() => undefined);
	}
	const table = await roles;
	if (!holdsPermission(caller.roles, table[REQUIRED_PERMISSION] ?? [])) {
		return false;
	}
	// A caller who also holds `guest` is refused while the workspace has a valid license (the guest whitelist).
	if (dependsOnLicense(caller.roles, REQUIRED_PERMISSION, table)) {
		const licensed = (await (snapshot ?? prefetch())).license !== null;
		return mayUse(caller.roles, REQUIRED_PERMISSION, table, licensed);
	}
	// The reply reads the license through the same cache: a pending prefetch is shared, not asked again.
	return true;
}
