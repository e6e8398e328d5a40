/** store.ts: every persistence key has one reader, and a reader meets whatever is stored without throwing. */
import * as fs from 'fs';
import * as path from 'path';

import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

import { readStored } from '../../../lib/domain/storedRecords';
import { EMPTY_HISTORY } from '../../../lib/domain/trend/history';
import type { IDeactivationRecord } from '../../../lib/engine/store';
import {
	KEYS,
	READERS,
	fallbackLoggedFor,
	forgetFallbackLogged,
	loadCheckState,
	loadCheckStats,
	forgetDeactivation,
	loadDeactivation,
	loadHistory,
	loadKnownRoles,
	recordCheckRun,
	removeExpiredDeactivations,
	rememberFallbackLogged,
	saveCheckState,
	saveDeactivation,
	saveHistory,
	saveKnownRoles,
} from '../../../lib/engine/store';
import { MemoryPersistence, RecordingLogger } from '../fakes/accessors';

const SOURCE = fs.readFileSync(path.join(__dirname, '../../../lib/engine/store.ts'), 'utf8');
/** Whatever a store can hold: wrong types, and records of the wrong shape planted by hand. */
const NOT_RECORDS: unknown[] = [42, 'abc', true, [1, 2]];
const WRONG_SHAPES: unknown[] = [{ points: [1, 2] }, { state: 'x', version: -1 }, { problem: 5, logged: 'yes', table: [] }];

describe('the persistence keys', () => {
	it('every key written in store.ts is one of KEYS', () => {
		const written = [...SOURCE.matchAll(/'(licenseapp:[^']*)'/g)].map((match) => match[1]);
		expect(written.length).toBeGreaterThan(0);
		expect(written.filter((key) => !(Object.values(KEYS) as string[]).includes(key))).toEqual([]);
	});

	it.each(Object.keys(KEYS))('%s has a reader: anything that is not a record starts fresh with a reason, nothing throws', (name) => {
		const reader = READERS[name as keyof typeof KEYS];
		expect(reader).toBeDefined();
		for (const record of NOT_RECORDS) {
			expect(readStored(reader, [record])).toEqual({ value: reader.fresh, problem: expect.stringContaining('is not valid') });
		}
		for (const record of WRONG_SHAPES) {
			const reading = readStored(reader, [record]);
			expect(reading.problem === undefined || reading.value === reader.fresh).toBe(true);
		}
	});
});

const memoryPersistence = () => new MemoryPersistence();

describe('the stored seat history', () => {
	it('keeps the trailing contact windows of each point, and reads points saved before they were kept', async () => {
		const persistence = memoryPersistence();
		const points = [
			{ day: '2026-11-23', seats: 184, guests: 20, contacts: 600, contacts30d: 730, contacts7d: 540, contacts1d: 170 },
			{ day: '2026-11-24', seats: 185, cap: 200, contacts: 610 },
		];
		await saveHistory(persistence.asWrite(), { ...EMPTY_HISTORY, points });
		expect((await loadHistory(persistence.asRead())).points).toEqual(points);
		const [stored] = persistence.get(KEYS.seatHistory) as Array<{ points: unknown[][] }>;
		// A record written by the previous version: five entries a point.
		stored.points = [['2026-11-22', 183, null, 20, 590]];
		expect((await loadHistory(persistence.asRead())).points).toEqual([{ day: '2026-11-22', seats: 183, guests: 20, contacts: 590 }]);
	});
});

describe('one record per key', () => {
	it('replaces every record under a key on write, duplicates a race left included', async () => {
		const persistence = memoryPersistence();
		persistence.plant(KEYS.fallbackLogged, { problem: 'a|missing' });
		persistence.plant(KEYS.fallbackLogged, { problem: 'b|missing' });
		await rememberFallbackLogged(persistence.asWrite(), 'admins|unset');
		expect(persistence.get(KEYS.fallbackLogged)).toEqual([{ problem: 'admins|unset' }]);
	});

	it('reads a key with several records as one, and says so once in the log', async () => {
		const persistence = memoryPersistence();
		const logger = new RecordingLogger();
		await saveCheckState(persistence.asWrite(), { initialized: true, announced: {} });
		persistence.plant(KEYS.checkState, { state: 'stray' });
		const state = await loadCheckState(persistence.asRead(), logger.asLogger());
		expect(state).toBeDefined();
		expect(logger.lines('warn')).toHaveLength(1);
	});

	it('forgets a logged fallback after a successful post, so the same problem is logged again', async () => {
		const persistence = memoryPersistence();
		await rememberFallbackLogged(persistence.asWrite(), 'admins|missing');
		expect(await fallbackLoggedFor(persistence.asRead())).toBe('admins|missing');
		await forgetFallbackLogged(persistence.asRead(), persistence.asWrite());
		expect(await fallbackLoggedFor(persistence.asRead())).toBeUndefined();
	});
});

