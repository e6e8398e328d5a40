/** The saved check state read back: valid records round-trip, anything else starts afresh with a reason, never throws. */
import { ApiError } from '../../../../lib/api/errors';
import { EMPTY_STATE, advance } from '../../../../lib/domain/findings/announce';
import type { ICheckState } from '../../../../lib/domain/findings/announce';
import { advanceSteadily } from '../../../../lib/domain/findings/hysteresis';
import { STATE_VERSION, readCheckState, writeCheckState } from '../../../../lib/domain/findings/stateSchema';
import { DEFAULT_THRESHOLDS, NOW, addDays, withSeats } from '../../../support/kit';

const roundTrip = (state: ICheckState) => readCheckState(JSON.parse(JSON.stringify(writeCheckState(state))));

describe('readCheckState', () => {
	it('reads back what was written, versioned', () => {
		const failed = advance(
			EMPTY_STATE,
			{ ok: false, error: new ApiError('timeout', { timeoutSeconds: 10 }) },
			DEFAULT_THRESHOLDS,
			false,
			NOW,
		).state;
		const full = advanceSteadily(
			failed,
			{ ok: true, snapshot: withSeats(200, 200, true) },
			DEFAULT_THRESHOLDS,
			false,
			addDays(NOW, 1),
		).state;
		expect(writeCheckState(full).version).toBe(STATE_VERSION);
		for (const state of [EMPTY_STATE, failed, full]) {
			const read = roundTrip(state);
			expect(read.problem).toBeUndefined();
			expect(read.state).toEqual(JSON.parse(JSON.stringify(state)));
		}
	});

	it('reads a record saved before versions existed (no version field)', () => {
		const { state } = advance(EMPTY_STATE, { ok: true, snapshot: withSeats(190, 200) }, DEFAULT_THRESHOLDS, false, NOW);
		const read = readCheckState(JSON.parse(JSON.stringify({ state })));
		expect(read.problem).toBeUndefined();
		expect(Object.keys(read.state.announced)).toContain('limit:activeUsers');
		expect(read.state).toEqual(JSON.parse(JSON.stringify(state)));
	});

	it.each([
		['announced: null', { state: { initialized: true, announced: null } }, 'announced'],
		['a string state', { state: 'corrupt' }, 'state'],
		['initialized as a string', { state: { initialized: 'yes', announced: {} } }, 'initialized'],
		[
			'a level nobody knows',
			{
				state: {
					initialized: true,
					announced: { lapsed: { level: 'doom', severity: 1, facts: { type: 'lapsed', date: NOW.toISOString(), expired: true } } },
				},
			},
			'announced.lapsed.level',
		],
		[
			'a date that is not one',
			{ state: { initialized: true, announced: {}, failure: { since: 'yesterday', reminded: false } } },
			'failure.since',
		],
		['a number record', 42, 'record'],
		['a negative version', { version: -1, state: {} }, 'version'],
		[
			'NaN severity (written as null)',
			{
				state: {
					initialized: true,
					announced: { lapsed: { level: 'critical', severity: null, facts: { type: 'lapsed', date: NOW.toISOString(), expired: true } } },
				},
			},
			'announced.lapsed.severity',
		],
	])('%s: a fresh state and the field that was wrong', (_, record, field) => {
		const read = readCheckState(record);
		expect(read.state).toEqual(EMPTY_STATE);
		expect(read.problem).toBe(field);
	});

	it('absent optional fields stored as null (as Apps-Engine persistence returns them) are read as absent', () => {
		const read = readCheckState({
			version: 1,
			state: { initialized: true, announced: {}, digestDay: null, license: null, failure: null, steady: null },
		});
		expect(read.problem).toBeUndefined();
		expect(read.state.initialized).toBe(true);
	});

	it('nothing stored is a fresh state without a problem', () => {
		expect(readCheckState(undefined)).toEqual({ state: EMPTY_STATE });
	});

	it('drops findings of a newer version, so they produce no notice', () => {
		const unknownType = { level: 'warning', severity: 1, facts: { type: 'quota', what: 'storage' } };
		const unknownId = {
			level: 'warning',
			severity: 1,
			facts: { type: 'unreadable', kind: 'timeout', detail: {}, since: NOW.toISOString(), reminder: false },
		};
		const record = {
			version: STATE_VERSION + 1,
			state: {
				initialized: true,
				announced: { 'quota:storage': unknownType, 'unreadable:statistics': unknownId, 'mystery': unknownType },
				future: { x: 1 },
			},
		};
		const read = readCheckState(record);
		expect(read.problem).toBeUndefined();
		expect(read.state.announced).toEqual({});
		const step = advanceSteadily(read.state, { ok: true, snapshot: withSeats(10, 200) }, DEFAULT_THRESHOLDS, false, NOW);
		const again = advanceSteadily(step.state, { ok: true, snapshot: withSeats(10, 200) }, DEFAULT_THRESHOLDS, false, addDays(NOW, 1));
		const told = [...step.notices, ...again.notices];
		expect(told.filter((notice) => notice.kind === 'recovered')).toEqual([]);
		expect(told.map((notice) => ('finding' in notice ? notice.finding.id : notice.kind))).not.toContainEqual(
			expect.stringMatching(/quota|statistics|mystery|unreadable/),
		);
	});
});
