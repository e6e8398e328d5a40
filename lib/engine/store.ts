/** Everything the app keeps in persistence, under keys that live here only. */
import type { ILogger, IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

import type { RoleTable } from '../domain/access';
import type { ICheckState } from '../domain/findings/announce';
import { writeCheckState } from '../domain/findings/stateSchema';
import type { ICheckStats, IDeactivationRecord, IRecordReader } from '../domain/storedRecords';
import {
	CHECK_STATE_READER,
	CHECK_STATS_READER,
	DEACTIVATION_READER,
	FALLBACK_LOGGED_READER,
	HISTORY_READER,
	KNOWN_ROLES_READER,
	MENTION_HERE_READER,
	readStored,
	toStoredPoint,
} from '../domain/storedRecords';
import type { IHistory } from '../domain/trend/history';

export type { IDeactivationRecord } from '../domain/storedRecords';

export const KEYS = {
	checkState: 'licenseapp:check-state',
	fallbackLogged: 'licenseapp:fallback-logged',
	knownRoles: 'licenseapp:known-roles',
	mentionHereLogged: 'licenseapp:mention-here-logged',
	/** A prefix: one record per deactivated user id. */
	idleUndo: 'licenseapp:idle-undo:',
	checkStats: 'licenseapp:check-stats',
	seatHistory: 'licenseapp:seat-history',
} as const;

/** The one reader of each key's records (lib/domain/storedRecords.ts): a key cannot be added without one. */
export const READERS: { [K in keyof typeof KEYS]: IRecordReader<unknown> } = {
	checkState: CHECK_STATE_READER,
	fallbackLogged: FALLBACK_LOGGED_READER,
	knownRoles: KNOWN_ROLES_READER,
	mentionHereLogged: MENTION_HERE_READER,
	idleUndo: DEACTIVATION_READER,
	checkStats: CHECK_STATS_READER,
	seatHistory: HISTORY_READER,
};

const association = (key: string) => new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, key);

/**
 * The value stored under `key`, read by its one reader: never throws for what it finds. An unusable record, or several
 * under one key, is said in one log line when a logger is given; the next write replaces them all.
 */
async function readOne<T>(persistence: IPersistenceRead, key: string, reader: IRecordReader<T>, logger?: ILogger): Promise<T> {
	const { value, problem } = readStored(reader, await persistence.readByAssociation(association(key)));
	if (problem) {
		logger?.warn(problem);
	}
	return value;
}

/** More records than this under one key are beyond any duplicate a race can make: the rest wait for the next write. */
const MAX_REMOVALS = 10;

/**
 * Removes whatever is stored under `key`, duplicates included. A removal by association deletes one record per call in
 * recent Rocket.Chat versions while reporting every match (docs/rocketchat-api.md), so it is repeated until at most one
 * match was reported.
 */
async function removeAll(persistence: IPersistence, key: string): Promise<void> {
	for (let i = 0; i < MAX_REMOVALS; i++) {
		const removed = await persistence.removeByAssociation(association(key));
		if (!removed || removed.length <= 1) {
			return;
		}
	}
}

/** Stores `data` as the one record under `key`: an upsert would update only one of several. */
async function writeOne(persistence: IPersistence, key: string, data: object): Promise<void> {
	await removeAll(persistence, key);
	await persistence.createWithAssociation(data, association(key));
}

/**
 * What the daily check announced and remembers; a fresh install starts empty, and so does a record that cannot be
 * read (one log line says so when a logger is given). Never throws for what it finds stored.
 */
export async function loadCheckState(persistence: IPersistenceRead, logger?: ILogger): Promise<ICheckState> {
	return readOne(persistence, KEYS.checkState, CHECK_STATE_READER, logger);
}

export async function saveCheckState(persistence: IPersistence, state: ICheckState): Promise<void> {
	await writeOne(persistence, KEYS.checkState, writeCheckState(state));
}

/** The admin-room problem ("room|reason") last logged: the log line is written once per misconfiguration. */
export async function fallbackLoggedFor(persistence: IPersistenceRead, logger?: ILogger): Promise<string | undefined> {
	return readOne(persistence, KEYS.fallbackLogged, FALLBACK_LOGGED_READER, logger);
}

