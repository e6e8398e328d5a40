/** advance() across runs: an API outage, a second run the same day, the daily digest. */
import type { ICheckState, Outcome } from '../../../../../lib/domain/findings/announce';
import { EMPTY_STATE, advance } from '../../../../../lib/domain/findings/announce';
import { ApiError } from '../../../../../lib/kit/errors';
import { DEFAULT_THRESHOLDS as T, at, community, enterprise, failed, line, ok, raised, replay, withSeats } from '../../../../support/kit';

describe('(d) an API outage of several days', () => {
	const start = '2026-03-10';
	const before = withSeats(82, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' });
	const error = new ApiError('unreachable', { path: '/api/v1/licenses.info' });
	const serverUrl = 'https://chat.example.com/api/v1/licenses.info?token=SECRET';
	const runs = [
		{ now: at(start, 0), outcome: ok(before) }, // seats 82 %: warned
		{ now: at(start, 1), outcome: failed(error) }, // outage starts
		{ now: at(start, 2), outcome: failed(error) },
		{ now: at(start, 3), outcome: failed(error) },
		{ now: at(start, 4), outcome: failed(error) }, // has lasted 3 days
		{ now: at(start, 5), outcome: failed(new ApiError('server-error', { status: 502 })) },
		{ now: at(start, 6), outcome: failed(error) },
		{ now: at(start, 7), outcome: ok(before) }, // works again
		{ now: at(start, 8), outcome: ok(before) },
	];
	const states: ICheckState[] = [];
	let state = EMPTY_STATE;
	const posted = runs.map((run) => {
		const step = advance(state, run.outcome, T, false, run.now);
		state = step.state;
		states.push(state);
		return step.notices;
	});

	it('posts one notice when the outage starts, naming the host only', () => {
		expect(raised(posted[0]).map((n) => n.finding.id)).toEqual(['limit:activeUsers']);
		expect(posted[1]).toHaveLength(1);
		expect(raised(posted[1])[0].finding).toMatchObject({ id: 'unreadable', level: 'warning' });
		const text = line(posted[1][0], runs[1].now, undefined, serverUrl);
		expect(text).toContain('cannot be read');
		expect(text).toContain('chat.example.com');
		expect(text).not.toContain('SECRET');
		expect(text).not.toContain('/api/');
	});

	it('stays silent until the failure has lasted failureDays, then reminds once, then stays silent', () => {
		expect(posted[2]).toEqual([]);
		expect(posted[3]).toEqual([]);
		expect(posted[4]).toHaveLength(1);
		const reminder = raised(posted[4])[0].finding;
		expect(reminder).toMatchObject({ id: 'unreadable', level: 'critical' });
		expect(line(posted[4][0], runs[4].now, undefined, serverUrl)).toContain('not been readable since March 11, 2026');
		expect(posted[5]).toEqual([]);
		expect(posted[6]).toEqual([]);
	});

	it('keeps the findings announced before the outage', () => {
		for (const kept of states.slice(1, 7)) {
			expect(kept.announced['limit:activeUsers']).toMatchObject({ level: 'warning', facts: { type: 'limit', percent: 80 } });
			expect(kept.initialized).toBe(true);
			expect(kept.license?.plan).toBe('Enterprise');
		}
	});

	it('announces the recovery once, without re-announcing the seats', () => {
		expect(posted[7]).toHaveLength(1);
		expect(posted[7][0].kind).toBe('recovered');
		expect(line(posted[7][0], runs[7].now, before)).toContain('can be read again');
		expect(posted[8]).toEqual([]);
		expect(states[7].failure).toBeUndefined();
		expect(states[7].announced.unreadable).toBeUndefined();
	});

	it('a short outage recovers with one notice and no reminder', () => {
		const short = replay([
			{ now: at(start, 0), outcome: ok(before) },
			{ now: at(start, 1), outcome: failed(error) },
			{ now: at(start, 2), outcome: ok(before) },
			{ now: at(start, 3), outcome: ok(before) },
		]);
		expect(short.posted[1]).toHaveLength(1);
		expect(short.posted[2].map((n) => n.kind)).toEqual(['recovered']);
		expect(short.posted[3]).toEqual([]);
	});

	it('a new outage after a recovery is announced again', () => {
		const twice = replay([
			{ now: at(start, 0), outcome: ok(before) },
			{ now: at(start, 1), outcome: failed(error) },
			{ now: at(start, 2), outcome: ok(before) },
			{ now: at(start, 3), outcome: failed(error) },
		]);
		expect(raised(twice.posted[3]).map((n) => n.finding.id)).toEqual(['unreadable']);
	});
});

describe('(e) running twice the same day posts nothing new', () => {
	const base = '2026-11-01'; // 30 days before END
	const cases: Array<[string, ICheckState, Outcome, boolean]> = [
		['a threshold crossing', replay([{ now: at(base, -1), outcome: ok(enterprise()) }]).state, ok(enterprise()), false],
		['seats over a threshold', EMPTY_STATE, ok(withSeats(95, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' })), false],
		['a lapse', replay([{ now: at(base, -1), outcome: ok(enterprise()) }]).state, ok(community()), false],
		[
			'an outage',
			replay([{ now: at(base, -1), outcome: ok(enterprise()) }]).state,
			failed(new ApiError('timeout', { timeoutSeconds: 10 })),
			false,
		],
		['a digest day', EMPTY_STATE, ok(enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z' })), true],
		['a new license', replay([{ now: at(base, -1), outcome: ok(community()) }]).state, ok(enterprise()), false],
	];

	it.each(cases)('%s: the first run posts, the second run the same day posts nothing', (_name, previous, outcome, digest) => {
		const morning = advance(previous, outcome, T, digest, at(base, 0, 9));
		expect(morning.notices.length).toBeGreaterThan(0);
		const afternoon = advance(morning.state, outcome, T, digest, at(base, 0, 17));
		expect(afternoon.notices).toEqual([]);
		const evening = advance(afternoon.state, outcome, T, digest, at(base, 0, 23));
		expect(evening.notices).toEqual([]);
	});
});

describe('(f) the daily digest', () => {
	const start = '2026-04-01';
	const healthy = enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z' });

	it('is posted once per day when enabled', () => {
		const runs = [0, 0, 1, 1, 2].map((offset, index) => ({ now: at(start, offset, 8 + index), outcome: ok(healthy), digest: true }));
		const { posted } = replay(runs);
		expect(posted.map((notices) => notices.map((n) => n.kind))).toEqual([['digest'], [], ['digest'], [], ['digest']]);
		const text = line(posted[0][0], runs[0].now, healthy);
		expect(text).toContain('Daily license status');
		expect(text).toContain('Enterprise');
		expect(text).toContain('50 of 100');
		expect(text).toContain('June 1, 2027');
	});

	it("comes after the day's findings", () => {
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(withSeats(95, 100, false, { enforcedExpiry: '2027-06-01T00:00:00.000Z' })), digest: true },
		]);
		expect(posted[0].map((n) => n.kind)).toEqual(['raised', 'digest']);
	});

	it('is never posted when disabled, and an all-clear workspace gets no message at all', () => {
		const runs = Array.from({ length: 10 }, (_, offset) => ({ now: at(start, offset), outcome: ok(healthy), digest: false }));
		const { posted } = replay(runs);
		expect(posted.flat()).toEqual([]);
	});

	it('on Community, reports the active-user count', () => {
		const { posted } = replay([{ now: at(start, 0), outcome: ok(community()), digest: true }]);
		expect(line(posted[0][0], at(start, 0), community())).toContain('Community');
		expect(line(posted[0][0], at(start, 0), community())).toContain('42');
	});
});
