/**
 * Monthly active contacts at the month's end. Each contact counts once per calendar month, so the count rises fast early
 * and slowly later: a straight line from the first days overstates the end several times. The projection comes instead
 * from what the workspace reports (docs/rocketchat-api.md §5, "Monthly active contacts"):
 * - last month's curve: today's count scaled by how last month ended against its count at the same point of the month;
 * - the trailing windows: the distinct contacts of the last 30 days are a month's worth, carried forward by the growth of
 *   the last-7-days figure over four weeks, and sized to this month's length;
 * - neither may exceed today's count plus a day's distinct contacts for each day left.
 * The lower of the two answers (crying wolf costs the admins' trust); with neither, nothing is said about the month's end.
 * Pure: `today` is the day of the reading.
 */
import type { ISeriesPoint } from './series';
import { dayNumber, dayOf } from './series';

/** Before this day of the month nothing is projected: a day or two says little even against last month's curve. */
export const CONTACTS_MIN_DAY = 3;
/** Growth of the 7-day figure is read over this many days (whole weeks, so weekdays compare with weekdays). */
const GROWTH_SPAN_DAYS = 28;
/** A month's growth beyond these factors is read as a glitch of the figures, not a trend. */
const GROWTH_BOUNDS = [0.5, 2] as const;
/** How many of the latest 24-hour figures make a day's traffic. */
const TRAFFIC_DAYS = 7;
/** The lengths of the statistics' trailing windows, in days (uniqueContactsOfLastMonth, …OfLastWeek). */
const MONTH_WINDOW = 30;
const WEEK_WINDOW = 7;

export interface IContactsOutlook {
	used: number;
	cap?: number;
	/** Day of the month the count was read (1-based). */
	day: number;
	daysInMonth: number;
	/** The count expected at the month's end; undefined when the history cannot say. */
	projected?: number;
}

export const daysInMonthOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const partsOf = (day: string): [number, number, number] => day.split('-').map(Number) as [number, number, number];

/**
 * The point of `day`, or of the day before or after (a reading can be a day late or early), nearest first, within the
 * day numbers [first, last].
 */
function nearDay(
	byDay: ReadonlyMap<string, ISeriesPoint>,
	day: number,
	has: (point: ISeriesPoint) => boolean,
	[first, last]: [number, number] = [-Infinity, Infinity],
): ISeriesPoint | undefined {
	for (const offset of [0, -1, 1]) {
		const point = day + offset >= first && day + offset <= last ? byDay.get(dayOf(day + offset)) : undefined;
		if (point && has(point)) {
			return point;
		}
	}
	return undefined;
}

/** Last month's end over last month's count at the same share of the month, times today's count. */
export function fromLastMonth(byDay: ReadonlyMap<string, ISeriesPoint>, used: number, today: string): number | undefined {
	const [year, month, day] = partsOf(today);
	const days = daysInMonthOf(year, month);
	const lastDay = dayNumber(today) - day;
	const [lastYear, lastMonth] = partsOf(dayOf(lastDay));
	const lastDays = daysInMonthOf(lastYear, lastMonth);
	const sameShare = lastDay - lastDays + Math.max(1, Math.min(lastDays, Math.round((day * lastDays) / days)));
	const hasContacts = (point: ISeriesPoint) => point.contacts !== undefined;
	// Only last month's readings: the count resets on the 1st.
	const lastMonthDays: [number, number] = [lastDay - lastDays + 1, lastDay];
	const final = nearDay(byDay, lastDay, hasContacts, lastMonthDays);
	const then = nearDay(byDay, sameShare, hasContacts, lastMonthDays);
	if (!final?.contacts || !then?.contacts || final.contacts < then.contacts) {
		return undefined;
	}
	return (used * final.contacts) / then.contacts;
}

/** The trailing 30 days' contacts carried to the month's end by four weeks' growth, sized to the month's length. */
export function fromTrailingWindows(byDay: ReadonlyMap<string, ISeriesPoint>, used: number, today: string): number | undefined {
	const [year, month, day] = partsOf(today);
	const days = daysInMonthOf(year, month);
	const now = nearDay(byDay, dayNumber(today), (point) => point.contacts30d !== undefined && point.contacts7d !== undefined, [
		-Infinity,
		dayNumber(today),
	]);
	if (!now) {
		return undefined;
	}
	const before = nearDay(byDay, dayNumber(now.day) - GROWTH_SPAN_DAYS, (point) => !!point.contacts7d);
	const month30 = now.contacts30d as number;
	const week = now.contacts7d as number;
	if (!before || !month30) {
		return undefined;
	}
	const [low, high] = GROWTH_BOUNDS;
	const growth = Math.min(high, Math.max(low, week / (before.contacts7d as number)));
	// A month of `days` days: the 30-day figure less (or plus) what each day beyond a week adds to a window, on average.
	const perDayBeyondWeek = Math.max(0, month30 - week) / (MONTH_WINDOW - WEEK_WINDOW);
	const sized = month30 + (days - MONTH_WINDOW) * perDayBeyondWeek;
	return Math.max(used, sized * growth ** ((days - day) / GROWTH_SPAN_DAYS));
}

/** Today's count plus, for each day left, the mean of the latest 24-hour figures: no month can gain more. */
export function ceilingOf(points: readonly ISeriesPoint[], used: number, today: string): number | undefined {
	const [year, month, day] = partsOf(today);
	const end = dayNumber(today);
	const recent = points
		.filter((point) => point.contacts1d !== undefined && dayNumber(point.day) <= end && dayNumber(point.day) > end - TRAFFIC_DAYS)
		.map((point) => point.contacts1d as number);
	if (!recent.length) {
		return undefined;
	}
	const perDay = recent.reduce((sum, value) => sum + value, 0) / recent.length;
	return used + (daysInMonthOf(year, month) - day) * perDay;
}

/** Monthly active contacts read `today`: `used` so far against `cap`, and the month's end when the history can tell it. */
export function contactsOutlook(points: readonly ISeriesPoint[], used: number, cap: number | undefined, today: string): IContactsOutlook {
	const [year, month, day] = partsOf(today);
	const outlook: IContactsOutlook = { used, cap, day, daysInMonth: daysInMonthOf(year, month) };
	if (day < CONTACTS_MIN_DAY) {
		return outlook;
	}
	const byDay = new Map(points.map((point) => [point.day, point]));
	const answers = [fromLastMonth(byDay, used, today), fromTrailingWindows(byDay, used, today)].filter(
		(answer): answer is number => answer !== undefined,
	);
	if (!answers.length) {
		return outlook;
	}
	const ceiling = ceilingOf(points, used, today) ?? Infinity;
	return { ...outlook, projected: Math.round(Math.max(used, Math.min(ceiling, ...answers))) };
}

/** True when the month is expected to end over the cap it has not reached yet: the daily check's warning. */
export const overCap = (outlook: IContactsOutlook): boolean =>
	outlook.cap !== undefined && outlook.projected !== undefined && outlook.used < outlook.cap && outlook.projected > outlook.cap;
