/**
 * Learns who may see license data when the app is enabled or its connection settings change, so the first command
 * after that reads permissions and the license in one round trip (lib/flows/callerAccess.ts). Best effort: a workspace
 * that cannot be read now is read again by the first command.
 */
import type { IHttp, ILogger, IRead } from '@rocket.chat/apps-engine/definition/accessors';

import { SETTING } from '../domain/settings';
import { openClient, readConfig } from '../engine/config';
import type { AppState } from '../flows/appState';
import { learnRoles } from '../flows/callerAccess';
import { Deadline } from '../kit/deadline';
import { ApiError } from '../kit/errors';

/** Enabling the app or saving a setting must not wait long on a workspace that does not answer. */
const LEARN_BUDGET_MS = 3_000;

/** The settings that change which workspace, or which token, the app reads (or whether it may read it over http). */
export const CONNECTION_SETTINGS: string[] = [SETTING.serverUrl, SETTING.userId, SETTING.token, SETTING.allowHttp];

export async function learnRolesAtStart(read: IRead, http: IHttp, state: AppState, logger: ILogger): Promise<void> {
	try {
		const config = await readConfig(read);
		if (!config.userId || !config.token) {
			return;
		}
		await learnRoles(state, await openClient(read, http, config, state.responses, new Deadline(LEARN_BUDGET_MS)));
	} catch (error) {
		// Not an error yet: a command says what is wrong, to the admin who asks.
		logger.debug(`Roles not read at start: ${error instanceof ApiError ? error.message : String(error)}`);
	}
}
