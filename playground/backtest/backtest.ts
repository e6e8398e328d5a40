/**
 * Back-tests of the app's two forecasts, run day by day on plain simulated data, as `npm run bench` prints them:
 * - monthly active contacts (lib/domain/trend/contacts.ts) on the months of contactMonths.ts: a month that ends under
 *   the cap and warned is a false alarm; a month that passes it and did not warn before the day it got there, a miss;
 * - the seat forecast (lib/domain/trend/fit.ts) on the simulator's history shapes (workspace/statistics.ts): a day that
 *   says "the cap is reached within the largest threshold" when the cap is not reached in that time is a false alarm, a
 *   day that stays quiet when it is, a miss.
 */
import type { IContactsShape } from './contactMonths';
import { CONTACTS_CAP, TESTED_MONTHS, simulateContacts } from './contactMonths';
import { DEFAULTS } from '../../lib/domain/settings';
import { contactsOutlook, overCap } from '../../lib/domain/trend/contacts';
import { MIN_HISTORY_DAYS, forecastSeats } from '../../lib/domain/trend/fit';
import type { ISeriesPoint } from '../../lib/domain/trend/series';
import { dayNumber, dayOf } from '../../lib/domain/trend/series';
import type { HistoryShape } from '../workspace/statistics';
import { seatsOn } from '../workspace/statistics';

export interface IMonthVerdict {
	month: string;
	/** The month's last reading. */
	end: number;
	/** Days of the month the rule warned on. */
	alarms: number[];
	/** The day the count reached the cap, if it did. */
	reached?: number;
	verdict: 'quiet' | 'false alarm' | 'caught' | 'missed';
}

/** The contacts rule on each tested month of `points`, as the daily check would run it each day (seeing only the past). */
export function backtestContacts(points: readonly ISeriesPoint[], cap: number, months: readonly string[]): IMonthVerdict[] {
	return months.map((month) => {
		const days = points.filter((point) => point.day.startsWith(month));
		const alarms: number[] = [];
		let reached: number | undefined;
		const start = points.findIndex((point) => point.day.startsWith(month));
		for (const [offset, point] of days.entries()) {
			const day = Number(point.day.slice(8));
			const used = point.contacts ?? 0;
			if (used >= cap && reached === undefined) {
				reached = day;
			}
			const seen = points.slice(0, start + offset + 1);
			if (overCap(contactsOutlook(seen, used, cap, point.day))) {
				alarms.push(day);
			}
		}
		const end = days[days.length - 1]?.contacts ?? 0;
		let verdict: IMonthVerdict['verdict'] = alarms.length ? 'false alarm' : 'quiet';
		if (end > cap) {
			verdict = alarms.some((day) => reached === undefined || day < reached) ? 'caught' : 'missed';
		}
		return { month, end, alarms, reached, verdict };
	});
}

export interface IContactsFigures {
	shape: IContactsShape;
	months: IMonthVerdict[];
}

export const contactsFigures = (shapes: readonly IContactsShape[]): IContactsFigures[] =>
	shapes.map((shape) => ({ shape, months: backtestContacts(simulateContacts(shape), CONTACTS_CAP, TESTED_MONTHS) }));

/** The seats history shapes the simulator has, with the scenarios' seats today and cap (workspace/scenarios.ts). */
export const SEAT_SHAPES: Array<{ shape: HistoryShape; seats: number; cap: number }> = [
	{ shape: 'growth', seats: 185, cap: 200 },
	{ shape: 'flat', seats: 150, cap: 200 },
	{ shape: 'falling', seats: 150, cap: 200 },
	{ shape: 'spike', seats: 150, cap: 200 },
	{ shape: 'seasonal', seats: 150, cap: 200 },
];

/** The largest default expiry threshold (30 days): the earliest the daily check tells a seat forecast. */
export const WARNING_WINDOW = Math.max(...String(DEFAULTS.expiry_thresholds).split(',').map(Number));

