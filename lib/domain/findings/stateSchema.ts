/**
 * The saved check state, checked when it is read back: a record of the wrong shape starts a fresh state (and says why)
 * instead of failing every check forever. Findings of a type or id this version does not know (written by a newer
 * version) are dropped, so they produce no notice. STATE_VERSION lets a later change migrate older records.
 */
import type { IAnnounced, ICheckState } from './announce';
import { EMPTY_STATE } from './announce';
import type { ISteadiness } from './hysteresis';
import type { Facts, IRememberedLicense } from './types';
import { LEVEL_RANK } from './types';
import { LIMIT_KINDS } from '../snapshot/types';

/** 1: the record is `{version, state}`. Records without a version (0) have the same state shape. */
export const STATE_VERSION = 1;

export type StateReading = { state: ICheckState; problem?: string };

class Invalid extends Error {}

const fail = (field: string): never => {
	throw new Invalid(field);
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const object = (value: unknown, field: string): Record<string, unknown> => (isObject(value) ? value : fail(field));
const bool = (value: unknown, field: string): boolean => (typeof value === 'boolean' ? value : fail(field));
const num = (value: unknown, field: string): number => (typeof value === 'number' && Number.isFinite(value) ? value : fail(field));
const str = (value: unknown, field: string): string => (typeof value === 'string' && value.length <= 200 ? value : fail(field));
const optStr = (value: unknown, field: string): string | undefined =>
	value === undefined || value === null ? undefined : str(value, field);
const date = (value: unknown, field: string): string => {
	const text = str(value, field);
	return Number.isNaN(Date.parse(text)) ? fail(field) : text;
};
const optDate = (value: unknown, field: string): string | undefined =>
	value === undefined || value === null ? undefined : date(value, field);
const level = (value: unknown, field: string) =>
	typeof value === 'string' && value in LEVEL_RANK ? (value as keyof typeof LEVEL_RANK) : fail(field);

const KNOWN_ID = /^(expiry:.+|limit:[A-Za-z]+|lapsed|unreadable)$/;
const FACT_TYPES = ['expiry', 'limit', 'lapsed', 'unreadable'];

/** undefined: a finding this version does not know (dropped); throws when a known one is malformed. */
function facts(value: unknown, field: string): Facts | undefined {
	const entry = object(value, field);
	if (!FACT_TYPES.includes(entry.type as string)) {
		return undefined;
	}
	switch (entry.type) {
		case 'expiry':
			return {
				type: 'expiry',
				trial: bool(entry.trial, `${field}.trial`),
				date: date(entry.date, `${field}.date`),
				days: num(entry.days, `${field}.days`),
			};
		case 'limit': {
			const limit = object(entry.limit, `${field}.limit`);
			if (!LIMIT_KINDS.includes(limit.kind as never)) {
				return undefined;
			}
			const used = limit.used === 'unknown' ? 'unknown' : num(limit.used, `${field}.limit.used`);
			const max = limit.max === 'unlimited' ? 'unlimited' : num(limit.max, `${field}.limit.max`);
			const behaviors = Array.isArray(limit.behaviors)
				? limit.behaviors.map((b, i) => str(b, `${field}.limit.behaviors[${i}]`))
				: fail(`${field}.limit.behaviors`);
			return {
				type: 'limit',
				limit: {
					kind: limit.kind as never,
					used,
					max,
					behaviors: behaviors as never,
					prevented: bool(limit.prevented, `${field}.limit.prevented`),
				},
				percent: num(entry.percent, `${field}.percent`),
			};
		}
		case 'lapsed':
			return {
				type: 'lapsed',
				plan: optStr(entry.plan, `${field}.plan`),
				date: date(entry.date, `${field}.date`),
				expired: bool(entry.expired, `${field}.expired`),
			};
		default:
			return {
				type: 'unreadable',
				kind: str(entry.kind, `${field}.kind`) as never,
				detail: object(entry.detail, `${field}.detail`),
				since: date(entry.since, `${field}.since`),
				reminder: bool(entry.reminder, `${field}.reminder`),
			};
	}
}

function announced(value: unknown): Record<string, IAnnounced> {
	const result: Record<string, IAnnounced> = {};
	for (const [id, raw] of Object.entries(object(value, 'announced'))) {
		if (!KNOWN_ID.test(id)) {
			continue;
		}
		const entry = object(raw, `announced.${id}`);
		const read = facts(entry.facts, `announced.${id}.facts`);
		if (read) {
			const severity = entry.severity === undefined ? undefined : num(entry.severity, `announced.${id}.severity`);
			result[id] = { level: level(entry.level, `announced.${id}.level`), severity: severity as number, facts: read };
		}
	}
	return result;
}

function license(value: unknown): IRememberedLicense | undefined {
	if (value === undefined || value === null) {
		return undefined;
	}
	const entry = object(value, 'license');
	return {
		plan: optStr(entry.plan, 'license.plan'),
		trial: bool(entry.trial, 'license.trial'),
		enforcedExpiry: optDate(entry.enforcedExpiry, 'license.enforcedExpiry'),
		seenAt: date(entry.seenAt, 'license.seenAt'),
	};
}

function steadiness(value: unknown, known: Record<string, IAnnounced>): ISteadiness | undefined {
	if (value === undefined || value === null) {
		return undefined;
	}
	const entry = object(value, 'steady');
	const clearing = Object.fromEntries(
		Object.entries(object(entry.clearing, 'steady.clearing'))
			.filter(([id]) => known[id])
			.map(([id, n]) => [id, num(n, `steady.clearing.${id}`)]),
	);
	const cleared = Object.fromEntries(
		Object.entries(object(entry.cleared, 'steady.cleared'))
			.filter(([id]) => KNOWN_ID.test(id))
			.map(([id, raw]) => {
				const item = object(raw, `steady.cleared.${id}`);
				return [
					id,
					{
						at: date(item.at, `steady.cleared.${id}.at`),
						level: level(item.level, `steady.cleared.${id}.level`),
						severity: num(item.severity, `steady.cleared.${id}.severity`),
					},
				];
			}),
	);
	const silent = Array.isArray(entry.silent)
		? entry.silent.map((id, i) => str(id, `steady.silent[${i}]`)).filter((id) => known[id])
		: fail('steady.silent');
	return { clearing, cleared, silent };
}

/** The state in a stored record (`{version, state}`), or a fresh one with the reason when the record cannot be used. */
export function readCheckState(record: unknown): StateReading {
	if (record === undefined || record === null) {
		return { state: EMPTY_STATE };
	}
	try {
		const stored = object(record, 'record');
		if (stored.version !== undefined && (typeof stored.version !== 'number' || !Number.isInteger(stored.version) || stored.version < 0)) {
			fail('version');
		}
		if (stored.state === undefined) {
			return { state: EMPTY_STATE };
		}
		const state = object(stored.state, 'state');
		const known = announced(state.announced);
		const failure =
			state.failure === undefined || state.failure === null
				? undefined
				: {
						since: date(object(state.failure, 'failure').since, 'failure.since'),
						reminded: bool((state.failure as Record<string, unknown>).reminded, 'failure.reminded'),
					};
		return {
			state: {
				initialized: bool(state.initialized, 'initialized'),
				announced: known,
				license: license(state.license),
				failure,
				digestDay: optStr(state.digestDay, 'digestDay'),
				steady: steadiness(state.steady, known),
			},
		};
	} catch (error) {
		if (error instanceof Invalid) {
			return { state: EMPTY_STATE, problem: error.message };
		}
		throw error;
	}
}

/** The record saved for `state`. */
export function writeCheckState(state: ICheckState): { version: number; state: ICheckState } {
	return { version: STATE_VERSION, state };
}