describe('the records of the checks and the buttons', () => {
	it('counts failed runs by kind and keeps the last successful read', async () => {
		const persistence = memoryPersistence();
		const [read, write] = [persistence.asRead(), persistence.asWrite()];
		await recordCheckRun(read, write, 1_000);
		await recordCheckRun(read, write, 2_000, 'timeout');
		await recordCheckRun(read, write, 3_000, 'timeout');
		await recordCheckRun(read, write, 4_000, 'forbidden');
		expect(await loadCheckStats(read)).toEqual({ lastRunMs: 4_000, lastSuccessMs: 1_000, readErrors: { timeout: 2, forbidden: 1 } });
	});

	it('gives the known roles only to the workspace and token they were read with', async () => {
		const persistence = memoryPersistence();
		const table = { 'view-privileged-setting': ['admin'] };
		await saveKnownRoles(persistence.asWrite(), 'https://a|owner|f1', table);
		expect(await loadKnownRoles(persistence.asRead(), 'https://a|owner|f1')).toEqual(table);
		expect(await loadKnownRoles(persistence.asRead(), 'https://a|owner|f2')).toBeUndefined();
	});

	it('keeps one undo record per user, and one naming another user counts as none', async () => {
		const persistence = memoryPersistence();
		const record = { userId: 'u1', username: 'ann', clicker: 'ada', at: '2026-11-19T09:00:00.000Z' };
		await saveDeactivation(persistence.asRead(), persistence.asWrite(), record, new Date(record.at));
		expect(await loadDeactivation(persistence.asRead(), 'u1')).toMatchObject(record);
		expect(await loadDeactivation(persistence.asRead(), 'u2')).toBeUndefined();
		persistence.plant(`${KEYS.idleUndo}u2`, { ...record, userId: 'u3' });
		expect(await loadDeactivation(persistence.asRead(), 'u2')).toBeUndefined();
	});
});

/** The accessor fake, passed as both the read and the write side. */
function associatedPersistence(): MemoryPersistence & IPersistence & IPersistenceRead {
	return new MemoryPersistence() as MemoryPersistence & IPersistence & IPersistenceRead;
}

describe('undo records', () => {
	const NOW = new Date('2026-11-19T09:00:00.000Z');
	const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
	const record = (userId: string, at: string): IDeactivationRecord => ({ userId, username: `user.${userId}`, clicker: 'admin', at });

	it('a new one removes those whose Undo is over, and keeps those still within it', async () => {
		const store = associatedPersistence();
		await saveDeactivation(store, store, record('old', daysAgo(8)), new Date(daysAgo(8)));
		await saveDeactivation(store, store, record('recent', daysAgo(6)), new Date(daysAgo(6)));
		expect(store.all()).toHaveLength(2);
		await saveDeactivation(store, store, record('new', NOW.toISOString()), NOW);
		expect((store.all() as IDeactivationRecord[]).map((kept) => kept.userId).sort()).toEqual(['new', 'recent']);
		expect(await loadDeactivation(store, 'old')).toBeUndefined();
		expect(await loadDeactivation(store, 'recent')).toMatchObject({ userId: 'recent' });
	});

	it('one record per user: an undo replaces the deactivation it undoes', async () => {
		const store = associatedPersistence();
		await saveDeactivation(store, store, record('u1', daysAgo(1)), NOW);
		await saveDeactivation(store, store, { ...record('u1', daysAgo(1)), undoneAt: NOW.toISOString() }, NOW);
		expect(store.all()).toEqual([{ ...record('u1', daysAgo(1)), undoneAt: NOW.toISOString() }]);
	});

	it('the sweep removes expired ones and leaves any it cannot read', async () => {
		const store = associatedPersistence();
		await saveDeactivation(store, store, record('a', daysAgo(30)), new Date(daysAgo(30)));
		await store.createWithAssociations({ userId: 7 }, [new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, KEYS.idleUndoAll)]);
		await removeExpiredDeactivations(store, store, NOW);
		expect(store.all()).toEqual([{ userId: 7 }]);
	});

	it('forgetDeactivation removes one user’s record only', async () => {
		const store = associatedPersistence();
		await saveDeactivation(store, store, record('a', daysAgo(1)), NOW);
		await saveDeactivation(store, store, record('b', daysAgo(1)), NOW);
		await forgetDeactivation(store, 'a');
		expect(await loadDeactivation(store, 'a')).toBeUndefined();
		expect(await loadDeactivation(store, 'b')).toMatchObject({ userId: 'b' });
	});
});
