/** Fetches one Snapshot: licenses.info and licenses.maxActiveUsers together, licenses.get when info is unknown (≤ 6.4). */
import type { WorkspaceClient } from './client';
import { ApiError } from '../kit/errors';
import { API_PATHS, LICENSES_INFO_QUERY } from '../kit/paths';
import { fromLicensesGet } from './answers/fromLicensesGet';
import { fromLicensesInfo, needsSeatCount } from './answers/fromLicensesInfo';
import { plausible } from './answers/plausible';
import type { ISnapshot } from '../domain/snapshot';

/** `maxAgeMs` bounds how old a cached answer may be (default: whatever the cache still holds). */
export async function loadSnapshot(client: WorkspaceClient, maxAgeMs?: number): Promise<ISnapshot> {
	// Seats are only a fallback for licenses.info, so their failure must not hide an otherwise good answer.
	const seats = client.getJson(API_PATHS.maxActiveUsers, undefined, maxAgeMs).then(
		(body) => body,
		() => undefined,
	);
	try {
		const info = await client.getJson(API_PATHS.licensesInfo, LICENSES_INFO_QUERY, maxAgeMs);
		// A late licenses.maxActiveUsers never delays an answer licenses.info already gave in full.
		return plausible(fromLicensesInfo(info, needsSeatCount(info) ? await seats : undefined), API_PATHS.licensesInfo);
	} catch (error) {
		if (!(error instanceof ApiError) || error.kind !== 'not-found' || error.detail.path !== API_PATHS.licensesInfo) {
			throw error;
		}
		return plausible(fromLicensesGet(await client.getJson(API_PATHS.licensesGet, undefined, maxAgeMs), await seats), API_PATHS.licensesGet);
	}
}
