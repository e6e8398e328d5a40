import { EMPTY_STATE, advance } from '../../../../lib/domain/findings/announce';
import { EMPTY_MEMORY, afterAttempt, afterPartial, channelNotices, keptFindings } from '../../../../lib/domain/findings/channels';
import { advanceSteadily } from '../../../../lib/domain/findings/hysteresis';
import type { Notice } from '../../../../lib/domain/findings/types';
import { DEFAULT_THRESHOLDS, NOW, addDays, isoIn, withSeats as seatsEnding } from '../../../support/kit';

// A license far from its end, so seats are the only finding.
const withSeats = (used: number, max: number, prevented = false) =>
	seatsEnding(used, max, prevented, { enforcedExpiry: isoIn(400), visualExpiry: isoIn(400) });

const all = () => true;
const day = (snapshot = withSeats(185, 200), state = EMPTY_STATE, offset = 0) =>
	advance(state, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, addDays(NOW, offset));

describe('a channel keeps its own memory', () => {
	it('retries on the channel alone what the room already said, then keeps quiet', () => {
		const first = day();
		const sent = channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, all);
		expect(sent.map((notice) => notice.kind === 'raised' && notice.finding.id)).toEqual(['limit:activeUsers']);
		const failed = afterAttempt(EMPTY_MEMORY, first.state.announced, sent, false);
		// The next day the room has nothing new, but the channel still owes the seat warning.
		const second = day(withSeats(185, 200), first.state, 1);
		expect(second.notices).toHaveLength(0);
		const retry = channelNotices(second.notices, second.state.announced, failed, all);
		expect(retry).toHaveLength(1);
		const told = afterAttempt(failed, second.state.announced, retry, true);
		expect(channelNotices([], second.state.announced, told, all)).toHaveLength(0);
	});

	it('hears an escalation, keeps missed recoveries for the next attempt, and forgets findings that cleared', () => {
		const first = day();
		const told = afterAttempt(
			EMPTY_MEMORY,
			first.state.announced,
			channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, all),
			true,
		);
		const worse = day(withSeats(200, 200, true), first.state, 1);
		expect(channelNotices(worse.notices, worse.state.announced, told, all)).toHaveLength(1);
		const better = day(withSeats(100, 200), worse.state, 2);
		const recovery = channelNotices(better.notices, better.state.announced, told, all);
		expect(recovery.map((notice) => notice.kind)).toEqual(['recovered']);
		const missed = afterAttempt(told, better.state.announced, recovery, false);
		expect(missed.pending).toHaveLength(1);
		const after = afterAttempt(missed, better.state.announced, channelNotices([], better.state.announced, missed, all), true);
		expect(after).toEqual({ announced: {}, pending: [], failureReported: false });
	});

	it('filters as the channel asks, and remembers only what it sent', () => {
		const first = day();
		const critical = (notice: Notice) => notice.kind === 'raised' && notice.finding.level === 'critical';
		expect(channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, critical)).toHaveLength(0);
		expect(afterAttempt(EMPTY_MEMORY, first.state.announced, [], true).announced).toEqual({});
	});
});

describe('a channel hears what the room heard, hysteresis included', () => {
	it('high, low, low, high, low, low: the webhook hears the warning and its recovery, and neither the quiet comeback nor a stray recovery', () => {
		let state = EMPTY_STATE;
		let memory = EMPTY_MEMORY;
		const heard: string[][] = [];
		[185, 100, 100, 185, 100, 100].forEach((used, offset) => {
			const step = advanceSteadily(state, { ok: true, snapshot: withSeats(used, 200) }, DEFAULT_THRESHOLDS, false, addDays(NOW, offset));
			const kept = keptFindings(step.state);
			const sent = channelNotices(step.notices, kept, memory, all);
			memory = afterAttempt(memory, kept, sent, true);
			heard.push(sent.map((notice) => notice.kind));
			state = step.state;
		});
		expect(heard).toEqual([['raised'], [], ['recovered'], [], [], []]);
		expect(memory.announced).toEqual({});
	});
});

describe('afterPartial', () => {
	it('remembers what went through before the failure and owes the rest, keeping whether the failure was said', () => {
		const first = day();
		const news: Notice = { kind: 'news', news: 'renewed', date: isoIn(400) };
		const notices = [...channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, all), news];
		const memory = afterPartial({ ...EMPTY_MEMORY, failureReported: true }, first.state.announced, notices, 1);
		expect(memory.announced).toEqual({ 'limit:activeUsers': first.state.announced['limit:activeUsers'].severity });
		expect(memory.pending).toEqual([news]);
		expect(memory.failureReported).toBe(true);
		expect(channelNotices([], first.state.announced, memory, all)).toEqual([news]);
	});
});
