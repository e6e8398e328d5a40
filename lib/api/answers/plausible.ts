/**
 * Numbers and dates a license cannot have. JSON can say that -5 seats are used, that the guest cap is 0.5, or that the
 * license ends in the year 275760; shown as they are, they read "-20%" or "99,979,219 days left". Such an answer is
 * refused as implausible, naming the field, rather than shown.
 */
import type { ISnapshot } from '../../domain/snapshot';
import { ApiError } from '../../kit/errors';

/** No workspace has a billion seats or apps. */
export const MAX_PLAUSIBLE_COUNT = 1_000_000_000;
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

const isCount = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_PLAUSIBLE_COUNT;

function isPlausibleDate(iso: string | undefined): boolean {
	if (iso === undefined) {
		return true;
	}
	const year = new Date(iso).getUTCFullYear();
	return Number.isFinite(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The snapshot, when every count and date in it could be true; throws implausible naming the first field that cannot. */
export function plausible(snapshot: ISnapshot, path: string): ISnapshot {
	const fail = (field: string) => new ApiError('implausible', { path, field });
	for (const limit of snapshot.limits) {
		if (limit.used !== 'unknown' && !isCount(limit.used)) {
			throw fail(`license.limits.${limit.kind}.value`);
		}
		if (limit.max !== 'unlimited' && !isCount(limit.max)) {
			throw fail(`license.limits.${limit.kind}.max`);
		}
	}
	const { license } = snapshot;
	if (license && !isPlausibleDate(license.visualExpiry)) {
		throw fail('license.information.visualExpiration');
	}
	if (license && !isPlausibleDate(license.enforcedExpiry)) {
		throw fail('license.validation.validPeriods.validUntil');
	}
	return snapshot;
}
