/** /api/info: the server's version, read once and cached like any answer; unknown when the server does not say. */
import type { WorkspaceClient } from './client';
import type { IVersion } from '../domain/serverVersion';
import { parseVersion } from '../domain/serverVersion';
import { isRecord } from '../kit/json';
import { API_PATHS } from '../kit/paths';

export async function readServerVersion(client: WorkspaceClient): Promise<IVersion | undefined> {
	try {
		const body = await client.getJson(API_PATHS.serverInfo);
		return isRecord(body) ? parseVersion(body.version) : undefined;
	} catch {
		// The note it feeds is a courtesy: without the version the confirmation simply leaves it out.
		return undefined;
	}
}
