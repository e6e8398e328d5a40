/** Everything the app keeps in persistence, under keys that live here only. */
import type { ILogger, IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

import type { ICheckState } from '../domain/findings/announce';
import { readCheckState, writeCheckState } from '../domain/findings/stateSchema';
import type { IHistory } from '../domain/trend/history';
import { EMPTY_HISTORY } from '../domain/trend/history';
import type { ISeriesPoint } from '../domain/trend/series';
import type { RoleTable } from '../flows/access';
import type { ICheckStats } from '../render/metricsText';

const KEYS = {
	checkState: 'licenseapp:check-state',
	fallbackLogged: 'licenseapp:fallback-logged',
	knownRoles: 'licenseapp:known-roles',
	mentionHereLogged: 'licenseapp:mention-here-logged',
	idleUndo: 'licenseapp:idle-undo:',
	checkStats: 'licenseapp:check-stats',
	seatHistory: 'licenseapp:seat-history',
} as const;

const association = (key: string) => new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, key);

async function readOne<T>(persistence: IPersistenceRead, key: string): Promise<T | undefined> {
	const [record] = await persistence.readByAssociation(association(key));
	return record as T | undefined;
}

async function writeOne(persistence: IPersistence, key: string, data: object): Promise<void> {
	await persistence.updateByAssociation(association(key), data, true);
}

/**
 * What the daily check announced and remembers; a fresh install starts empty, and so does a record that cannot be
 * read (one log line says so when a logger is given). Never throws for what it finds stored.
 */
export async function loadCheckState(persistence: IPersistenceRead, logger?: ILogger): Promise<ICheckState> {
	const { state, problem } = readCheckState(await readOne<unknown>(persistence, KEYS.checkState));
	if (problem) {
		logger?.warn(`The saved license check state is not valid (${problem}); the check starts afresh.`);
	}
	return state;
}

export async function saveCheckState(persistence: IPersistence, state: ICheckState): Promise<void> {
	await writeOne(persistence, KEYS.checkState, writeCheckState(state));
}

/** The admin-room problem ("room|reason") last logged: the log line is written once per misconfiguration. */
export async function fallbackLoggedFor(persistence: IPersistenceRead): Promise<string | undefined> {
	return (await readOne<{ problem: string }>(persistence, KEYS.fallbackLogged))?.problem;
}

export async function rememberFallbackLogged(persistence: IPersistence, problem: string): Promise<void> {
	await writeOne(persistence, KEYS.fallbackLogged, { problem });
}

/** After a successful post in the admin room: a later problem, even the same one, is logged again. */
export async function forgetFallbackLogged(read: IPersistenceRead, persistence: IPersistence): Promise<void> {
	if (await fallbackLoggedFor(read)) {
		await persistence.removeByAssociation(association(KEYS.fallbackLogged));
	}
}

/**
 * The roles that held each permission at the last check, for the workspace and token `identity` (lib/api/client.ts). A
 * command whose caller they allowed reads the license at once, and shows it only once fresh roles confirm.
 */
export async function loadKnownRoles(persistence: IPersistenceRead, identity: string): Promise<RoleTable | undefined> {
	const stored = await readOne<{ identity?: string; table?: RoleTable }>(persistence, KEYS.knownRoles);
	return stored?.identity === identity ? stored.table : undefined;
}

export async function saveKnownRoles(persistence: IPersistence, identity: string, table: RoleTable): Promise<void> {
	await writeOne(persistence, KEYS.knownRoles, { identity, table });
}

/** Whether the missing mention-here grant of the app role was logged: said once, again after it was granted. */
export async function mentionHereLogged(persistence: IPersistenceRead): Promise<boolean> {
	return (await readOne<{ logged?: boolean }>(persistence, KEYS.mentionHereLogged))?.logged === true;
}

