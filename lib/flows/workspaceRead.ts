/**
 * The one read path: open the client the settings describe, then read with it. A fault of the workspace API comes back
 * as a value naming where it happened; any other error is a bug and is thrown.
 */
import type { AppState } from './appState';
import type { WorkspaceClient } from '../api/client';
import { ApiError } from '../api/errors';
import type { IAppConfig } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { openClient } from '../engine/config';

/** Where a read failed: checking the caller's permission, or reading the license itself. */
export type ReadStage = 'permission' | 'read';

export type ReadResult<T> =
	| { ok: true; value: T; serverUrl: string }
	| { ok: false; error: ApiError; serverUrl?: string; stage: ReadStage };

export interface IReadSteps {
	/** Marks the stage that a failure from now on belongs to. */
	enter(stage: ReadStage): void;
}

export async function readWorkspace<T>(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	read: (client: WorkspaceClient, steps: IReadSteps) => Promise<T>,
): Promise<ReadResult<T>> {
	let serverUrl = config.serverUrl || undefined;
	let stage: ReadStage = 'read';
	try {
		const client = await openClient(accessors.read, accessors.http, config, state.responses);
		serverUrl = client.baseUrl;
		const value = await read(client, {
			enter: (next) => {
				stage = next;
			},
		});
		return { ok: true, value, serverUrl: client.baseUrl };
	} catch (error) {
		if (error instanceof ApiError) {
			return { ok: false, error, serverUrl, stage };
		}
		throw error;
	}
}
