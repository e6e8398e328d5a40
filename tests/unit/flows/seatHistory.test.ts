/** seatHistory.ts: a bounded, resumable backfill from statistics.list, then only what is new, plus the check's own reading. */
import { toConfig } from '../../../lib/domain/settings';
import type { ISnapshot } from '../../../lib/domain/snapshot';
import type { IHistory } from '../../../lib/domain/trend/history';
import { BACKFILL_BUDGET_MS, BACKFILL_DAYS, EMPTY_HISTORY, MAX_PAGES_PER_RUN, PAGE_SIZE } from '../../../lib/domain/trend/history';
import { KEYS, loadHistory, saveHistory } from '../../../lib/engine/store';
import { AppState } from '../../../lib/flows/appState';
import { historyForCheck, historyForCommand, pointOfSnapshot, recordHistory, syncStatistics } from '../../../lib/flows/seatHistory';
import { Deadline } from '../../../lib/kit/deadline';
import { API_PATHS } from '../../../lib/kit/paths';
import type { IRequest } from '../fakes/accessors';
import { failure, fakeAccessors, jsonReply } from '../fakes/accessors';
import { CONNECTED, clientOn } from '../fakes/workspace';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const DAY_MS = 86_400_000;
const dayOf = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY_MS).toISOString();

/** statistics.list over `days` snapshots, one every `hours` hours, newest first, 100 seats plus one per snapshot of age. */
function statistics(days: number, hours = 24) {
	return (request: IRequest) => {
		const offset = Number(request.params?.offset);
		const size = Number(request.params?.count);
		const docs = Array.from({ length: Math.max(0, Math.min(size, days - offset)) }, (_, index) => ({
			createdAt: dayOf(((offset + index) * hours) / 24),
			activeUsers: 100 + offset + index,
			activeGuests: 3,
		}));
		return jsonReply({ success: true, statistics: docs, total: days, count: docs.length, offset });
	};
}

const SNAPSHOT = {
	source: 'licenses.info',
	license: null,
	modules: [],
	limits: [
		{ kind: 'activeUsers', used: 185, max: 200, behaviors: [], prevented: false },
		{ kind: 'guestUsers', used: 4, max: 'unlimited', behaviors: [], prevented: false },
		...['monthlyActiveContacts', 'privateApps', 'marketplaceApps'].map((kind) => ({
			kind,
			used: 'unknown',
			max: 'unlimited',
			behaviors: [],
			prevented: false,
		})),
	],
} as unknown as ISnapshot;

function setUp(days: number, hours = 24) {
	const fakes = fakeAccessors({ settings: CONNECTED }, { [API_PATHS.statisticsList]: statistics(days, hours) });
	return { ...fakes, client: clientOn(fakes.http), state: new AppState() };
}

describe('syncStatistics', () => {
	it('backfills at most a few pages per run and resumes where it stopped', async () => {
		// A snapshot every 6 hours: two runs' pages reach back 200 days, not yet a year.
		const { client } = setUp(3 * MAX_PAGES_PER_RUN * PAGE_SIZE, 6);
		const first = await syncStatistics(client, EMPTY_HISTORY, NOW, () => 0);
		expect(first.pages).toBe(MAX_PAGES_PER_RUN);
		expect(first.history.backfill).toEqual({ offset: MAX_PAGES_PER_RUN * PAGE_SIZE, done: false });
		const second = await syncStatistics(client, first.history, NOW, () => 0);
		expect(second.history.backfill).toEqual({ offset: 2 * MAX_PAGES_PER_RUN * PAGE_SIZE, done: false });
		expect(second.history.points.length).toBeGreaterThan(first.history.points.length);
	});

	it('ends the backfill at the year’s window, before the list ends', async () => {
		const { client } = setUp(1000);
		const { history } = await syncStatistics(client, EMPTY_HISTORY, NOW, () => 0);
		expect(history.backfill.done).toBe(true);
		expect(history.backfill.offset).toBeLessThan(BACKFILL_DAYS + PAGE_SIZE + 1);
	});

	it('starts no page once its time budget is spent', async () => {
		const { client, http } = setUp(1000);
		let time = 0;
		const clock = () => {
			const now = time;
			time += BACKFILL_BUDGET_MS * 0.75;
			return now;
		};
		const { pages } = await syncStatistics(client, EMPTY_HISTORY, NOW, clock);
		expect(pages).toBe(http.to(API_PATHS.statisticsList).length);
		expect(pages).toBeLessThan(MAX_PAGES_PER_RUN);
	});

	it('after the backfill, reads one page of what is new only', async () => {
		const { client, http } = setUp(30);
		const { history } = await syncStatistics(client, EMPTY_HISTORY, NOW, () => 0);
		expect(history.backfill.done).toBe(true);
		const later = new Date(NOW.getTime() + 2 * DAY_MS);
		const before = http.requests.length;
		const next = await syncStatistics(client, history, later, () => 0);
		expect(next.pages).toBe(1);
		expect(http.requests.length - before).toBe(1);
		expect(Number(http.requests.at(-1)?.params?.count)).toBeLessThanOrEqual(PAGE_SIZE);
	});

	it('remembers the day statistics were refused', async () => {
		const { client, http } = setUp(30);
		http.routes[API_PATHS.statisticsList] = failure(400, 'error-not-allowed');
		const { history, error } = await syncStatistics(client, EMPTY_HISTORY, NOW, () => 0);
		expect(error?.kind).toBe('forbidden');
		expect(history.refusedOn).toBe('2026-11-19');
	});
});

