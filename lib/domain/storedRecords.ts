/**
 * One reader per record the app keeps (lib/engine/store.ts), built on the check state's kit (findings/factsSchema.ts):
 * a record of the wrong shape throws Invalid, and readStored() turns that into a fresh start with the reason. Two
 * records under one key are resolved the same way every time: the valid one with the most content wins.
 */
import { compact } from './compact';
import type { ICheckState } from './findings/announce';
import { EMPTY_STATE } from './findings/announce';
import { Invalid, absent, bool, date, fail, list, num, object, optDate, optStr, str } from '../kit/json';
import { readCheckState } from './findings/stateSchema';
import type { IHistory } from './trend/history';
import { EMPTY_HISTORY } from './trend/history';
import type { ISeriesPoint, SeriesSource } from './trend/series';

export interface IRecordReader<T> {
	/** What the record is, for the log line: "The saved <what> is not valid". */
	what: string;
	/** What a fresh install, or an unusable record, starts from. */
	fresh: T;
	/** The value of one stored record; throws Invalid when it cannot be used. */
	read: (record: unknown) => T;
}

/** The value to use, and the log line when the stored records were not simply one valid record. */
export type StoredReading<T> = { value: T; problem?: string };

const size = (record: unknown): string => JSON.stringify(record) ?? '';

/** The value of the records found under one key: absent → fresh; none usable → fresh with the reason; several → the fullest valid one. */
export function readStored<T>(reader: IRecordReader<T>, records: readonly unknown[]): StoredReading<T> {
	const readings = records.map((record) => {
		try {
			return { record, value: reader.read(record) };
		} catch (error) {
			if (error instanceof Invalid) {
				return { record, problem: error.message };
			}
			throw error;
		}
	});
	const valid = readings.filter((reading): reading is { record: unknown; value: T } => !('problem' in reading));
	const invalid = readings.filter((reading) => 'problem' in reading).map((reading) => (reading as { problem: string }).problem);
	if (valid.length === 0) {
		return invalid.length
			? {
					value: reader.fresh,
					problem: `The saved ${reader.what} is not valid (${invalid.join('; ')}); ${reader.fresh === undefined ? 'it is dropped' : 'it starts afresh'}.`,
				}
			: { value: reader.fresh };
	}
	// The fullest record, then the smallest text: the same choice whatever order the store returns them in.
	const [chosen] = [...valid].sort((a, b) => size(b.record).length - size(a.record).length || (size(a.record) < size(b.record) ? -1 : 1));
	if (records.length === 1) {
		return { value: chosen.value };
	}
	const unusable = invalid.length ? `, ${invalid.length} not valid (${invalid.join('; ')})` : '';
	return { value: chosen.value, problem: `${records.length} saved records of ${reader.what}${unusable}: the fullest valid one is kept.` };
}

const whole = (value: unknown, field: string): number => {
	const number = num(value, field);
	return Number.isInteger(number) && number >= 0 ? number : fail(field);
};
const optWhole = (value: unknown, field: string): number | undefined => (absent(value) ? undefined : whole(value, field));
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: unknown, field: string): string => (DAY.test(str(value, field)) ? date(value, field) : fail(field));

export const CHECK_STATE_READER: IRecordReader<ICheckState> = {
	what: 'license check state',
	fresh: EMPTY_STATE,
	read: (record) => {
		const { state, problem } = readCheckState(record);
		return problem ? fail(problem) : state;
	},
};

/** The admin-room problem ("room|reason") last logged (lib/engine/delivery.ts). */
export const FALLBACK_LOGGED_READER: IRecordReader<string | undefined> = {
	what: 'admin-room problem last logged',
	fresh: undefined,
	read: (record) => str(object(record, 'record').problem, 'problem'),
};

export const MENTION_HERE_READER: IRecordReader<boolean> = {
	what: 'mention-here note',
	fresh: false,
	read: (record) => bool(object(record, 'record').logged, 'logged'),
};

/** The roles that held each permission at the last check, for one workspace and token (lib/flows/callerAccess.ts). */
export interface IKnownRoles {
	identity: string;
	table: Record<string, string[]>;
}

export const KNOWN_ROLES_READER: IRecordReader<IKnownRoles | undefined> = {
	what: 'known roles',
	fresh: undefined,
	read: (record) => {
		const entry = object(record, 'record');
		const table = Object.entries(object(entry.table, 'table')).map(([permission, roles]) => [
			permission,
			list(roles, `table.${permission}`, str),
		]);
		return { identity: str(entry.identity, 'identity'), table: Object.fromEntries(table) as Record<string, string[]> };
	},
};

