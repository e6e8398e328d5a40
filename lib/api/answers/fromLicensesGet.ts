/**
 * licenses.get (servers before 7.0) → Snapshot. Two shapes: up to 6.4 a flat array of V2 licenses, on 6.5–6.x
 * `[{license: V2|V3, modules}]`. The server read V2 as: visual expiry = trialEnd || expiry, enforced end = expiry.
 */
import { readSeatCount } from './fromLicensesInfo';
import { readLicenseV3, readTags } from './licenseV3';
import type { ILicenseDetails, ILimit, LimitKind, ISnapshot } from '../../domain/snapshot';
import { LIMIT_KINDS } from '../../domain/snapshot';
import { isoDate, legacyCap, isRecord, optionalArray, optionalBoolean, optionalRecord, record, stringList } from '../../kit/json';
import type { Json } from '../../kit/json';
import { API_PATHS } from '../../kit/paths';

const PATH = API_PATHS.licensesGet;

interface IReading {
	details: ILicenseDetails;
	modules: string[];
	maxes: Partial<Record<LimitKind, number | 'unlimited'>>;
	behaviors: Partial<Record<LimitKind, ILimit['behaviors']>>;
}

function readV2(license: Json, field: string): IReading {
	const meta = optionalRecord(license.meta, `${field}.meta`, PATH);
	const apps = optionalRecord(license.apps, `${field}.apps`, PATH);
	const tags = readTags(license.tag === undefined ? [] : [license.tag], `${field}.tag`, PATH);
	const expiry = isoDate(license.expiry, `${field}.expiry`, PATH);
	const maxes = {
		activeUsers: legacyCap(license.maxActiveUsers, `${field}.maxActiveUsers`, PATH),
		guestUsers: legacyCap(license.maxGuestUsers, `${field}.maxGuestUsers`, PATH),
		privateApps: legacyCap(apps.maxPrivateApps, `${field}.apps.maxPrivateApps`, PATH),
		marketplaceApps: legacyCap(apps.maxMarketplaceApps, `${field}.apps.maxMarketplaceApps`, PATH),
	};
	const behaviors: IReading['behaviors'] = {};
	for (const [kind, max] of Object.entries(maxes)) {
		if (max !== 'unlimited') {
			behaviors[kind as LimitKind] = ['prevent_action'];
		}
	}
	return {
		details: {
			plan: tags[0]?.name,
			tags,
			trial: optionalBoolean(meta.trial) ?? false,
			visualExpiry: isoDate(meta.trialEnd, `${field}.meta.trialEnd`, PATH) ?? expiry,
			enforcedExpiry: expiry,
		},
		modules: stringList(license.modules, `${field}.modules`, PATH),
		maxes,
		behaviors,
	};
}

function readEntry(entry: unknown, index: number): IReading {
	const item = record(entry, `licenses[${index}]`, PATH);
	if (!isRecord(item.license)) {
		return readV2(item, `licenses[${index}]`);
	}
	const nestedModules = stringList(item.modules, `licenses[${index}].modules`, PATH);
	if (item.license.version === '3.0' || isRecord(item.license.information)) {
		const v3 = readLicenseV3(item.license, PATH);
		return { details: v3.details, modules: nestedModules.length ? nestedModules : v3.modules, maxes: v3.maxes, behaviors: v3.behaviors };
	}
	const v2 = readV2(item.license, `licenses[${index}].license`);
	return { ...v2, modules: nestedModules.length ? nestedModules : v2.modules };
}

export function fromLicensesGet(body: unknown, seatBody?: unknown): ISnapshot {
	const readings = optionalArray(record(body, 'body', PATH).licenses, 'licenses', PATH).map(readEntry);
	// With several licenses, the one that lasts longest describes the workspace; modules add up.
	const primary = [...readings].sort((a, b) => (b.details.enforcedExpiry ?? '').localeCompare(a.details.enforcedExpiry ?? ''))[0];
	const seats = seatBody === undefined ? undefined : readSeatCount(seatBody);
	const limits = LIMIT_KINDS.map((kind): ILimit => {
		const max = kind === 'activeUsers' && seats ? seats.max : (primary?.maxes[kind] ?? 'unlimited');
		return {
			kind,
			used: kind === 'activeUsers' && seats?.used !== undefined ? seats.used : 'unknown',
			// A V3 list's smallest max: -1 is no cap, 0 a cap of zero (as for licenses.info).
			max: typeof max === 'number' && max < 0 ? 'unlimited' : max,
			behaviors: primary?.behaviors[kind] ?? [],
			prevented: false,
		};
	});
	return {
		source: 'licenses.get',
		license: primary ? primary.details : null,
		modules: [...new Set(readings.flatMap((reading) => reading.modules))],
		limits,
	};
}
