/** store.ts: every persistence key has one reader, and a reader meets whatever is stored without throwing. */
import * as fs from 'fs';
import * as path from 'path';

import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { readStored } from '../../../lib/domain/storedRecords';
import { EMPTY_HISTORY } from '../../../lib/domain/trend/history';
import { KEYS, READERS, loadHistory, saveHistory } from '../../../lib/engine/store';

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

/** One record per association, as the engine keeps them. */
function memoryPersistence(): IPersistence & IPersistenceRead & { records: Map<string, unknown> } {
	const records = new Map<string, unknown>();
	const key = (association: unknown) => JSON.stringify(association);
	return {
		records,
		readByAssociation: async (association: unknown) => (records.has(key(association)) ? [records.get(key(association))] : []),
		removeByAssociation: async (association: unknown) => {
			const removed = records.has(key(association)) ? [records.get(key(association))] : [];
			records.delete(key(association));
			return removed;
		},
		createWithAssociation: async (data: unknown, association: unknown) => {
			records.set(key(association), data);
			return key(association);
		},
	} as unknown as IPersistence & IPersistenceRead & { records: Map<string, unknown> };
}

describe('the stored seat history', () => {
	it('keeps the trailing contact windows of each point, and reads points saved before they were kept', async () => {
		const persistence = memoryPersistence();
		const points = [
			{ day: '2026-11-23', seats: 184, guests: 20, contacts: 600, contacts30d: 730, contacts7d: 540, contacts1d: 170 },
			{ day: '2026-11-24', seats: 185, cap: 200, contacts: 610 },
		];
		await saveHistory(persistence, { ...EMPTY_HISTORY, points });
		expect((await loadHistory(persistence)).points).toEqual(points);
		const [stored] = [...persistence.records.values()] as Array<{ points: unknown[][] }>;
		// A record written by the previous version: five entries a point.
		stored.points = [['2026-11-22', 183, null, 20, 590]];
		expect((await loadHistory(persistence)).points).toEqual([{ day: '2026-11-22', seats: 183, guests: 20, contacts: 590 }]);
	});
});
