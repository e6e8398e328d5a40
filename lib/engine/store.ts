/** Everything the app keeps in persistence, under keys that live here only. */
import type { ILogger, IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

import type { ICheckState } from '../domain/findings/announce';
import { readCheckState, writeCheckState } from '../domain/findings/stateSchema';

const KEYS = {
	checkState: 'licenseapp:check-state',
	fallbackLogged: 'licenseapp:fallback-logged',
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