describe('pointOfSnapshot', () => {
	it('reads today’s seats, cap and guests from the license', () => {
		expect(pointOfSnapshot(SNAPSHOT, NOW)).toEqual({ day: '2026-11-19', seats: 185, cap: 200, guests: 4 });
	});

	it('gives no point when the seats are unknown', () => {
		const unknown = { ...SNAPSHOT, limits: [{ ...SNAPSHOT.limits[0], used: 'unknown' }] } as unknown as ISnapshot;
		expect(pointOfSnapshot(unknown, NOW)).toBeUndefined();
	});
});

describe('the history in the daily check and in commands', () => {
	it('adds today’s own reading, with the cap, to what statistics gave, and saves it', async () => {
		const { accessors, state, persistence } = setUp(5);
		const history = await recordHistory(accessors, state, toConfig(CONNECTED), Deadline.none(), SNAPSHOT, NOW);
		expect(history.points.at(-1)).toMatchObject({ day: '2026-11-19', seats: 185, cap: 200 });
		expect(history.points.length).toBe(5);
		expect((await loadHistory(persistence.asRead())).points).toEqual(history.points);
	});

	it('keeps the own reading when statistics are refused, and logs only other faults', async () => {
		const refused = setUp(5);
		refused.http.routes[API_PATHS.statisticsList] = failure(400, 'error-not-allowed');
		const kept = await recordHistory(refused.accessors, refused.state, toConfig(CONNECTED), Deadline.none(), SNAPSHOT, NOW);
		expect(kept.points).toEqual([{ day: '2026-11-19', seats: 185, cap: 200, guests: 4 }]);
		expect(refused.logger.entries).toEqual([]);
		const down = setUp(5);
		down.http.routes[API_PATHS.statisticsList] = { statusCode: 503, content: 'down' };
		await recordHistory(down.accessors, down.state, toConfig(CONNECTED), Deadline.none(), SNAPSHOT, NOW);
		expect(down.logger.lines('warn')).toHaveLength(1);
	});

	it('answers the stored points when the history cannot be updated: the check goes on', async () => {
		const { accessors, state, persistence, logger } = setUp(5);
		const stored: IHistory = { ...EMPTY_HISTORY, points: [{ day: '2026-11-18', seats: 180 }] };
		await saveHistory(persistence.asWrite(), stored);
		persistence.failReads = new Error('disk full');
		persistence.failingReads = 1;
		const points = await historyForCheck(accessors, state, toConfig(CONNECTED), Deadline.none(), SNAPSHOT, NOW);
		expect(points).toEqual(stored.points);
		expect(logger.lines('error').join('\n')).toContain('disk full');
	});

	it('a command advances an unfinished backfill, and reads nothing once it is done or was refused today', async () => {
		const { accessors, state, client, http, persistence } = setUp(30);
		const history = await historyForCommand(accessors, state, client, NOW);
		expect(history.backfill.done).toBe(true);
		expect(persistence.get(KEYS.seatHistory)).toHaveLength(1);
		const reads = http.requests.length;
		await historyForCommand(accessors, state, client, NOW);
		await saveHistory(persistence.asWrite(), { ...EMPTY_HISTORY, refusedOn: '2026-11-19' });
		await historyForCommand(accessors, state, client, NOW);
		expect(http.requests.length).toBe(reads);
	});
});
