/**
 * Readers for the findings and notices kept in the saved check state (stateSchema.ts). One reader per Facts variant,
 * in a table typed by the variants themselves, so a new kind of finding cannot be added without teaching the state
 * how to read it back. A reader throws Invalid for a malformed entry of a known kind and returns undefined for a kind
 * this version does not know (written by a newer one), which is then dropped.
 */
import { FINDING_ID_PATTERN } from './ids';
import type { IFinding, Facts, Level, Notice } from './types';
import { LEVEL_RANK } from './types';
import type { ApiErrorKind } from '../../kit/errors';
import { isRecord } from '../../kit/json';
import { compact } from '../compact';
import { LIMIT_KINDS } from '../snapshot';

export class Invalid extends Error {}

export const fail = (field: string): never => {
	throw new Invalid(field);
};
export const absent = (value: unknown): boolean => value === undefined || value === null;
const has = (table: object, key: unknown): boolean => typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);

export const object = (value: unknown, field: string): Record<string, unknown> => (isRecord(value) ? value : fail(field));
export const bool = (value: unknown, field: string): boolean => (typeof value === 'boolean' ? value : fail(field));
export const num = (value: unknown, field: string): number => (typeof value === 'number' && Number.isFinite(value) ? value : fail(field));
export const str = (value: unknown, field: string): string => (typeof value === 'string' ? value : fail(field));
export const optStr = (value: unknown, field: string): string | undefined => (absent(value) ? undefined : str(value, field));
const optBool = (value: unknown, field: string): boolean | undefined => (absent(value) ? undefined : bool(value, field));
export const date = (value: unknown, field: string): string => {
	const text = str(value, field);
	return Number.isNaN(Date.parse(text)) ? fail(field) : text;
};
export const optDate = (value: unknown, field: string): string | undefined => (absent(value) ? undefined : date(value, field));
export const level = (value: unknown, field: string): Level => (has(LEVEL_RANK, value) ? (value as Level) : fail(field));
export const list = <T>(value: unknown, field: string, item: (entry: unknown, field: string) => T): T[] =>
	Array.isArray(value) ? value.map((entry, i) => item(entry, `${field}[${i}]`)) : fail(field);

/** Every error kind, so an unreadable finding of a kind this version does not know is dropped. */
const ERROR_KINDS: Record<ApiErrorKind, true> = {
	'not-configured': true,
	'invalid-url': true,
	'unauthorized': true,
	'forbidden': true,
	'not-found': true,
	'rate-limited': true,
	'server-error': true,
	'timeout': true,
	'unreachable': true,
	'malformed': true,
	'insecure-url': true,
	'token-too-long': true,
	'too-large': true,
	'redirected': true,
	'implausible': true,
	'redirect-loop': true,
};

type Variant<K extends Facts['type']> = Extract<Facts, { type: K }>;
interface IFactsReader<K extends Facts['type']> {
	read: (entry: Record<string, unknown>, field: string) => Variant<K> | undefined;
}

