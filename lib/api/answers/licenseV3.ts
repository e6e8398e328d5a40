/** Reads the parts of an ILicenseV3 a summary needs: plan, dates, modules and the behavior behind each limit. */
import type { ILicensedWorkspace } from '../../domain/licenseOrigin';
import type { ILicenseDetails, LimitBehavior, LimitKind } from '../../domain/snapshot';
import { LIMIT_KINDS } from '../../domain/snapshot';
import type { Json } from '../../kit/json';
import { count, isRecord, isoDate, optionalArray, optionalBoolean, optionalRecord, optionalString, record } from '../../kit/json';

const BEHAVIORS: LimitBehavior[] = [
	'prevent_action',
	'start_fair_policy',
	'invalidate_license',
	'allow_action',
	'prevent_installation',
	'disable_modules',
];

export type Tag = { name: string; color?: string };

export function readTags(value: unknown, field: string, path: string): Tag[] {
	return optionalArray(value, field, path)
		.map((tag, index) => {
			const entry = record(tag, `${field}[${index}]`, path);
			const name = optionalString(entry.name, `${field}[${index}].name`, path);
			return { name: name ?? '', color: optionalString(entry.color, `${field}[${index}].color`, path) };
		})
		.filter((tag) => tag.name !== '');
}

/** The earliest validUntil among invalidate_license periods: the date the license really stops. */
function enforcedExpiry(validation: Json, path: string): string | undefined {
	const ends = optionalArray(validation.validPeriods, 'license.validation.validPeriods', path)
		.map((period, index) => ({ period: record(period, `license.validation.validPeriods[${index}]`, path), index }))
		.filter(({ period }) => period.invalidBehavior === 'invalidate_license')
		.map(({ period, index }) => isoDate(period.validUntil, `license.validation.validPeriods[${index}].validUntil`, path))
		.filter((end): end is string => end !== undefined)
		.sort();
	return ends[0];
}

/** Each `disable_modules` period's end: the modules the server turns off then (earliest first, one entry per date). */
function moduleCutoffs(validation: Json, path: string): Array<{ date: string; modules: string[] }> {
	const byDate = new Map<string, string[]>();
	optionalArray(validation.validPeriods, 'license.validation.validPeriods', path).forEach((item, index) => {
		const field = `license.validation.validPeriods[${index}]`;
		const period = record(item, field, path);
		const date = period.invalidBehavior === 'disable_modules' ? isoDate(period.validUntil, `${field}.validUntil`, path) : undefined;
		if (!date) {
			return;
		}
		const modules = optionalArray(period.modules, `${field}.modules`, path)
			.map((module) =>
				typeof module === 'string' ? module : optionalString(optionalRecord(module, `${field}.modules[]`, path).module, 'module', path),
			)
			.filter((module): module is string => !!module);
		if (modules.length) {
			byDate.set(date, [...new Set([...(byDate.get(date) ?? []), ...modules])]);
		}
	});
	return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, modules]) => ({ date, modules }));
}

/** Entries and characters of the license's names kept: a real license names one or a few addresses. */
const NAMES_MAX = 20;
const NAME_CHARS_MAX = 255;

/**
 * The addresses the license names. Only a clue for a note, so an entry that is not a string pair is skipped rather than
 * refused, and overlong values are dropped: nothing here can fail a reply.
 */
function licensedTo(validation: Json): ILicensedWorkspace | undefined {
	const entries = Array.isArray(validation.serverUrls) ? validation.serverUrls.slice(0, NAMES_MAX) : [];
	const serverUrls = entries
		.filter(isRecord)
		.map((entry) => ({ value: entry.value, type: entry.type }))
		.filter((entry): entry is { value: string; type: string } => typeof entry.value === 'string' && typeof entry.type === 'string')
		.filter((entry) => entry.value.length <= NAME_CHARS_MAX);
	return serverUrls.length ? { serverUrls } : undefined;
}

export interface IV3Reading {
	details: ILicenseDetails;
	modules: string[];
	behaviors: Partial<Record<LimitKind, LimitBehavior[]>>;
	/** The smallest max per kind, as the server computes it; absent when the license has no list for that kind. */
	maxes: Partial<Record<LimitKind, number>>;
}

export function readLicenseV3(value: unknown, path: string, fallbackTags: Tag[] = []): IV3Reading {
	const license = record(value, 'license', path);
	const information = optionalRecord(license.information, 'license.information', path);
	const validation = optionalRecord(license.validation, 'license.validation', path);
	const tags = readTags(information.tags, 'license.information.tags', path);
	const shownTags = tags.length ? tags : fallbackTags;
	const grantedTo = optionalRecord(information.grantedTo, 'license.information.grantedTo', path);
	const limits = optionalRecord(license.limits, 'license.limits', path);
	const behaviors: IV3Reading['behaviors'] = {};
	const maxes: IV3Reading['maxes'] = {};
	for (const kind of LIMIT_KINDS) {
		const list = optionalArray(limits[kind], `license.limits.${kind}`, path).map((item, index) =>
			record(item, `license.limits.${kind}[${index}]`, path),
		);
		const found = list.map((item) => item.behavior).filter((b): b is LimitBehavior => BEHAVIORS.includes(b as LimitBehavior));
		if (found.length) {
			behaviors[kind] = [...new Set(found)];
		}
		const numbers = list
			.map((item, index) => count(item.max, `license.limits.${kind}[${index}].max`, path))
			.filter((max): max is number => max !== undefined);
		if (numbers.length) {
			maxes[kind] = Math.min(...numbers);
		}
	}
	const modules = optionalArray(license.grantedModules, 'license.grantedModules', path)
		.map((item) =>
			typeof item === 'string' ? item : optionalString(optionalRecord(item, 'license.grantedModules[]', path).module, 'module', path),
		)
		.filter((module): module is string => !!module);
	const hasGrantee = grantedTo.name || grantedTo.company || grantedTo.email;
	return {
		details: {
			plan: shownTags[0]?.name,
			tags: shownTags,
			trial: optionalBoolean(information.trial) ?? false,
			autoRenew: optionalBoolean(information.autoRenew),
			visualExpiry: isoDate(information.visualExpiration, 'license.information.visualExpiration', path),
			enforcedExpiry: enforcedExpiry(validation, path),
			moduleCutoffs: moduleCutoffs(validation, path),
			licensedTo: licensedTo(validation),
			grantedTo: hasGrantee
				? {
						name: optionalString(grantedTo.name, 'grantedTo.name', path),
						company: optionalString(grantedTo.company, 'grantedTo.company', path),
						email: optionalString(grantedTo.email, 'grantedTo.email', path),
					}
				: undefined,
		},
		modules,
		behaviors,
		maxes,
	};
}
