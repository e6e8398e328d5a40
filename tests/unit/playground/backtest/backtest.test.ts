import type { ISeriesPoint } from '../../../../lib/domain/trend/series';
import { backtestContacts, backtestSeats, contactsFigures } from '../../../../playground/backtest/backtest';
import { CONTACTS_CAP, CONTACT_SHAPES, TESTED_MONTHS, simulateContacts } from '../../../../playground/backtest/contactMonths';

describe('simulated contact months', () => {
	const returning = CONTACT_SHAPES.find((shape) => shape.name === 'returning');

	it('are the same data on every run, one reading a day, resetting on the 1st', () => {
		const shape = CONTACT_SHAPES[0];
		const points = simulateContacts(shape);
		expect(simulateContacts(shape)).toEqual(points);
		expect(points[0].day).toBe('2026-08-01');
		expect(points[points.length - 1].day).toBe('2027-03-31');
		const first = points.find((point) => point.day === '2027-01-01') as ISeriesPoint;
		const before = points.find((point) => point.day === '2026-12-31') as ISeriesPoint;
		expect(first.contacts).toBeLessThan((before.contacts as number) / 2);
		expect(first.contacts).toBe(first.contacts1d);
	});

	it('rise fast early and slowly late, as returning contacts make them: a straight line from day 6 overstates the end', () => {
		const points = simulateContacts(returning as (typeof CONTACT_SHAPES)[number]);
		const november = points.filter((point) => point.day.startsWith('2026-11'));
		const sixth = november[5].contacts as number;
		const end = november[29].contacts as number;
		expect((sixth / 6) * 30).toBeGreaterThan(2.5 * end);
	});
});

describe('contacts back-test', () => {
	it('raises no false alarm in any simulated month and catches the month that passes the cap before it does', () => {
		const figures = contactsFigures(CONTACT_SHAPES);
		const months = figures.flatMap((figure) => figure.months.map((month) => ({ shape: figure.shape.name, ...month })));
		expect(months).toHaveLength(CONTACT_SHAPES.length * TESTED_MONTHS.length);
		expect(months.filter((month) => month.verdict === 'false alarm')).toEqual([]);
		const passing = months.filter((month) => month.end > CONTACTS_CAP);
		expect(passing.map((month) => [month.shape, month.month, month.verdict])).toEqual([['passes', '2027-01', 'caught']]);
		expect(passing[0].alarms[0]).toBeLessThan(passing[0].reached as number);
		// Months that end near the cap are judged too, not only easy ones.
		expect(Math.max(...months.filter((month) => month.end <= CONTACTS_CAP).map((month) => month.end))).toBeGreaterThan(950);
	});

	it('counts a warning in a month that ends under the cap as a false alarm, and a silent passing month as a miss', () => {
		const days = (month: string, counts: number[]): ISeriesPoint[] =>
			counts.map((contacts, i) => ({ day: `${month}-${String(i + 1).padStart(2, '0')}`, seats: 0, contacts }));
		const curve = (end: number) => Array.from({ length: 30 }, (_, i) => Math.round(end * Math.min(1, (i + 1) / 5)));
		// September reaches its end, 500, by day 5; October runs 20 % ahead of it and passes a cap of 550 on day 5.
		const september = days('2026-09', curve(500));
		const octoberOver = days('2026-10', [...curve(600).slice(0, 30), 600]);
		const [october] = backtestContacts([...september, ...octoberOver], 550, ['2026-10']);
		expect(october.end).toBe(600);
		expect(october.reached).toBe(5);
		// Day 3: 360 × 500 / 300 = 600 > 550, before the 5th: caught.
		expect(october).toMatchObject({ verdict: 'caught', alarms: [3, 4] });
		const [quiet] = backtestContacts([...september, ...days('2026-10', curve(400).concat(400))], 550, ['2026-10']);
		expect(quiet).toMatchObject({ verdict: 'quiet', alarms: [] });
		// Without last month, the month that passes is a miss: nothing could be said.
		const [missed] = backtestContacts(octoberOver, 550, ['2026-10']);
		expect(missed.verdict).toBe('missed');
		// A month that ends at 540 after a day-3 count that looked like 600: a false alarm.
		const [cried] = backtestContacts([...september, ...days('2026-10', [120, 240, 360, 400, 450, ...Array(26).fill(540)])], 550, [
			'2026-10',
		]);
		expect(cried).toMatchObject({ verdict: 'false alarm', alarms: [3] });
	});
});

describe('seat forecast back-test', () => {
	it('warns ahead of steady growth and never on flat, falling, spiking or seasonal seats', () => {
		const growth = backtestSeats('growth', 185, 200, '2026-11-24');
		expect(growth.misses).toBe(0);
		expect(growth.firstWarningDaysAhead).toBeGreaterThanOrEqual(25);
		for (const shape of ['flat', 'falling', 'spike', 'seasonal'] as const) {
			expect(backtestSeats(shape, 150, 200, '2026-11-24')).toMatchObject({ alarms: 0, falseAlarms: 0, misses: 0 });
		}
	});

	it('counts a touch of the cap no trend foretold as a miss', () => {
		// Flat at 150 ± 1 under a cap of 151: the wobble touches it now and then, the forecast rightly stays flat.
		const figures = backtestSeats('flat', 150, 151, '2026-11-24');
		expect(figures.falseAlarms).toBe(0);
		expect(figures.misses).toBeGreaterThan(0);
	});
});