export async function rememberFallbackLogged(persistence: IPersistence, problem: string): Promise<void> {
	await writeOne(persistence, KEYS.fallbackLogged, { problem });
}

/** After a successful post in the admin room: a later problem, even the same one, is logged again. */
export async function forgetFallbackLogged(read: IPersistenceRead, persistence: IPersistence): Promise<void> {
	if (await fallbackLoggedFor(read)) {
		await removeAll(persistence, KEYS.fallbackLogged);
	}
}

/**
 * The roles that held each permission at the last check, for the workspace and token `identity` (lib/api/client.ts). A
 * command whose caller they allowed reads the license at once, and shows it only once fresh roles confirm.
 */
export async function loadKnownRoles(persistence: IPersistenceRead, identity: string, logger?: ILogger): Promise<RoleTable | undefined> {
	const stored = await readOne(persistence, KEYS.knownRoles, KNOWN_ROLES_READER, logger);
	return stored?.identity === identity ? stored.table : undefined;
}

export async function saveKnownRoles(persistence: IPersistence, identity: string, table: RoleTable): Promise<void> {
	await writeOne(persistence, KEYS.knownRoles, { identity, table });
}

/** Whether the missing mention-here grant of the app role was logged: said once, again after it was granted. */
export async function mentionHereLogged(persistence: IPersistenceRead, logger?: ILogger): Promise<boolean> {
	return readOne(persistence, KEYS.mentionHereLogged, MENTION_HERE_READER, logger);
}

export async function setMentionHereLogged(persistence: IPersistence, logged: boolean): Promise<void> {
	if (logged) {
		await writeOne(persistence, KEYS.mentionHereLogged, { logged });
	} else {
		await removeAll(persistence, KEYS.mentionHereLogged);
	}
}

/** The undo record of `userId`'s deactivation; one naming another user (a record under the wrong key) counts as none. */
export async function loadDeactivation(
	persistence: IPersistenceRead,
	userId: string,
	logger?: ILogger,
): Promise<IDeactivationRecord | undefined> {
	const record = await readOne(persistence, `${KEYS.idleUndo}${userId}`, DEACTIVATION_READER, logger);
	return record?.userId === userId ? record : undefined;
}

export async function saveDeactivation(persistence: IPersistence, record: IDeactivationRecord): Promise<void> {
	await writeOne(persistence, `${KEYS.idleUndo}${record.userId}`, record);
}

/** The daily check's own record for the metrics endpoint: when it ran, when it last read the license, errors by kind. */
export async function loadCheckStats(persistence: IPersistenceRead, logger?: ILogger): Promise<ICheckStats> {
	return readOne(persistence, KEYS.checkStats, CHECK_STATS_READER, logger);
}

/** Records one check run: its time, and either a successful read or the kind of error that stopped it. */
export async function recordCheckRun(
	read: IPersistenceRead,
	persistence: IPersistence,
	nowMs: number,
	errorKind?: string,
	logger?: ILogger,
): Promise<void> {
	const stats = await loadCheckStats(read, logger);
	const readErrors = errorKind ? { ...stats.readErrors, [errorKind]: (stats.readErrors[errorKind] ?? 0) + 1 } : stats.readErrors;
	await writeOne(persistence, KEYS.checkStats, {
		lastRunMs: nowMs,
		lastSuccessMs: errorKind ? stats.lastSuccessMs : nowMs,
		readErrors,
	});
}

/** The seat history (lib/domain/trend/history.ts); a fresh install, or an unusable record, starts empty. */
export async function loadHistory(persistence: IPersistenceRead, logger?: ILogger): Promise<IHistory> {
	return readOne(persistence, KEYS.seatHistory, HISTORY_READER, logger);
}

export async function saveHistory(persistence: IPersistence, history: IHistory): Promise<void> {
	await writeOne(persistence, KEYS.seatHistory, { ...history, points: history.points.map(toStoredPoint) });
}