/** One deactivation LicenseApp made, kept for its Undo button (lib/flows/idleActions.ts). */
export interface IDeactivationRecord {
	userId: string;
	username: string;
	lastLogin?: string;
	/** Who clicked, and when (ISO 8601). */
	clicker: string;
	at: string;
	/** The audit post in the admin room, updated when undone. */
	messageId?: string;
	undoneAt?: string;
}

export const DEACTIVATION_READER: IRecordReader<IDeactivationRecord | undefined> = {
	what: 'undo record',
	fresh: undefined,
	read: (record) => {
		const entry = object(record, 'record');
		return compact<IDeactivationRecord>({
			userId: str(entry.userId, 'userId'),
			username: str(entry.username, 'username'),
			lastLogin: optDate(entry.lastLogin, 'lastLogin'),
			clicker: str(entry.clicker, 'clicker'),
			at: date(entry.at, 'at'),
			messageId: optStr(entry.messageId, 'messageId'),
			undoneAt: optDate(entry.undoneAt, 'undoneAt'),
		});
	},
};

/** What the check remembers about its own runs, for the metrics endpoint. */
export interface ICheckStats {
	/** Epoch milliseconds of the last daily check that ran, and of the last one that read the license. */
	lastRunMs?: number;
	lastSuccessMs?: number;
	/** Failed license reads, by error kind, since the app was installed. */
	readErrors: Record<string, number>;
}

export const CHECK_STATS_READER: IRecordReader<ICheckStats> = {
	what: 'check statistics',
	fresh: { readErrors: {} },
	read: (record) => {
		const entry = object(record, 'record');
		const errors = absent(entry.readErrors) ? {} : object(entry.readErrors, 'readErrors');
		return compact<ICheckStats>({
			// A value never set may come back as null from the store: absent.
			lastRunMs: optWhole(entry.lastRunMs, 'lastRunMs'),
			lastSuccessMs: optWhole(entry.lastSuccessMs, 'lastSuccessMs'),
			readErrors: Object.fromEntries(Object.entries(errors).map(([kind, n]) => [kind, whole(n, `readErrors.${kind}`)])),
		});
	},
};

/**
 * A point as stored: [day, seats, cap, guests, contacts, contacts30d, contacts7d, contacts1d], null for what is unknown
 * (400 of them stay a few KB). Points saved before the trailing contact windows were kept have five entries.
 */
type Known = number | null;
export type StoredPoint = [string, number, Known, Known, Known, Known, Known, Known];

export const toStoredPoint = (p: ISeriesPoint): StoredPoint => [
	p.day,
	p.seats,
	p.cap ?? null,
	p.guests ?? null,
	p.contacts ?? null,
	p.contacts30d ?? null,
	p.contacts7d ?? null,
	p.contacts1d ?? null,
];

const OPTIONAL_COUNTS = ['cap', 'guests', 'contacts', 'contacts30d', 'contacts7d', 'contacts1d'] as const;

function storedPoint(value: unknown, field: string): ISeriesPoint {
	const entry = list(value, field, (item) => item);
	if (entry.length !== 5 && entry.length !== 8) {
		fail(field);
	}
	const counts = OPTIONAL_COUNTS.map((name, i) => [name, optWhole(entry[i + 2], `${field}[${i + 2}]`)] as const);
	return compact<ISeriesPoint>({
		day: day(entry[0], `${field}[0]`),
		seats: whole(entry[1], `${field}[1]`),
		...Object.fromEntries(counts),
	});
}

function source(value: unknown): SeriesSource | undefined {
	if (absent(value)) {
		return undefined;
	}
	const entry = object(value, 'source');
	if (entry.kind === 'statistics') {
		return { kind: 'statistics' };
	}
	return entry.kind === 'own' ? { kind: 'own', since: day(entry.since, 'source.since') } : fail('source.kind');
}

export const HISTORY_READER: IRecordReader<IHistory> = {
	what: 'seat history',
	fresh: EMPTY_HISTORY,
	read: (record) => {
		const entry = object(record, 'record');
		const backfill = object(entry.backfill, 'backfill');
		const points = list(entry.points, 'points', storedPoint);
		if (points.some((point, i) => i > 0 && point.day <= points[i - 1].day)) {
			fail('points (days out of order)');
		}
		// Every field of IHistory, present or not: a new field cannot be forgotten here without the compiler noticing.
		const read: { [K in keyof Required<IHistory>]: IHistory[K] } = {
			points,
			source: source(entry.source),
			backfill: { offset: whole(backfill.offset, 'backfill.offset'), done: bool(backfill.done, 'backfill.done') },
			newestAt: optDate(entry.newestAt, 'newestAt'),
			refusedOn: absent(entry.refusedOn) ? undefined : day(entry.refusedOn, 'refusedOn'),
		};
		return compact<IHistory>(read);
	},
};
