/**
 * Saved records the app did not write as they are: a poisoned seat history, two check states under one key and a
 * poisoned undo record. Each starts fresh (or resolves) with one log line, never throws, and is not written back as it was.
 */
import type { ICaptured } from './harness';
import { logText, openSession, texts } from './harness';
import { IDLE_ACTION } from '../../lib/domain/idle/actions';
import { HISTORY_READER, readStored } from '../../lib/domain/storedRecords';
import { KEYS } from '../../lib/engine/store';
import type { IPersistedRecord } from '../../playground/engine/world';

/** The planted records' dates are before this day. */
const NOW = '2026-11-19T09:00:00Z';
let planted = 0;

/** Puts `data` under `key` as the app's persistence bridge stores it, first of all records when `first`. */
function plant(ctx: ICaptured, key: string, data: object, first = false): void {
	const { world, appId } = ctx.session.playground;
	const record: IPersistedRecord = { id: `planted-${++planted}`, appId, data, associations: [{ model: 'misc', id: key }] };
	const others = [...world.persistence.values()];
	if (first) {
		world.importState([record, ...others]);
	} else {
		world.persistence.set(record.id, record);
	}
}

const stored = (ctx: ICaptured, key: string): object[] =>
	ctx.session
		.exportState()
		.filter((record) => record.associations.some((a) => a.id === key))
		.map((record) => record.data);

const errors = (ctx: ICaptured) => logText(ctx.logs, ['error']);

describe('a poisoned seat history', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'near-cap', rateLimit: false, now: NOW });
	});
	afterAll(() => ctx.session.close());

	it.each([
		[
			'points [1, 2], -5 and "not-a-date"',
			{
				points: [
					[1, 2],
					['2026-11-17', -5, null, null, null],
					['not-a-date', 3, null, null, null],
				],
				backfill: { offset: 0, done: true },
			},
		],
		[
			'points "abc" with a bad backfill and source',
			{ points: 'abc', backfill: { offset: 'x', done: 'no' }, source: { kind: 'elsewhere' } },
		],
	])('%s: starts fresh with one log line, and is saved valid', async (_, poison) => {
		for (const record of ctx.session.exportState().filter((r) => r.associations.some((a) => a.id === KEYS.seatHistory))) {
			ctx.session.playground.world.persistence.delete(record.id);
		}
		plant(ctx, KEYS.seatHistory, poison);
		const logsBefore = ctx.logs.length;
		const replies = [...(await ctx.session.run('admin', '/seats trend')), ...(await ctx.session.job('daily-check'))];
		replies.push(...(await ctx.session.run('admin', '/seats export')));
		const newLogs = logText(ctx.logs.slice(logsBefore), ['info', 'warning', 'error']);
		expect(newLogs.match(/The saved seat history is not valid/g)).toHaveLength(1);
		expect(newLogs).not.toMatch(/TypeError|is not a function/);
		expect(texts(replies)).not.toMatch(/-5|not-a-date/);
		const saved = stored(ctx, KEYS.seatHistory);
		expect(saved).toHaveLength(1);
		expect(readStored(HISTORY_READER, saved).problem).toBeUndefined();
		expect(JSON.stringify(saved)).not.toMatch(/elsewhere|"x"|"no"|not-a-date|-5/);
	});
});

describe('two check states under one key', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'near-cap', now: NOW });
	});
	afterAll(() => ctx.session.close());

	it('an empty one read first does not announce the license as new; the next save leaves one record', async () => {
		const first = await ctx.session.job('daily-check');
		expect(texts(first)).toContain('License check');
		plant(ctx, KEYS.checkState, {}, true);
		const second = await ctx.session.job('daily-check');
		expect(texts(second)).not.toContain('A license is now active');
		expect(logText(ctx.logs, ['warning']).match(/2 saved records of license check state: the fullest valid one is kept/g)).toHaveLength(1);
		expect(stored(ctx, KEYS.checkState)).toHaveLength(1);
		expect(errors(ctx)).toBe('');
	});
});

describe('a poisoned undo record', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'near-cap', now: NOW });
	});
	afterAll(() => ctx.session.close());

	it('is no deactivation to undo: a translated note, one log line, nothing thrown', async () => {
		plant(ctx, `${KEYS.idleUndo}u-poisoned`, { userId: 'u-poisoned', username: 42, at: 'never' });
		ctx.session.playground.world.setLanguage('admin', 'pt-BR');
		// As a client would send the Undo click of an audit post whose record was since poisoned.
		const [reply] = await ctx.session.playground.interact('admin', { actionId: IDLE_ACTION.undo, value: 'u-poisoned' });
		expect(reply.text).toContain('O LicenseApp não tem desativação deste usuário para desfazer');
		expect(logText(ctx.logs, ['warning']).match(/The saved undo record is not valid \(username\); it is dropped/g)).toHaveLength(1);
		expect(errors(ctx)).toBe('');
	});
});
