/**
 * Finding ids (IFinding.id), in one place: how each kind of finding is named when it is made, and the pattern that
 * recognizes a name of that kind in a saved state (factsSchema.ts).
 */
import type { Facts } from './types';
import type { LimitKind } from '../snapshot';

export const FINDING_ID = {
	expiry: (date: string) => `expiry:${date}`,
	modulesOff: (date: string) => `modules-off:${date}`,
	airgap: 'airgap',
	limit: (kind: LimitKind) => `limit:${kind}`,
	lapsed: 'lapsed',
	seatForecast: 'forecast:seats',
	/** One per month (YYYY-MM): a new month is a new finding. */
	contactsForecast: (month: string) => `forecast:contacts:${month}`,
	unreadable: 'unreadable',
} as const;

/** The ids each kind of facts is stored under. */
export const FINDING_ID_PATTERN: { [K in Facts['type']]: RegExp } = {
	'expiry': /^expiry:.{1,40}$/,
	'modules-off': /^modules-off:.{1,40}$/,
	'airgap': /^airgap$/,
	'limit': /^limit:[A-Za-z]{1,40}$/,
	'lapsed': /^lapsed$/,
	'seat-forecast': /^forecast:seats$/,
	'contacts-forecast': /^forecast:contacts:\d{4}-\d{2}$/,
	'unreadable': /^unreadable$/,
};