export interface ISeatFigures {
	shape: HistoryShape;
	/** Days the forecast was judged on. */
	days: number;
	alarms: number;
	falseAlarms: number;
	misses: number;
	/** Days before the cap was reached that the first true alarm came, if any. */
	firstWarningDaysAhead?: number;
}

/**
 * The seat forecast each day of a year of `shape` (plus `window` days past the scenario's today, where the shape goes
 * on), warning when the cap is forecast within `window` days, as the largest expiry threshold does.
 */
export function backtestSeats(shape: HistoryShape, seats: number, cap: number, today: string, window = WARNING_WINDOW): ISeatFigures {
	const end = dayNumber(today);
	const series: ISeriesPoint[] = [];
	for (let daysAgo = 365; daysAgo >= -window; daysAgo--) {
		series.push({ day: dayOf(end - daysAgo), seats: seatsOn(shape, seats, daysAgo) });
	}
	const figures: ISeatFigures = { shape, days: 0, alarms: 0, falseAlarms: 0, misses: 0 };
	for (let index = MIN_HISTORY_DAYS - 1; index < series.length - window; index++) {
		// At or over the cap the seat-limit finding speaks, not the forecast (lib/domain/findings/forecast.ts).
		if (series[index].seats >= cap) {
			continue;
		}
		const forecast = forecastSeats(series.slice(0, index + 1), cap, series[index].day);
		const alarm = forecast.kind === 'reaches' && forecast.days <= window;
		const ahead = series.slice(index + 1, index + 1 + window).findIndex((point) => point.seats >= cap) + 1;
		figures.days++;
		figures.alarms += alarm ? 1 : 0;
		figures.falseAlarms += alarm && !ahead ? 1 : 0;
		figures.misses += ahead && !alarm ? 1 : 0;
		if (alarm && ahead && figures.firstWarningDaysAhead === undefined) {
			figures.firstWarningDaysAhead = ahead;
		}
	}
	return figures;
}

export const seatFigures = (today: string): ISeatFigures[] =>
	SEAT_SHAPES.map(({ shape, seats, cap }) => backtestSeats(shape, seats, cap, today));

/** The bench's lines: each shape's months with their verdicts, then each seat shape's days. */
export function backtestLines(today: string, shapes: readonly IContactsShape[]): string[] {
	const contacts = contactsFigures(shapes);
	const months = contacts.flatMap((figure) => figure.months);
	const count = (verdict: IMonthVerdict['verdict']) => months.filter((month) => month.verdict === verdict).length;
	const span = `${TESTED_MONTHS[0]} to ${TESTED_MONTHS[TESTED_MONTHS.length - 1]}`;
	return [
		`contacts forecast back-test, cap ${CONTACTS_CAP.toLocaleString('en')}, ${months.length} simulated months (${span}, each judged every day):`,
		`  false alarms ${count('false alarm')} (goal 0) · misses ${count('missed')} · caught ${count('caught')} · quiet ${count('quiet')}`,
		...contacts.map(({ shape, months: judged }) => {
			const verdicts = judged.map((month) => {
				const first = month.verdict === 'caught' ? ` from day ${month.alarms[0]} (cap passed on day ${month.reached})` : '';
				return `${month.month} ${month.end} ${month.verdict}${first}`;
			});
			return `  ${shape.name.padEnd(10)} ${verdicts.join(' · ')}`;
		}),
		`seat forecast back-test ("cap reached in ${WARNING_WINDOW} days or less", judged each day of a year against the next ${WARNING_WINDOW} days):`,
		...seatFigures(today).map((figure) => {
			const first = figure.firstWarningDaysAhead === undefined ? '' : `, first warning ${figure.firstWarningDaysAhead} days ahead`;
			return `  ${figure.shape.padEnd(10)} ${figure.days} days: ${figure.alarms} warnings, false alarms ${figure.falseAlarms}, misses ${figure.misses}${first}`;
		}),
	];
}
