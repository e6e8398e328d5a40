/** Everything the app keeps in persistence, under keys that live here only. */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

import type { ICheckState } from '../domain/findings/announce';
import { EMPTY_STATE } from '../domain/findings/announce';
import type { IHistory } from '../domain/trend/history';
import { EMPTY_HISTORY } from '../domain/trend/history';
import type { ISeriesPoint } from '../domain/trend/series';

const KEYS = {
	checkState: 'licenseapp:check-state',
	fallbackLogged: 'licenseapp:fallback-logged',
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

/** What the daily check announced and remembers; a fresh install starts empty. */
export async function loadCheckState(persistence: IPersistenceRead): Promise<ICheckState> {
	const stored = await readOne<{ state?: ICheckState }>(persistence, KEYS.checkState);
	return stored?.state ? { ...EMPTY_STATE, ...stored.state } : EMPTY_STATE;
}

export async function saveCheckState(persistence: IPersistence, state: ICheckState): Promise<void> {
	await writeOne(persistence, KEYS.checkState, { state });
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

/** A point as stored: [day, seats, cap, guests, contacts], null for what is unknown (400 of them stay a few KB). */
type StoredPoint = [string, number, number | null, number | null, number | null];

const toStored = (p: ISeriesPoint): StoredPoint => [p.day, p.seats, p.cap ?? null, p.guests ?? null, p.contacts ?? null];

function fromStored([day, seats, cap, guests, contacts]: StoredPoint): ISeriesPoint {
	return {
		day,
		seats,
		...(cap !== null && { cap }),
		...(guests !== null && { guests }),
		...(contacts !== null && { contacts }),
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
