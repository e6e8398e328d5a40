/** Defensive readers for API fields: numbers may come as strings, caps as -1/0/null, and anything may be missing. */
import { malformed } from './errors';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown, field: string, path: string): Json {
	if (!isRecord(value)) {
		throw malformed(field, path);
	}
	return value;
}

/** A record when present, {} when absent; anything else is malformed. */
export function optionalRecord(value: unknown, field: string, path: string): Json {
	return value === undefined || value === null ? {} : record(value, field, path);
}

export function optionalArray(value: unknown, field: string, path: string): unknown[] {
	if (value === undefined || value === null) {
		return [];
	}
	if (!Array.isArray(value)) {
		throw malformed(field, path);
	}
	return value;
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
	if (value === undefined || value === null || value === '') {
		return undefined;
	}
	if (typeof value !== 'string') {
		throw malformed(field, path);
	}
	return value;
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
	return optionalArray(value, field, path).map((item, index) => {
		if (typeof item !== 'string') {
			throw malformed(`${field}[${index}]`, path);
		}
		return item;
	});
}
