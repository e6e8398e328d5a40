/**
 * The saved check state, checked when it is read back: a record of the wrong shape starts a fresh state (and says why)
 * instead of failing every check forever. Findings of a type or id this version does not know (written by a newer
 * version) are dropped, so they produce no notice. STATE_VERSION lets a later change migrate older records.
 * The findings themselves are read by factsSchema.ts.
 */
import type { IAnnounced, ICheckState } from './announce';
import { EMPTY_STATE } from './announce';
import type { IChannelMemory } from './channels';
import { CHANNELS } from './channels';
import { isKnownId, level, readFacts, readNotice } from './factsSchema';
import type { ISteadiness } from './hysteresis';
import type { IRememberedLicense, Notice } from './types';
import { Invalid, absent, bool, date, fail, list, num, object, optDate, optStr } from '../../kit/json';
import { compact } from '../compact';

/** 1: the record is `{version, state}`. Records without a version (0) have the same state shape. */
export const STATE_VERSION = 1;

export type StateReading = { state: ICheckState; problem?: string };

function announced(value: unknown): Record<string, IAnnounced> {
	const result: Record<string, IAnnounced> = {};
	for (const [id, raw] of Object.entries(object(value, 'announced'))) {
		const entry = object(raw, `announced.${id}`);
		const facts = readFacts(id, entry.facts, `announced.${id}.facts`);
		if (facts) {
			const severity = entry.severity === undefined ? undefined : num(entry.severity, `announced.${id}.severity`);
			result[id] = { level: level(entry.level, `announced.${id}.level`), severity: severity as number, facts };
		}
	}
	return result;
}

function license(value: unknown): IRememberedLicense | undefined {
	if (absent(value)) {
		return undefined;
	}
	const entry = object(value, 'license');
	return compact<IRememberedLicense>({
		plan: optStr(entry.plan, 'license.plan'),
		trial: bool(entry.trial, 'license.trial'),
		enforcedExpiry: optDate(entry.enforcedExpiry, 'license.enforcedExpiry'),
		seenAt: date(entry.seenAt, 'license.seenAt'),
	});
}

function steadiness(value: unknown, known: Record<string, IAnnounced>): ISteadiness | undefined {
	if (absent(value)) {
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
			.filter(([id]) => isKnownId(id))
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
	const silent = list(entry.silent, 'steady.silent', (id, field) => (typeof id === 'string' ? id : fail(field))).filter((id) => known[id]);
	return { clearing, cleared, silent };
}

function channelMemory(value: unknown, field: string): IChannelMemory {
	const entry = object(value, field);
	const told = Object.entries(object(entry.announced, `${field}.announced`))
		.filter(([id]) => isKnownId(id))
		.map(([id, severity]) => [id, num(severity, `${field}.announced.${id}`)]);
	const pending = list(entry.pending, `${field}.pending`, readNotice).filter((notice): notice is Notice => notice !== undefined);
	return compact<IChannelMemory>({
		announced: Object.fromEntries(told),
		pending,
		failureReported: absent(entry.failureReported) ? undefined : bool(entry.failureReported, `${field}.failureReported`),
	});
}

function channels(value: unknown): ICheckState['channels'] {
	if (absent(value)) {
		return undefined;
	}
	const entry = object(value, 'channels');
	return Object.fromEntries(
		CHANNELS.filter((name) => !absent(entry[name])).map((name) => [name, channelMemory(entry[name], `channels.${name}`)]),
	);
}

function failure(value: unknown): ICheckState['failure'] {
	if (absent(value)) {
		return undefined;
	}
	const entry = object(value, 'failure');
	return { since: date(entry.since, 'failure.since'), reminded: bool(entry.reminded, 'failure.reminded') };
}

/** Every field of ICheckState, present or not: a new field cannot be forgotten here without the compiler noticing. */
type AllFields = { [K in keyof Required<ICheckState>]: ICheckState[K] };

function checkState(value: unknown): ICheckState {
	const state = object(value, 'state');
	const known = announced(state.announced);
	const read: AllFields = {
		initialized: bool(state.initialized, 'initialized'),
		announced: known,
		license: license(state.license),
		failure: failure(state.failure),
		digestDay: optStr(state.digestDay, 'digestDay'),
		channels: channels(state.channels),
		steady: steadiness(state.steady, known),
	};
	return compact<ICheckState>(read);
}

/** The state in a stored record (`{version, state}`), or a fresh one with the reason when the record cannot be used. */
export function readCheckState(record: unknown): StateReading {
	if (absent(record)) {
		return { state: EMPTY_STATE };
	}
	try {
		const stored = object(record, 'record');
		if (stored.version !== undefined && (typeof stored.version !== 'number' || !Number.isInteger(stored.version) || stored.version < 0)) {
			fail('version');
		}
		return { state: stored.state === undefined ? EMPTY_STATE : checkState(stored.state) };
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
