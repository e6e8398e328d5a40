/**
 * Who may do what, decided as Rocket.Chat decides it: the roles that hold a permission come from permissions.listAll
 * (any logged-in user may read it), and a user holding `guest` is refused every permission outside the guest whitelist
 * while the workspace has a valid license (AuthorizationUtils.isPermissionRestrictedForRoleList).
 */

export const REQUIRED_PERMISSION = 'view-privileged-setting';

/** Lets a message notify `@here`; the `app` role lacks it by default (Rocket.Chat's permissions.ts). */
export const MENTION_HERE = 'mention-here';

/** The permissions this app reads from permissions.listAll. */
export const PERMISSIONS_READ = [REQUIRED_PERMISSION, MENTION_HERE] as const;

/** The role Rocket.Chat gives the user of an app (an app user carries no other by default). */
export const APP_ROLE = 'app';

/**
 * All that a user holding `guest` may still do once a valid license installs the whitelist
 * (see docs/rocketchat-api.md): every other permission is refused to them.
 */
export const GUEST_WHITELIST: readonly string[] = ['view-d-room', 'view-joined-room', 'view-p-room', 'start-discussion'];

/** Which roles hold each permission of PERMISSIONS_READ (a permission the server does not list: no role). */
export type RoleTable = Record<string, string[]>;

export function holdsPermission(userRoles: readonly string[] | undefined, allowedRoles: readonly string[]): boolean {
	return (userRoles ?? []).some((role) => allowedRoles.includes(role));
}

/**
 * Whether a user with `userRoles` may use `permission`, as Rocket.Chat's authorization service answers: one of their
 * roles holds it, and, when the guest whitelist is in force (a valid license), they do not hold `guest` unless the
 * permission is on the whitelist.
 */
export function mayUse(
	userRoles: readonly string[] | undefined,
	permission: string,
	table: RoleTable,
	guestWhitelistInForce: boolean,
): boolean {
	if (guestWhitelistInForce && (userRoles ?? []).includes('guest') && !GUEST_WHITELIST.includes(permission)) {
		return false;
	}
	return holdsPermission(userRoles, table[permission] ?? []);
}

/** True when the answer depends on the license: the caller holds `guest` and a role that holds `permission`. */
export function dependsOnLicense(userRoles: readonly string[] | undefined, permission: string, table: RoleTable): boolean {
	return (
		(userRoles ?? []).includes('guest') && !GUEST_WHITELIST.includes(permission) && holdsPermission(userRoles, table[permission] ?? [])
	);
}
