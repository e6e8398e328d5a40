/** Hysteresis replayed over timelines of checks: flapping answers post at most a few notices, steady ones still post. */
import type { ICheckState, Outcome } from '../../../../lib/domain/findings/announce';
import { EMPTY_STATE, advance } from '../../../../lib/domain/findings/announce';
import { advanceSteadily } from '../../../../lib/domain/findings/hysteresis';
import type { Notice } from '../../../../lib/domain/findings/types';
import type { ISnapshot } from '../../../../lib/domain/snapshot';
import { ApiError } from '../../../../lib/kit/errors';
import { DEFAULT_THRESHOLDS, addDays, community, enterprise, withSeats } from '../../../support/kit';

const ok = (snapshot: ISnapshot): Outcome => ({ ok: true, snapshot });
const down: Outcome = { ok: false, error: new ApiError('server-error', { status: 500, path: '/api/v1/licenses.info' }) };
const START = new Date('2026-03-02T09:00:00.000Z');
/** Checks an hour apart (a restart loop, a manual check spree) or a day apart. */
const hourly = (i: number) => new Date(START.getTime() + i * 3_600_000);
const daily = (i: number) => addDays(START, i);

function replay(outcomes: Outcome[], when: (i: number) => Date = hourly, step = advanceSteadily, start: ICheckState = EMPTY_STATE) {
	let state = start;
	const posted: Notice[][] = [];
	outcomes.forEach((outcome, i) => {
		const result = step(state, outcome, DEFAULT_THRESHOLDS, false, when(i));
		posted.push(result.notices);
		state = result.state;
	});
	return { posted, posts: posted.filter((notices) => notices.length > 0).length, state };
}

function label(notice: Notice): string {
	if ('finding' in notice) {
		return `${notice.kind}:${notice.finding.id}`;
	}
	return notice.kind === 'news' ? `news:${notice.news}` : notice.kind;
}
const kinds = (notices: Notice[]) => notices.map(label);
const alternate = (a: Outcome, b: Outcome, n = 12) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));

describe('flapping answers', () => {
	const readable = ok(withSeats(120, 200));
	const full = ok(withSeats(25, 25, true));
	const roomy = ok(withSeats(19, 25));

	it('500/ok alternating for 12 checks: one notice (12 without hysteresis)', () => {
		const outcomes = [readable, ...alternate(down, readable)];
		expect(replay(outcomes, hourly, advance).posts).toBe(12);
		const { posts, posted } = replay(outcomes);
		expect(posts).toBeLessThanOrEqual(3);
		expect(posts).toBe(1);
		expect(kinds(posted[1])).toEqual(['raised:unreadable']);
	});

	it('500/ok alternating daily for 12 days: the outage and at most its reminder', () => {
		const { posts } = replay([readable, ...alternate(down, readable)], daily);
		expect(posts).toBeLessThanOrEqual(3);
	});

	it('seats 25/25 ↔ 19/25 for 12 checks: one notice (11 without hysteresis)', () => {
		const outcomes = [roomy, ...alternate(full, roomy)];
		expect(replay(outcomes, hourly, advance).posts).toBeGreaterThanOrEqual(11);
		const { posts, posted } = replay(outcomes);
		expect(posts).toBe(1);
		expect(kinds(posted[1])).toEqual(['raised:limit:activeUsers']);
	});

	it('blocked ↔ 23/25 (not blocked, still above 90%): the block once', () => {
		const { posts } = replay([roomy, ...alternate(full, ok(withSeats(23, 25)))]);
		expect(posts).toBe(1);
	});

	it('license lapsing and coming back every other check: the lapse once', () => {
		const { posts } = replay([ok(enterprise()), ...alternate(ok(community()), ok(enterprise()))]);
		expect(posts).toBe(1);
	});
});

describe('a recovery holds for two consecutive checks before it is told', () => {
	it('seats: the recovery comes on the second check below the threshold, once', () => {
		const { posted } = replay([ok(withSeats(190, 200)), ok(withSeats(120, 200)), ok(withSeats(120, 200)), ok(withSeats(120, 200))]);
		expect(posted.map(kinds)).toEqual([['raised:limit:activeUsers'], [], ['recovered:limit:activeUsers'], []]);
	});

	it('the API readable again: told on the second good check', () => {
		const good = ok(withSeats(120, 200));
		const { posted } = replay([good, down, down, good, good, good]);
		expect(posted.map(kinds)).toEqual([[], ['raised:unreadable'], [], [], ['recovered:unreadable'], []]);
	});

	it('a failed check in between neither confirms nor cancels the recovery', () => {
		const { posted } = replay([ok(withSeats(190, 200)), ok(withSeats(120, 200)), down, ok(withSeats(120, 200))]);
		expect(posted.map(kinds)).toEqual([['raised:limit:activeUsers'], [], ['raised:unreadable'], ['recovered:limit:activeUsers']]);
	});
});

describe('a comeback within 7 days of its recovery', () => {
	const high = ok(withSeats(190, 200));
	const low = ok(withSeats(120, 200));

	it('at the same level is not told again, nor is its next recovery', () => {
		const { posted } = replay([high, low, low, high, low, low, low], daily);
		expect(posted.map(kinds)).toEqual([['raised:limit:activeUsers'], [], ['recovered:limit:activeUsers'], [], [], [], []]);
	});

	it('at a higher level is told', () => {
		const { posted } = replay([high, low, low, ok(withSeats(200, 200))], daily);
		expect(kinds(posted[3])).toEqual(['raised:limit:activeUsers']);
	});

	it('after 7 days is told again', () => {
		const when = (i: number) => (i < 3 ? daily(i) : daily(i + 7));
		const { posted } = replay([high, low, low, high], when);
		expect(kinds(posted[3])).toEqual(['raised:limit:activeUsers']);
	});
});
