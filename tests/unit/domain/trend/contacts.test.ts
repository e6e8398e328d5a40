import { ceilingOf, contactsOutlook, fromLastMonth, fromTrailingWindows, overCap } from '../../../../lib/domain/trend/contacts';
import type { ISeriesPoint } from '../../../../lib/domain/trend/series';
import { dayNumber, dayOf } from '../../../../lib/domain/trend/series';

/** A month's readings from `first` (a "YYYY-MM-01" day) to `last`: the count of each day is `count(dayOfMonth)`. */
function month(first: string, last: string, count: (day: number) => number, extra: Partial<ISeriesPoint> = {}): ISeriesPoint[] {
	const points: ISeriesPoint[] = [];
	for (let n = dayNumber(first); n <= dayNumber(last); n++) {
		const day = dayOf(n);
		points.push({ day, seats: 100, contacts: count(Number(day.slice(8))), ...extra });
	}
	return points;
}

/** Front-loaded like a month of returning contacts: half by day 3, all but the stragglers by day 20. */
const returning = (end: number) => (day: number) => Math.round(end * Math.min(1, 1 - 0.8 ** day + day / 200));

const byDay = (points: readonly ISeriesPoint[]) => new Map(points.map((point) => [point.day, point]));

describe('contacts at the month’s end', () => {
	it('scales today’s count by how last month ended against the same day, so a fast start is not read as a pace', () => {
		const october = month('2026-10-01', '2026-10-31', returning(800));
		const november = month('2026-11-01', '2026-11-06', returning(800));
		const points = [...october, ...november];
		const sixth = points[points.length - 1].contacts as number;
		// 610-ish by day 6 once cried "about 3,000 by the month's end"; last month's curve says about 800.
		expect(sixth).toBeGreaterThan(500);
		const outlook = contactsOutlook(points, sixth, 1000, '2026-11-06');
		expect(outlook).toEqual({ used: sixth, cap: 1000, day: 6, daysInMonth: 30, projected: 800 });
		expect(overCap(outlook)).toBe(false);
		// Running 30 % ahead of last month: 30 % more at the end, over the cap.
		const ahead = contactsOutlook(points, Math.round(sixth * 1.3), 1000, '2026-11-06');
		expect(ahead.projected).toBe(1040);
		expect(overCap(ahead)).toBe(true);
	});

	it('compares the same share of the month: February’s 14th with January’s 16th, January’s with December’s', () => {
		const january = month('2027-01-01', '2027-01-31', (day) => day * 10);
		expect(fromLastMonth(byDay(january), 200, '2027-02-14')).toBeCloseTo((200 * 310) / 160);
		const december = month('2026-12-01', '2026-12-31', (day) => day * 10);
		expect(fromLastMonth(byDay(december), 200, '2027-01-10')).toBeCloseTo((200 * 310) / 100);
		// February into March: day 15 of 31 is day 14 of 28 (13.5 rounds up).
		const february = month('2027-02-01', '2027-02-28', (day) => day * 10);
		expect(fromLastMonth(byDay(february), 200, '2027-03-15')).toBeCloseTo((200 * 280) / 140);
	});

	it('takes last month’s end from its last day or the day before, never from this month’s first (the count resets)', () => {
		const october = month('2026-10-01', '2026-10-30', (day) => day * 10);
		expect(fromLastMonth(byDay(october), 100, '2026-11-10')).toBeCloseTo((100 * 300) / 100);
		const short = month('2026-10-01', '2026-10-29', (day) => day * 10);
		expect(fromLastMonth(byDay([...short, { day: '2026-11-01', seats: 1, contacts: 5 }]), 100, '2026-11-10')).toBeUndefined();
	});

	it('carries the trailing 30 days forward by four weeks’ growth of the 7-day figure, sized to the month', () => {
		const today = '2026-11-10';
		const now = { day: today, seats: 1, contacts: 500, contacts30d: 800, contacts7d: 460 };
		const before = { day: dayOf(dayNumber(today) - 28), seats: 1, contacts7d: 400 };
		// 30-day month: 800 × (460 / 400) ^ (20 / 28).
		expect(fromTrailingWindows(byDay([before, now]), 500, today)).toBeCloseTo(800 * 1.15 ** (20 / 28));
		// Without the figure of four weeks ago there is no growth to read: no answer.
		expect(fromTrailingWindows(byDay([now]), 500, today)).toBeUndefined();
		// A 31-day month holds a day more than 30 days: one twenty-third of what the window adds beyond a week.
		const december = { ...now, day: '2026-12-10' };
		const decemberBefore = { ...before, day: dayOf(dayNumber('2026-12-10') - 28) };
		expect(fromTrailingWindows(byDay([decemberBefore, december]), 500, '2026-12-10')).toBeCloseTo((800 + 340 / 23) * 1.15 ** (21 / 28));
		// Five times the contacts of four weeks ago is a glitch of the figures, read as at most doubling.
		const glitch = { ...before, contacts7d: 92 };
		expect(fromTrailingWindows(byDay([glitch, now]), 500, today)).toBeCloseTo(800 * 2 ** (20 / 28));
		// A reading from tomorrow is not today's.
		expect(fromTrailingWindows(byDay([before, { ...now, day: '2026-11-11' }]), 500, today)).toBeUndefined();
	});

	it('never expects more than a day’s distinct contacts for each day left', () => {
		const points = [28, 29, 30].map((day) => ({ day: `2026-12-${day}`, seats: 1, contacts1d: 20 + day - 28 }));
		expect(ceilingOf(points, 900, '2026-12-30')).toBe(900 + 1 * 21);
		expect(ceilingOf([], 900, '2026-12-30')).toBeUndefined();
	});

	it('takes the lower answer, capped by the days left; on the month’s last day it is the count itself', () => {
		const last = month('2026-11-01', '2026-11-30', (day) => day * 30);
		const today = '2026-12-31';
		const december = month('2026-12-01', '2026-12-31', (day) => day * 40, { contacts30d: 1300, contacts7d: 300, contacts1d: 30 });
		const points = [...last, ...december];
		expect(contactsOutlook(points, 1240, 1000, today).projected).toBe(1240);
		const day20 = points.filter((point) => point.day <= '2026-12-20');
		// Day 20 of 31 is day 19 of November's 30; November ended at 900.
		const lastMonth = (800 * 900) / 570;
		const ceiling = 800 + 11 * 30;
		expect(ceiling).toBeLessThan(lastMonth);
		expect(contactsOutlook(day20, 800, 1000, '2026-12-20').projected).toBe(Math.round(Math.min(lastMonth, ceiling)));
	});

	it('says nothing about the month’s end before day 3, or without last month or four weeks of statistics', () => {
		const full = [...month('2026-11-01', '2026-11-30', (day) => day * 20), ...month('2026-12-01', '2026-12-02', (day) => day * 40)];
		expect(contactsOutlook(full, 80, 1000, '2026-12-02')).toEqual({ used: 80, cap: 1000, day: 2, daysInMonth: 31 });
		expect(contactsOutlook(full, 40, 1000, '2026-12-01').projected).toBeUndefined();
		expect(contactsOutlook(full, 120, 1000, '2026-12-03').projected).toBe(Math.round((120 * 600) / 60));
		expect(contactsOutlook([], 610, 1000, '2026-12-06')).toEqual({ used: 610, cap: 1000, day: 6, daysInMonth: 31 });
		expect(overCap(contactsOutlook([], 999, 1000, '2026-12-28'))).toBe(false);
	});

	it('warns only under the cap: a month already over it is the limit finding’s news', () => {
		expect(overCap({ used: 900, cap: 1000, day: 20, daysInMonth: 30, projected: 1001 })).toBe(true);
		expect(overCap({ used: 1000, cap: 1000, day: 20, daysInMonth: 30, projected: 1200 })).toBe(false);
		expect(overCap({ used: 900, cap: 1000, day: 20, daysInMonth: 30, projected: 1000 })).toBe(false);
		expect(overCap({ used: 900, day: 20, daysInMonth: 30, projected: 5000 })).toBe(false);
	});
});
