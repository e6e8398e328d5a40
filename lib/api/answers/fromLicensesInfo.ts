/** licenses.info?loadValues=true (6.5+) and licenses.maxActiveUsers → Snapshot. */
import { announcementText } from './cloudAnnouncement';
import { readLicenseV3, readTags } from './licenseV3';
import type { ILimit, ISnapshot } from '../../domain/snapshot';
import { LIMIT_KINDS } from '../../domain/snapshot';
import { ApiError } from '../../kit/errors';
import { cap, count, isRecord, optionalArray, optionalRecord, record, stringList } from '../../kit/json';
import { API_PATHS } from '../../kit/paths';

const PATH = API_PATHS.licensesInfo;

/** licenses.maxActiveUsers: `{maxActiveUsers: number|null|"25", activeUsers: number|"N"}`. */
export function readSeatCount(body: unknown): { max: number | 'unlimited'; used?: number } {
	const seats = record(body, 'body', API_PATHS.maxActiveUsers);
	return {
		max: cap(seats.maxActiveUsers, 'maxActiveUsers', API_PATHS.maxActiveUsers),
		used: count(seats.activeUsers, 'activeUsers', API_PATHS.maxActiveUsers),
	};
}

/** True when licenses.info left the seat count out (no `value` for activeUsers), so licenses.maxActiveUsers must fill it in. */
export function needsSeatCount(body: unknown): boolean {
	const info = isRecord(body) && isRecord(body.license) ? body.license : undefined;
	const limits = info && isRecord(info.limits) ? info.limits : undefined;
	const seats = limits && isRecord(limits.activeUsers) ? limits.activeUsers : undefined;
	return seats?.value === undefined || seats.value === null || seats.value === '';
}

export function fromLicensesInfo(body: unknown, seatBody?: unknown): ISnapshot {
	const info = record(record(body, 'body', PATH).license, 'license', PATH);
	const limits = optionalRecord(info.limits, 'license.limits', PATH);
	// The server hides `license` and `limits` from users without view-privileged-setting; even Community reports limits.
	if (Object.keys(limits).length === 0) {
		throw new ApiError('forbidden', { path: PATH, status: 200 });
	}
	const tags = readTags(info.tags, 'license.tags', PATH);
	// Absent means no (valid) license; present but not an object is an answer this app cannot read.
	const v3 = info.license === undefined || info.license === null ? undefined : readLicenseV3(info.license, PATH, tags);
	const prevented = optionalRecord(info.preventedActions, 'license.preventedActions', PATH);
	const seats = seatBody === undefined ? undefined : readSeatCount(seatBody);
	const active = stringList(info.activeModules, 'license.activeModules', PATH);

	const readLimit = (kind: ILimit['kind']): ILimit => {
		const entry = optionalRecord(limits[kind], `license.limits.${kind}`, PATH);
		const used = count(entry.value, `license.limits.${kind}.value`, PATH) ?? (kind === 'activeUsers' ? seats?.used : undefined);
		return {
			kind,
			used: used ?? 'unknown',
			max: cap(entry.max, `license.limits.${kind}.max`, PATH),
			behaviors: v3?.behaviors[kind] ?? [],
			prevented: prevented[kind] === true,
		};
	};

	// Add-ons (externalModules, 8.x): `{module, external: true}`; an entry without a module name is left out.
	const addOns = optionalArray(info.externalModules, 'license.externalModules', PATH)
		.map((entry) => (isRecord(entry) && typeof entry.module === 'string' ? entry.module : ''))
		.filter((name) => name !== '');
	const modules = active.length ? active : (v3?.modules ?? []);
	const announcement = announcementText(record(body, 'body', PATH).cloudSyncAnnouncement);
	return {
		source: 'licenses.info',
		license: v3 ? { ...v3.details, trial: v3.details.trial || info.trial === true } : null,
		modules: modules.filter((id) => !addOns.includes(id)),
		limits: LIMIT_KINDS.map(readLimit),
		...(addOns.length > 0 && { addOns: [...new Set(addOns)] }),
		...(announcement && { cloudAnnouncement: announcement }),
	};
}
