/** history.ts: the seat history's bookkeeping: readings merged, the backfill's end, what is still unseen. */

import { EMPTY_HISTORY, addOwnReading, addReadings, backfillEnds, unseen, unseenCount } from '../../../../lib/domain/trend/history';

describe('history bookkeeping', () => {
	const now = new Date('2026-11-24T12:00:00Z');
	it('marks statistics as the source, keeps the newest instant, and only unseen readings pass', () => {
		const history = addReadings(EMPTY_HISTORY, [
			{ at: '2026-11-23T03:12:00.000Z', point: { day: '2026-11-23', seats: 5 } },
			{ at: '2026-11-22T03:12:00.000Z', point: { day: '2026-11-22', seats: 4 } },
		]);
		expect(history.source).toEqual({ kind: 'statistics' });
		expect(history.newestAt).toBe('2026-11-23T03:12:00.000Z');
		const fresh = unseen(history, [
			{ at: '2026-11-24T03:12:00.000Z', point: { day: '2026-11-24', seats: 6 } },
			{ at: '2026-11-23T03:12:00.000Z', point: { day: '2026-11-23', seats: 5 } },
		]);
		expect(fresh.map((r) => r.point.seats)).toEqual([6]);
		expect(unseenCount(history, now)).toBe(5);
	});

	it('ends the backfill at the year horizon, a short page or the total', () => {
		const old = [{ at: '2025-11-01T00:00:00.000Z', point: { day: '2025-11-01', seats: 1 } }];
		expect(backfillEnds(old, 50, 50, 50, 1000, now)).toBe(true);
		expect(backfillEnds([], 10, 50, 10, 1000, now)).toBe(true);
		expect(backfillEnds([], 50, 50, 100, 100, now)).toBe(true);
		expect(backfillEnds([], 50, 50, 50, 100, now)).toBe(false);
	});

	it('without statistics the history is the app’s own since its first reading', () => {
		const first = addOwnReading(EMPTY_HISTORY, { day: '2026-11-20', seats: 3, cap: 10 });
		const second = addOwnReading(first, { day: '2026-11-21', seats: 4, cap: 10 });
		expect(second.source).toEqual({ kind: 'own', since: '2026-11-20' });
		expect(second.points).toHaveLength(2);
	});
});
