/** The saved check state read back: valid records round-trip, anything else starts afresh with a reason, never throws. */
import { EMPTY_STATE, advance } from '../../../../lib/domain/findings/announce';
import type { ICheckState } from '../../../../lib/domain/findings/announce';
import { advanceSteadily } from '../../../../lib/domain/findings/hysteresis';
import { FINDING_ID } from '../../../../lib/domain/findings/ids';
import { STATE_VERSION, readCheckState, writeCheckState } from '../../../../lib/domain/findings/stateSchema';
import type { Facts, IFinding } from '../../../../lib/domain/findings/types';
import { ApiError } from '../../../../lib/kit/errors';
import { DEFAULT_THRESHOLDS, NOW, addDays, isoIn, withSeats } from '../../../support/kit';

type Variant<K extends Facts['type']> = Extract<Facts, { type: K }>;
/**
 * One finding of every kind, with every optional field set, under the id it is made with (ids.ts). Typed by the Facts union, so a new kind of finding does not
 * compile until it has a sample here, and the round trip below then fails until the state knows how to read it back.
 */
const SAMPLES: { [K in Facts['type']]: { id: string; facts: Variant<K> } } = {
	'expiry': {
		id: FINDING_ID.expiry(isoIn(3)),
		facts: { type: 'expiry', trial: true, date: isoIn(3), days: 3, autoRenew: false, lastCall: true },
	},
	'modules-off': {
		id: FINDING_ID.modulesOff(isoIn(9)),
		facts: { type: 'modules-off', modules: ['auditing', 'livechat-enterprise'], date: isoIn(9), days: 9 },
	},
	'airgap': { id: FINDING_ID.airgap, facts: { type: 'airgap', days: 2 } },
	'limit': {
		id: FINDING_ID.limit('guestUsers'),
		facts: {
			type: 'limit',
			limit: { kind: 'guestUsers', used: 'unknown', max: 'unlimited', behaviors: ['prevent_action'], prevented: true },
			percent: 100,
		},
	},
	'lapsed': { id: FINDING_ID.lapsed, facts: { type: 'lapsed', plan: 'Enterprise', date: isoIn(-1), expired: true } },
	'seat-forecast': {
		id: FINDING_ID.seatForecast,
		facts: { type: 'seat-forecast', cap: 200, perWeek: 3.5, date: isoIn(40).slice(0, 10), days: 40 },
	},
	'contacts-forecast': {
		id: FINDING_ID.contactsForecast('2026-11'),
		facts: { type: 'contacts-forecast', used: 900, cap: 1000, day: 19, projected: 1421 },
	},
	'unreadable': {
		id: FINDING_ID.unreadable,
		facts: { type: 'unreadable', kind: 'too-large', detail: { path: '/api/v1/licenses.info' }, since: isoIn(-2), reminder: true },
	},
};
const FINDINGS: IFinding[] = Object.values(SAMPLES).map(({ id, facts }, i) => ({ id, level: 'warning', severity: 10 + i, facts }));

/** A state that uses every field the state has: every kind of finding announced, told to a channel, pending, cleared. */
function everything(): ICheckState {
	return {
		initialized: true,
		announced: Object.fromEntries(FINDINGS.map(({ id, level, severity, facts }) => [id, { level, severity, facts }])),
		license: { plan: 'Enterprise', trial: false, enforcedExpiry: isoIn(3), seenAt: NOW.toISOString() },
		failure: { since: isoIn(-2), reminded: true },
		digestDay: '2026-11-19',
		channels: {
			webhook: {
				announced: Object.fromEntries(FINDINGS.map(({ id, severity }) => [id, severity])),
				pending: [
					...FINDINGS.map((finding) => ({ kind: 'recovered' as const, finding })),
					{ kind: 'unblocked', finding: FINDINGS[3] },
					{ kind: 'news', news: 'renewed', plan: 'Pro', date: isoIn(365) },
					{ kind: 'news', news: 'active-again' },
				],
				failureReported: true,
			},
			email: { announced: {}, pending: [{ kind: 'raised', finding: FINDINGS[0] }] },
		},
		steady: {
			clearing: { [FINDINGS[1].id]: 1 },
			cleared: { 'limit:activeUsers': { at: isoIn(-1), level: 'critical', severity: 1000 } },
			silent: [FINDINGS[2].id],
		},
	};
}

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

	it('reads back every kind of finding and every field of the state, exactly as written', () => {
		const state = everything();
		const read = roundTrip(state);
		expect(read.problem).toBeUndefined();
		expect(read.state).toStrictEqual(JSON.parse(JSON.stringify(state)));
		expect(Object.keys(read.state.announced)).toHaveLength(Object.keys(SAMPLES).length);
	});

	it.each(Object.keys(SAMPLES))('a malformed %s finding starts afresh and names the field', (type) => {
		const { id, facts } = SAMPLES[type as Facts['type']];
		const values = facts as unknown as Record<string, unknown>;
		const key = Object.keys(values).find((name) => typeof values[name] === 'number') ?? ('date' in values ? 'date' : 'since');
		const record = {
			version: STATE_VERSION,
			state: { initialized: true, announced: { [id]: { level: 'warning', severity: 1, facts: { ...values, [key]: 'x' } } } },
		};
		expect(readCheckState(record)).toEqual({ state: EMPTY_STATE, problem: `announced.${id}.facts.${key}` });
	});

	it('a notice a channel owes, of a kind this version does not know, is dropped; a malformed one starts afresh', () => {
		const state = everything();
		const pending = [{ kind: 'celebration' }, { kind: 'news', news: 'free-upgrade' }, ...(state.channels?.email?.pending ?? [])];
		const newer = readCheckState({ state: { ...state, channels: { email: { announced: { 'quota:x': 5 }, pending } } } });
		expect(newer.problem).toBeUndefined();
		expect(newer.state.channels).toEqual({ email: { announced: {}, pending: state.channels?.email?.pending } });
		const broken = readCheckState({
			state: { ...state, channels: { webhook: { announced: {}, pending: [{ kind: 'news', news: 'new', date: 'x' }] } } },
		});
		expect(broken).toEqual({ state: EMPTY_STATE, problem: 'channels.webhook.pending[0].date' });
	});

	it('a state saved before severities existed survives the recovery of its findings', () => {
		const { id, facts } = SAMPLES.limit;
		let { state } = readCheckState({ state: { initialized: true, announced: { [id]: { level: 'warning', facts } } } });
		expect(state.announced[id]).toBeDefined();
		for (const offset of [0, 1]) {
			state = advanceSteadily(state, { ok: true, snapshot: withSeats(10, 200) }, DEFAULT_THRESHOLDS, false, addDays(NOW, offset)).state;
		}
		expect(state.steady?.cleared[id]).toBeDefined();
		expect(roundTrip(state).problem).toBeUndefined();
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