export async function setMentionHereLogged(persistence: IPersistence, logged: boolean): Promise<void> {
	if (logged) {
		await writeOne(persistence, KEYS.mentionHereLogged, { logged });
	} else {
		await persistence.removeByAssociation(association(KEYS.mentionHereLogged));
	}
}

/** One deactivation LicenseApp made, kept for its Undo button (issue 10). */
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

export async function loadDeactivation(persistence: IPersistenceRead, userId: string): Promise<IDeactivationRecord | undefined> {
	return readOne<IDeactivationRecord>(persistence, `${KEYS.idleUndo}${userId}`);
}

export async function saveDeactivation(persistence: IPersistence, record: IDeactivationRecord): Promise<void> {
	await writeOne(persistence, `${KEYS.idleUndo}${record.userId}`, record);
}

/** The daily check's own record for the metrics endpoint: when it ran, when it last read the license, errors by kind. */
export async function loadCheckStats(persistence: IPersistenceRead): Promise<ICheckStats> {
	const stored = await readOne<Partial<ICheckStats>>(persistence, KEYS.checkStats);
	// A value never set may come back as null from the store: only numbers count.
	const time = (value: unknown) => (typeof value === 'number' ? value : undefined);
	return { lastRunMs: time(stored?.lastRunMs), lastSuccessMs: time(stored?.lastSuccessMs), readErrors: { ...stored?.readErrors } };
}

/** Records one check run: its time, and either a successful read or the kind of error that stopped it. */
export async function recordCheckRun(read: IPersistenceRead, persistence: IPersistence, nowMs: number, errorKind?: string): Promise<void> {
	const stats = await loadCheckStats(read);
	const readErrors = errorKind ? { ...stats.readErrors, [errorKind]: (stats.readErrors[errorKind] ?? 0) + 1 } : stats.readErrors;
	await writeOne(persistence, KEYS.checkStats, {
		lastRunMs: nowMs,
		lastSuccessMs: errorKind ? stats.lastSuccessMs : nowMs,
		readErrors,
	});
}

/**
 * A point as stored: [day, seats, cap, guests, contacts, contacts30d, contacts7d, contacts1d], null for what is unknown
 * (400 of them stay a few KB). Points saved before the trailing contact windows were kept have five entries.
 */
type Known = number | null;
type StoredPoint = [string, number, Known, Known, Known, Known?, Known?, Known?];

const toStored = (p: ISeriesPoint): StoredPoint => [
	p.day,
	p.seats,
	p.cap ?? null,
	p.guests ?? null,
	p.contacts ?? null,
	p.contacts30d ?? null,
	p.contacts7d ?? null,
	p.contacts1d ?? null,
];

const known = (value: Known | undefined): value is number => typeof value === 'number';

function fromStored([day, seats, cap, guests, contacts, contacts30d, contacts7d, contacts1d]: StoredPoint): ISeriesPoint {
	return {
		day,
		seats,
		...(known(cap) && { cap }),
		...(known(guests) && { guests }),
		...(known(contacts) && { contacts }),
		...(known(contacts30d) && { contacts30d }),
		...(known(contacts7d) && { contacts7d }),
		...(known(contacts1d) && { contacts1d }),
	};
}

/** The seat history (lib/domain/trend/history.ts); a fresh install starts empty. */
export async function loadHistory(persistence: IPersistenceRead): Promise<IHistory> {
	const stored = await readOne<Omit<IHistory, 'points'> & { points?: StoredPoint[] }>(persistence, KEYS.seatHistory);
	if (!stored) {
		return EMPTY_HISTORY;
	}
	const points = Array.isArray(stored.points)
		? stored.points.filter((p) => Array.isArray(p) && typeof p[1] === 'number').map(fromStored)
		: [];
	return { ...EMPTY_HISTORY, ...stored, points };
}

export async function saveHistory(persistence: IPersistence, history: IHistory): Promise<void> {
	await writeOne(persistence, KEYS.seatHistory, { ...history, points: history.points.map(toStored) });
}
