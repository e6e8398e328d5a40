/**
 * Who may see license data. Rocket.Chat stores ISlashCommand.permission but only the web client checks it: the server
 * runs the executor for any caller of commands.run (apps/meteor/app/utils/server/slashCommand.ts). So the app checks
 * the permission itself, against the workspace's own role table: custom roles that hold it are let in.
 */
import type { WorkspaceClient } from '../api/client';
import { optionalArray, record, stringList } from '../api/json';
import { API_PATHS } from '../api/paths';

export const REQUIRED_PERMISSION = 'view-privileged-setting';

/** Older than this, the roles are refreshed (in the background when some are known). */
export const ROLES_REFRESH_MS = 5 * 60_000;

/** The roles that hold `permission`, from permissions.listAll (any logged-in user may read it). */
export async function rolesHolding(client: WorkspaceClient, permission = REQUIRED_PERMISSION, maxAgeMs?: number): Promise<string[]> {
	const path = API_PATHS.permissions;
	const body = record(await client.getJson(path, undefined, maxAgeMs), 'body', path);
	const entry = optionalArray(body.update, 'update', path)
		.map((item, index) => record(item, `update[${index}]`, path))
		.find((item) => item._id === permission);
	return entry ? stringList(entry.roles, `update[${permission}].roles`, path) : [];
}

export function holdsPermission(userRoles: readonly string[] | undefined, allowedRoles: readonly string[]): boolean {
	return (userRoles ?? []).some((role) => allowedRoles.includes(role));
}

/**
 * Remembers who holds the permission per workspace and token, so a command waits on one round trip, not two: within
 * ROLES_REFRESH_MS the known roles answer at once; for one more period they still answer while a refresh runs behind (a
 * role that just lost the permission keeps it for one more command); the first command ever, or one after refreshes
 * failed for that long, waits for permissions.listAll.
 */
export class RoleCache {
	private readonly known = new Map<string, { roles: string[]; at: number }>();

	constructor(private readonly now: () => number = Date.now) {}

	public async roles(client: WorkspaceClient, permission = REQUIRED_PERMISSION): Promise<string[]> {
		const key = `${client.identity}|${permission}`;
		const entry = this.known.get(key);
		const age = entry ? this.now() - entry.at : Infinity;
		if (entry && age < ROLES_REFRESH_MS) {
			return entry.roles;
		}
		const refresh = rolesHolding(client, permission, 0).then((roles) => {
			this.known.set(key, { roles, at: this.now() });
			return roles;
		});
		// Stale roles answer while a refresh runs, but only for one more period: if refreshing keeps failing, the caller
		// waits for the answer (and is refused with the cause) rather than being judged on roles of long ago.
		if (entry && age < 2 * ROLES_REFRESH_MS) {
			refresh.catch(() => undefined);
			return entry.roles;
		}
		return refresh;
	}
}
