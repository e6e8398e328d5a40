/**
 * The one kit of JSON readers. Strict readers (object, str, num…) take what the app wrote itself (saved records, the
 * check state) and throw Invalid naming the field. The API readers (record, count, cap…) are built on them for what a
 * workspace answers, where numbers may come as strings, caps as -1/0/null, and anything may be missing: they throw a
 * malformed ApiError naming the field and the API path.
 */
import { malformed } from './errors';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that cannot be used where it was found; the message is the field's path ("findings[2].date"). */
export class Invalid extends Error {}

export const fail = (field: string): never => {
	throw new Invalid(field);
};
export const absent = (value: unknown): boolean => value === undefined || value === null;

export const object = (value: unknown, field: string): Json => (isRecord(value) ? value : fail(field));
export const bool = (value: unknown, field: string): boolean => (typeof value === 'boolean' ? value : fail(field));
export const num = (value: unknown, field: string): number => (typeof value === 'number' && Number.isFinite(value) ? value : fail(field));
export const str = (value: unknown, field: string): string => (typeof value === 'string' ? value : fail(field));
export const optStr = (value: unknown, field: string): string | undefined => (absent(value) ? undefined : str(value, field));
export const optBool = (value: unknown, field: string): boolean | undefined => (absent(value) ? undefined : bool(value, field));
/** A date string as written (not normalised); Invalid when it does not parse. */
export const date = (value: unknown, field: string): string => {
	const text = str(value, field);
	return Number.isNaN(Date.parse(text)) ? fail(field) : text;
};
export const optDate = (value: unknown, field: string): string | undefined => (absent(value) ? undefined : date(value, field));
export const list = <T>(value: unknown, field: string, item: (entry: unknown, field: string) => T): T[] =>
	Array.isArray(value) ? value.map((entry, i) => item(entry, `${field}[${i}]`)) : fail(field);

/** `read()` for an API answer from `path`: an Invalid field becomes the malformed ApiError callers of the API expect. */
function fromApi<T>(path: string, read: () => T): T {
	try {
		return read();
	} catch (error) {
		throw error instanceof Invalid ? malformed(error.message, path) : error;
	}
}

export function record(value: unknown, field: string, path: string): Json {
	return fromApi(path, () => object(value, field));
}

/** A record when present, {} when absent; anything else is malformed. */
export function optionalRecord(value: unknown, field: string, path: string): Json {
	return value === undefined || value === null ? {} : record(value, field, path);
}

export function optionalArray(value: unknown, field: string, path: string): unknown[] {
	return absent(value) ? [] : fromApi(path, () => list(value, field, (entry) => entry));
}

/** A finite number from a number or a numeric string ("25"); undefined when absent. */
export function count(value: unknown, field: string, path: string): number | undefined {
	if (value === undefined || value === null || value === '') {
		return undefined;
	}
	const number = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) {
		throw malformed(field, path);
	}
	return number;
}

/**
 * A cap as Rocket.Chat enforces it (validateLimits checks every `max >= 0`): -1 (any negative), null and absent mean no
 * limit; 0 is a cap of zero, nothing allowed.
 */
export function cap(value: unknown, field: string, path: string): number | 'unlimited' {
	const number = count(value, field, path);
	return number === undefined || number < 0 ? 'unlimited' : number;
}

/** A cap of a V2 license (servers up to 6.4): those servers skipped a falsy max, so 0 meant no limit there too. */
export function legacyCap(value: unknown, field: string, path: string): number | 'unlimited' {
	const max = cap(value, field, path);
	return max === 0 ? 'unlimited' : max;
}

export function optionalString(value: unknown, field: string, path: string): string | undefined {
	return value === '' ? undefined : fromApi(path, () => optStr(value, field));
}

export function optionalBoolean(value: unknown): boolean | undefined {
	return typeof value === 'boolean' ? value : undefined;
}

/** An ISO date string from a date-like value; malformed when it does not parse. */
export function isoDate(value: unknown, field: string, path: string): string | undefined {
	const text = optionalString(value, field, path);
	if (text === undefined) {
		return undefined;
	}
	const time = Date.parse(text);
	if (Number.isNaN(time)) {
		throw malformed(field, path);
	}
	return new Date(time).toISOString();
}

export function stringList(value: unknown, field: string, path: string): string[] {
	return absent(value) ? [] : fromApi(path, () => list(value, field, str));
}
