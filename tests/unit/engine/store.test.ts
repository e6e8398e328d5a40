/** store.ts: every persistence key has one reader, and a reader meets whatever is stored without throwing. */
import * as fs from 'fs';
import * as path from 'path';

import { readStored } from '../../../lib/domain/storedRecords';
import { KEYS, READERS } from '../../../lib/engine/store';

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
