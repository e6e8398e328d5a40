/**
 * What works and what does not, feature by feature, from what a check already knows: the roles holding each permission
 * (permissions.listAll), the token owner's roles, the license's modules and the app's own settings. Pure: no request.
 * Each feature's permission is the one Rocket.Chat's route checks (docs/rocketchat-api.md §14).
 */
import type { RoleTable } from '../access';
import { APP_ROLE, MENTION_HERE, REQUIRED_PERMISSION, mayUse } from '../access';

export const FEATURES = [
	'license',
	'statistics',
	'idle',
	'idle-cross-check',
	'deactivate',
	'cloud',
	'mention-here',
	'email',
	'webhook',
	'metrics',
] as const;
export type Feature = (typeof FEATURES)[number];

/** The permission the token's user needs for each feature that needs one (the route's permissionsRequired). */
export const OWNER_PERMISSION = {
	'license': REQUIRED_PERMISSION,
	'statistics': 'view-statistics',
	// users.listByStatus asks only view-d-room, which every user holds by default.
	'idle': 'view-d-room',
	'idle-cross-check': 'view-engagement-dashboard',
	'deactivate': 'edit-other-user-active-status',
	'cloud': 'manage-cloud',
} as const satisfies Partial<Record<Feature, string>>;

/** Every permission the readiness check reads from the permissions.listAll answer a check already holds. */
export const READINESS_PERMISSIONS: readonly string[] = [...Object.values(OWNER_PERMISSION), MENTION_HERE];

/** The module the engagement dashboard's routes require (`license: ['engagement-dashboard']`). */
export const DASHBOARD_MODULE = 'engagement-dashboard';

/** Why a feature is off, and so the one thing to do. */
export type Fix =
	| { kind: 'owner-permission'; permission: string }
	| { kind: 'module'; module: string }
	| { kind: 'app-permission'; permission: string }
	| { kind: 'setting'; setting: 'email_recipients' | 'webhook_url' | 'metrics_token' }
	| { kind: 'smtp' };

export type Readiness = { feature: Feature; on: true } | { feature: Feature; on: false; fix: Fix } | { feature: Feature; on: 'unknown' };

export interface IReadinessInput {
	/** Roles per permission; undefined when permissions.listAll could not be read. */
	table: RoleTable | undefined;
	/** The token's user's roles; undefined when that user is unknown to this server. */
	ownerRoles: readonly string[] | undefined;
	/** The app user's roles (default: the `app` role). */
	appRoles?: readonly string[];
	/** Active modules of the license; undefined when the license could not be read. */
	modules: readonly string[] | undefined;
	/** A valid license is installed: the guest whitelist is then in force (lib/domain/access.ts). */
	licensed: boolean;
	emailRecipients: readonly string[];
	/** Rocket.Chat's SMTP host is set (server setting SMTP_Host). */
	smtp: boolean;
	webhookUrl: string;
	metricsToken: string;
}

function ownerLine(input: IReadinessInput, feature: keyof typeof OWNER_PERMISSION): Readiness {
	const permission = OWNER_PERMISSION[feature];
	if (!input.table || !input.ownerRoles) {
		return { feature, on: 'unknown' };
	}
	if (!mayUse(input.ownerRoles, permission, input.table, input.licensed)) {
		return { feature, on: false, fix: { kind: 'owner-permission', permission } };
	}
	if (feature === 'idle-cross-check' && input.modules && !input.modules.includes(DASHBOARD_MODULE)) {
		return { feature, on: false, fix: { kind: 'module', module: DASHBOARD_MODULE } };
	}
	return { feature, on: true };
}

function settingLine(feature: Feature, value: string, setting: 'webhook_url' | 'metrics_token'): Readiness {
	return value.trim() ? { feature, on: true } : { feature, on: false, fix: { kind: 'setting', setting } };
}

/** One line per feature, in FEATURES order. */
export function readiness(input: IReadinessInput): Readiness[] {
	const appRoles = input.appRoles?.length ? input.appRoles : [APP_ROLE];
	let mention: Readiness = { feature: 'mention-here', on: 'unknown' };
	if (input.table) {
		mention = mayUse(appRoles, MENTION_HERE, input.table, false)
			? { feature: 'mention-here', on: true }
			: { feature: 'mention-here', on: false, fix: { kind: 'app-permission', permission: MENTION_HERE } };
	}
	let email: Readiness = { feature: 'email', on: true };
	if (!input.emailRecipients.length) {
		email = { feature: 'email', on: false, fix: { kind: 'setting', setting: 'email_recipients' } };
	} else if (!input.smtp) {
		email = { feature: 'email', on: false, fix: { kind: 'smtp' } };
	}
	return [
		ownerLine(input, 'license'),
		ownerLine(input, 'statistics'),
		ownerLine(input, 'idle'),
		ownerLine(input, 'idle-cross-check'),
		ownerLine(input, 'deactivate'),
		ownerLine(input, 'cloud'),
		mention,
		email,
		settingLine('webhook', input.webhookUrl, 'webhook_url'),
		settingLine('metrics', input.metricsToken, 'metrics_token'),
	];
}
