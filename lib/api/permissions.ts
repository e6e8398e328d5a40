/** Reads which roles hold the permissions the app decides on, from permissions.listAll (any logged-in user may read it). */
import type { WorkspaceClient } from './client';
import type { RoleTable } from '../domain/access';
import { PERMISSIONS_READ, REQUIRED_PERMISSION } from '../domain/access';
import { optionalArray, record, stringList } from '../kit/json';
import { API_PATHS } from '../kit/paths';

/** The roles holding each permission in `permissions`, from one permissions.listAll answer. */
export async function readRoleTable(
	client: WorkspaceClient,
	maxAgeMs?: number,
	permissions: readonly string[] = PERMISSIONS_READ,
): Promise<RoleTable> {
	const path = API_PATHS.permissions;
	const body = record(await client.getJson(path, undefined, maxAgeMs), 'body', path);
	const entries = optionalArray(body.update, 'update', path).map((item, index) => record(item, `update[${index}]`, path));
	return Object.fromEntries(
		permissions.map((permission) => {
			const entry = entries.find((item) => item._id === permission);
			return [permission, entry ? stringList(entry.roles, `update[${permission}].roles`, path) : []];
		}),
	);
}

/** The roles that hold `permission`, from permissions.listAll. */
export async function rolesHolding(client: WorkspaceClient, permission = REQUIRED_PERMISSION, maxAgeMs?: number): Promise<string[]> {
	return (await readRoleTable(client, maxAgeMs, [permission]))[permission];
}
