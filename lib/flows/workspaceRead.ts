/**
 * The one read path: open the client the settings describe, with the run's deadline, then read with it. A fault of the
 * workspace API comes back as a value (its kind titles the reply); any other error is a bug and is thrown.
 */
import type { AppState } from './appState';
import type { WorkspaceClient } from '../api/client';
import type { IAppConfig } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { openClient } from '../engine/config';
import type { Deadline } from '../kit/deadline';
import { ApiError } from '../kit/errors';

export type ReadResult<T> = { ok: true; value: T; serverUrl: string } | { ok: false; error: ApiError; serverUrl?: string };

export async function readWorkspace<T>(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	deadline: Deadline,
	read: (client: WorkspaceClient) => Promise<T>,
): Promise<ReadResult<T>> {
	let serverUrl = config.serverUrl || undefined;
	try {
		const client = await openClient(accessors.read, accessors.http, config, state.responses, deadline);
		serverUrl = client.baseUrl;
		const value = await read(client);
		return { ok: true, value, serverUrl: client.baseUrl };
	} catch (error) {
		if (error instanceof ApiError) {
			return { ok: false, error, serverUrl };
		}
		throw error;
	}
}
