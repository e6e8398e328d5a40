/**
 * Gathers what the readiness lines need without a request of their own: the permissions.listAll answer the caller's
 * permission check has just cached, the token owner's and the app user's roles from the engine, and the settings.
 */
import type { WorkspaceClient } from '../api/client';
import { readRoleTable } from '../api/permissions';
import type { Readiness } from '../domain/readiness/features';
import { READINESS_PERMISSIONS, readiness } from '../domain/readiness/features';
import { SERVER_SETTING } from '../domain/serverSettings';
import type { IAppConfig } from '../domain/settings';
import type { ISnapshot } from '../domain/snapshot';
import type { IAccessors } from '../engine/accessors';
import { readServerSetting } from '../engine/serverSettings';

export async function readinessOf(
	accessors: IAccessors,
	client: WorkspaceClient,
	config: IAppConfig,
	snapshot: ISnapshot | undefined,
): Promise<Readiness[]> {
	const users = accessors.read.getUserReader();
	const [table, owner, appUser, smtpHost] = await Promise.all([
		// No maxAgeMs: whatever answer the cache holds, so this costs no request after the permission check.
		readRoleTable(client, undefined, READINESS_PERMISSIONS).catch(() => undefined),
		users.getById(config.userId).catch(() => undefined),
		users.getAppUser().catch(() => undefined),
		readServerSetting(accessors.read, SERVER_SETTING.smtpHost),
	]);
	return readiness({
		table,
		ownerRoles: owner?.roles,
		appRoles: appUser?.roles,
		modules: snapshot?.modules,
		licensed: !!snapshot?.license,
		emailRecipients: config.emailRecipients,
		smtp: typeof smtpHost === 'string' && smtpHost.trim() !== '',
		webhookUrl: config.webhookUrl,
		metricsToken: config.metricsToken,
	});
}