const READERS: { [K in Facts['type']]: IFactsReader<K> } = {
	'expiry': {
		read: (entry, field) => ({
			type: 'expiry',
			trial: bool(entry.trial, `${field}.trial`),
			date: date(entry.date, `${field}.date`),
			days: num(entry.days, `${field}.days`),
			autoRenew: optBool(entry.autoRenew, `${field}.autoRenew`),
			lastCall: optBool(entry.lastCall, `${field}.lastCall`),
		}),
	},
	'modules-off': {
		read: (entry, field) => ({
			type: 'modules-off',
			modules: list(entry.modules, `${field}.modules`, str),
			date: date(entry.date, `${field}.date`),
			days: num(entry.days, `${field}.days`),
		}),
	},
	'airgap': { read: (entry, field) => ({ type: 'airgap', days: num(entry.days, `${field}.days`) }) },
	'limit': {
		read: (entry, field) => {
			const limit = object(entry.limit, `${field}.limit`);
			if (!LIMIT_KINDS.includes(limit.kind as never)) {
				return undefined;
			}
			return {
				type: 'limit',
				limit: {
					kind: limit.kind as (typeof LIMIT_KINDS)[number],
					used: limit.used === 'unknown' ? 'unknown' : num(limit.used, `${field}.limit.used`),
					max: limit.max === 'unlimited' ? 'unlimited' : num(limit.max, `${field}.limit.max`),
					behaviors: list(limit.behaviors, `${field}.limit.behaviors`, str) as never,
					prevented: bool(limit.prevented, `${field}.limit.prevented`),
				},
				percent: num(entry.percent, `${field}.percent`),
			};
		},
	},
	'lapsed': {
		read: (entry, field) => ({
			type: 'lapsed',
			plan: optStr(entry.plan, `${field}.plan`),
			date: date(entry.date, `${field}.date`),
			expired: bool(entry.expired, `${field}.expired`),
		}),
	},
	'seat-forecast': {
		read: (entry, field) => ({
			type: 'seat-forecast',
			cap: num(entry.cap, `${field}.cap`),
			perWeek: num(entry.perWeek, `${field}.perWeek`),
			date: date(entry.date, `${field}.date`),
			days: num(entry.days, `${field}.days`),
		}),
	},
	'contacts-forecast': {
		read: (entry, field) => ({
			type: 'contacts-forecast',
			used: num(entry.used, `${field}.used`),
			cap: num(entry.cap, `${field}.cap`),
			day: num(entry.day, `${field}.day`),
			projected: num(entry.projected, `${field}.projected`),
		}),
	},
	'unreadable': {
		read: (entry, field) =>
			has(ERROR_KINDS, entry.kind)
				? {
						type: 'unreadable',
						kind: entry.kind as ApiErrorKind,
						detail: object(entry.detail, `${field}.detail`),
						since: date(entry.since, `${field}.since`),
						reminder: bool(entry.reminder, `${field}.reminder`),
					}
				: undefined,
	},
};

/** The facts stored under finding `id`; undefined when this version does not know them. */
export function readFacts(id: string, value: unknown, field: string): Facts | undefined {
	const entry = object(value, field);
	const reader = has(READERS, entry.type) ? READERS[entry.type as Facts['type']] : undefined;
	if (!reader || !FINDING_ID_PATTERN[entry.type as Facts['type']].test(id)) {
		return undefined;
	}
	const facts = (reader as IFactsReader<Facts['type']>).read(entry, field);
	return facts && compact(facts);
}

/** True when `id` looks like a finding id of any kind this version knows. */
export const isKnownId = (id: string): boolean => Object.values(FINDING_ID_PATTERN).some((pattern) => pattern.test(id));

export function readFinding(value: unknown, field: string): IFinding | undefined {
	const entry = object(value, field);
	const id = str(entry.id, `${field}.id`);
	const facts = readFacts(id, entry.facts, `${field}.facts`);
	return facts && { id, level: level(entry.level, `${field}.level`), severity: num(entry.severity, `${field}.severity`), facts };
}

const NEWS: Record<Extract<Notice, { kind: 'news' }>['news'], true> = {
	'new': true,
	'active-again': true,
	'renewed': true,
	'changed': true,
};

/** A notice a channel still owes (channels.ts); undefined for a kind this version does not know. */
export function readNotice(value: unknown, field: string): Notice | undefined {
	const entry = object(value, field);
	switch (entry.kind) {
		case 'raised':
		case 'recovered':
		case 'unblocked': {
			const finding = readFinding(entry.finding, `${field}.finding`);
			return finding && { kind: entry.kind, finding };
		}
		case 'news':
			return has(NEWS, entry.news)
				? compact<Notice>({
						kind: 'news',
						news: entry.news as keyof typeof NEWS,
						plan: optStr(entry.plan, `${field}.plan`),
						date: optDate(entry.date, `${field}.date`),
					})
				: undefined;
		case 'digest':
			return { kind: 'digest' };
		default:
			return undefined;
	}
}
