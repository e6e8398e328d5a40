/** storedRecords.ts: every record the app keeps is read back by one reader; invalid starts fresh, duplicates resolve the same way. */
import { EMPTY_STATE } from '../../../lib/domain/findings/announce';
import { writeCheckState } from '../../../lib/domain/findings/stateSchema';
import {
	CHECK_STATE_READER,
	CHECK_STATS_READER,
	DEACTIVATION_READER,
	HISTORY_READER,
	KNOWN_ROLES_READER,
	readStored,
} from '../../../lib/domain/storedRecords';
import { EMPTY_HISTORY } from '../../../lib/domain/trend/history';

const HISTORY = {
	points: [
		['2026-11-17', 40, 50, null, null],
		['2026-11-18', 41, 50, 2, 7],
	],
	source: { kind: 'statistics' },
	backfill: { offset: 50, done: false },
	newestAt: '2026-11-18T09:00:00.000Z',
};

describe('the seat history reader', () => {
	it('reads a valid record', () => {
		expect(readStored(HISTORY_READER, [HISTORY])).toEqual({
			value: {
				points: [
					{ day: '2026-11-17', seats: 40, cap: 50 },
					{ day: '2026-11-18', seats: 41, cap: 50, guests: 2, contacts: 7 },
				],
				source: { kind: 'statistics' },
				backfill: { offset: 50, done: false },
				newestAt: '2026-11-18T09:00:00.000Z',
			},
		});
	});

	it.each([
		['a point that is not a row', { ...HISTORY, points: [[1, 2]] }, 'points[0]'],
		['negative seats', { ...HISTORY, points: [['2026-11-17', -5, null, null, null]] }, 'points[0][1]'],
		['a day that is not a date', { ...HISTORY, points: [['not-a-date', 5, null, null, null]] }, 'points[0][0]'],
		['points that are text', { ...HISTORY, points: 'abc' }, 'points'],
		['a bad backfill', { ...HISTORY, backfill: { offset: 'x', done: 'no' } }, 'backfill.offset'],
		['a bad source', { ...HISTORY, source: { kind: 'elsewhere' } }, 'source.kind'],
		['days out of order', { ...HISTORY, points: [...HISTORY.points].reverse() }, 'out of order'],
	])('%s starts fresh, with the reason', (_, record, field) => {
		const reading = readStored(HISTORY_READER, [record]);
		expect(reading.value).toEqual(EMPTY_HISTORY);
		expect(reading.problem).toContain('The saved seat history is not valid');
		expect(reading.problem).toContain(field);
	});
});

describe('every reader', () => {
	it.each([
		['check statistics', CHECK_STATS_READER, { lastRunMs: 'yesterday', readErrors: {} }],
		['check statistics', CHECK_STATS_READER, { readErrors: { timeout: -1 } }],
		['known roles', KNOWN_ROLES_READER, { identity: 'x', table: { 'view-statistics': 'admin' } }],
		['undo record', DEACTIVATION_READER, { userId: 'u1', username: 'ann', clicker: 'bob', at: 'never' }],
		['license check state', CHECK_STATE_READER, { version: 1, state: { initialized: 'yes', announced: {} } }],
	] as const)('%s: an invalid record gives the fresh value and a reason, never throws', (what, reader, record) => {
		const reading = readStored(reader as never, [record]);
		expect(reading.value).toEqual((reader as { fresh: unknown }).fresh);
		expect(reading.problem).toContain(`The saved ${what} is not valid`);
	});

	it('a value never set (null from the store) is absent, not invalid', () => {
		expect(readStored(CHECK_STATS_READER, [{ lastRunMs: null, lastSuccessMs: 5, readErrors: null }])).toEqual({
			value: { lastSuccessMs: 5, readErrors: {} },
		});
	});
});

describe('two records under one key', () => {
	const full = writeCheckState({ initialized: true, announced: {}, digestDay: '2026-11-18' });

	it('the fullest valid one wins, whatever the order, and the log line says so', () => {
		for (const records of [
			[{}, full],
			[full, {}],
			[{ version: 'x' }, full],
		]) {
			const reading = readStored(CHECK_STATE_READER, records);
			expect(reading.value).toEqual(full.state);
			expect(reading.problem).toMatch(/^2 saved records of license check state.*: the fullest valid one is kept\.$/);
		}
	});

	it('equally full ones resolve the same way in either order', () => {
		const a = writeCheckState({ initialized: true, announced: {}, digestDay: '2026-11-17' });
		const b = writeCheckState({ initialized: true, announced: {}, digestDay: '2026-11-18' });
		expect(readStored(CHECK_STATE_READER, [a, b]).value).toEqual(readStored(CHECK_STATE_READER, [b, a]).value);
	});

	it('none valid: fresh', () => {
		expect(readStored(CHECK_STATE_READER, [{ version: 'x' }, 5]).value).toEqual(EMPTY_STATE);
	});
});
