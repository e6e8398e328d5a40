/**
 * Who may see license data. Rocket.Chat stores ISlashCommand.permission but only the web client checks it: the server
 * runs the executor for any caller of commands.run (apps/meteor/app/utils/server/slashCommand.ts). So the app checks
 * the permission itself, against the workspace's own role table: custom roles that hold it are let in.
 */
import type { WorkspaceClient } from './api/client';
import { API_PATHS } from './api/paths';
import { optionalArray, record, stringList } from './snapshot/coerce';

export const REQUIRED_PERMISSION = 'view-privileged-setting';

/** The roles that hold `permission`, from permissions.listAll (any logged-in user may read it; cached with the rest). */
export async function rolesHolding(client: WorkspaceClient, permission = REQUIRED_PERMISSION): Promise<string[]> {
	const path = API_PATHS.permissions;
	const body = record(await client.getJson(path), 'body', path);
	const entry = optionalArray(body.update, 'update', path)
		.map((item, index) => record(item, `update[${index}]`, path))
		.find((item) => item._id === permission);
	return entry ? stringList(entry.roles, `update[${permission}].roles`, path) : [];
}

export function holdsPermission(userRoles: readonly string[] | undefined, allowedRoles: readonly string[]): boolean {
	return (userRoles ?? []).some((role) => allowedRoles.includes(role));
}
