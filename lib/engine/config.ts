/** Reads the app's settings through Apps-Engine and opens the workspace API client they describe. */
import type { IHttp, IRead } from '@rocket.chat/apps-engine/definition/accessors';

import { readServerSetting } from './serverSettings';
import type { ResponseCache } from '../api/cache';
import { WorkspaceClient } from '../api/client';
import { SERVER_SETTING } from '../domain/serverSettings';
import type { IAppConfig, SettingId } from '../domain/settings';
import { SECRET_SETTINGS, SETTING, parseServerUrl, secretsOf, toConfig } from '../domain/settings';
import type { Deadline } from '../kit/deadline';
import { ApiError } from '../kit/errors';
import { transportProblem } from '../kit/transport';

/** Every setting's value as saved, unchecked; one that cannot be read is absent. */
export async function readSettingValues(read: IRead): Promise<Partial<Record<SettingId, unknown>>> {
	const settings = read.getEnvironmentReader().getSettings();
	const ids = Object.values(SETTING);
	const values = await Promise.all(ids.map((id) => settings.getValueById(id).catch(() => undefined)));
	return Object.fromEntries(ids.map((id, index) => [id, values[index]]));
}

export async function readConfig(read: IRead): Promise<IAppConfig> {
	return toConfig(await readSettingValues(read));
}

/**
 * The secret settings' values as saved (access token, webhook secret, metrics secret), usable or not, as typed and
 * trimmed: what redact() masks wherever it appears.
 */
export async function readSecrets(read: IRead): Promise<string[]> {
	const settings = read.getEnvironmentReader().getSettings();
	const values = await Promise.all(SECRET_SETTINGS.map((id) => settings.getValueById(id).catch(() => undefined)));
	return secretsOf(Object.fromEntries(SECRET_SETTINGS.map((id, index) => [id, values[index]])));
}

/** The server URL setting, or this server's own Site_Url when it is empty. */
export async function resolveServerUrl(read: IRead, config: IAppConfig): Promise<string | undefined> {
	if (config.serverUrl) {
		return config.serverUrl;
	}
	const siteUrl = await readServerSetting(read, SERVER_SETTING.siteUrl);
	const checked = parseServerUrl(siteUrl);
	return checked.ok && checked.value ? checked.value : undefined;
}

/** A client for the configured workspace; throws not-configured or invalid-url before any request is made. */
export async function openClient(
	read: IRead,
	http: IHttp,
	config: IAppConfig,
	cache: ResponseCache,
	deadline?: Deadline,
): Promise<WorkspaceClient> {
	const missing = [!config.userId && SETTING.userId, !config.token && SETTING.token].filter(
		(id): id is typeof SETTING.userId | typeof SETTING.token => !!id,
	);
	if (missing.length) {
		throw new ApiError('not-configured', { missing });
	}
	const baseUrl = await resolveServerUrl(read, config);
	if (!baseUrl) {
		throw new ApiError('invalid-url');
	}
	const problem = transportProblem(baseUrl, config.allowHttp);
	if (problem) {
		throw problem;
	}
	return new WorkspaceClient(
		http,
		{ baseUrl, credentials: { userId: config.userId, token: config.token }, timeoutMs: config.timeoutMs, deadline },
		cache,
	);
}
