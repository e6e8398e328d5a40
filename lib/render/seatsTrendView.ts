/** `/seats trend`: a sparkline with the cap marked, the peak, the net change per week, the forecast and the contacts' month. */
import type { IRendered } from './message';
import { context, render, section } from './message';
import type { IView } from './view';
import { usage } from './view';
import { dayKey } from '../domain/dates';
import type { ISnapshot } from '../domain/snapshot';
import { limitOf } from '../domain/snapshot';
import type { IContactsOutlook } from '../domain/trend/contacts';
import { contactsOutlook, overCap } from '../domain/trend/contacts';
import type { SeatForecast } from '../domain/trend/fit';
import { forecastSeats } from '../domain/trend/fit';
import type { IHistory } from '../domain/trend/history';
import type { ISeriesPoint } from '../domain/trend/series';
import { dayNumber, dayOf, lastDays, peakOf, weeklyChanges } from '../domain/trend/series';
import { sparkline } from '../domain/trend/sparkline';

export const TREND_WINDOWS = [30, 90, 365] as const;
export type TrendWindow = (typeof TREND_WINDOWS)[number];
/** Weeks of net change shown. */
const WEEKS_SHOWN = 8;

/** A "YYYY-MM-DD" day in the reader's words (noon local time, so no time zone moves it to another day). */
export function dayDate(view: IView, day: string): string {
	return view.format.date(`${day}T12:00:00`);
}

/** "+3.1 seats a week", "−2 seats a week", "0 seats a week". */
export function pace(view: IView, perWeek: number): string {
	let sign = '';
	if (perWeek !== 0) {
		sign = perWeek > 0 ? '+' : '-';
	}
	return view.texts.plural('pace', Math.abs(perWeek), { sign });
}

export function forecastLine(view: IView, forecast: SeatForecast): string {
	const { t, plural } = view.texts;
	const n = view.format.number;
	switch (forecast.kind) {
		case 'too-little':
			return plural('forecast_too_little', forecast.days);
		case 'no-cap':
			return t('forecast_no_cap', { pace: pace(view, forecast.perWeek) });
		case 'at-cap':
			return t('forecast_at_cap', { cap: n(forecast.cap) });
		case 'falling':
			return t('forecast_falling', { pace: pace(view, forecast.perWeek) });
		case 'not-within-year':
			return t('forecast_not_within_year', { pace: pace(view, forecast.perWeek), cap: n(forecast.cap) });
		case 'reaches':
			return plural('forecast_reaches', forecast.days, {
				pace: pace(view, forecast.perWeek),
				cap: n(forecast.cap),
				date: dayDate(view, forecast.day),
			});
	}
}

/** The month so far, and its end when the history can tell it (nothing is guessed otherwise). */
export function contactsLine(view: IView, outlook: IContactsOutlook): string {
	const { t } = view.texts;
	const n = view.format.number;
	const params = { used: n(outlook.used), day: outlook.day };
	if (outlook.projected === undefined) {
		return outlook.cap === undefined ? t('contacts_so_far_unlimited', params) : t('contacts_so_far', { ...params, cap: n(outlook.cap) });
	}
	const projected = n(outlook.projected);
	if (outlook.cap === undefined) {
		return t('contacts_outlook_unlimited', { ...params, projected });
	}
	return t(overCap(outlook) ? 'contacts_outlook_over' : 'contacts_outlook', { ...params, projected, cap: n(outlook.cap) });
}

function weeklyLine(view: IView, changes: Array<number | undefined>): string | undefined {
	const known = changes.filter((change) => change !== undefined);
	if (!known.length) {
		return undefined;
	}
	const shown = changes.map((change) => {
		if (change === undefined) {
			return '–';
		}
		return change > 0 ? `+${view.format.number(change)}` : view.format.number(change);
	});
	return `*${view.texts.t('trend_weekly')}* (${view.texts.t('trend_weekly_note')}): ${shown.join(' · ')}`;
}

function sourceNote(view: IView, history: IHistory): string | undefined {
	const { source } = history;
	if (!source) {
		return undefined;
	}
	return source.kind === 'statistics'
		? view.texts.t('trend_source_statistics')
		: view.texts.t('trend_source_own', { date: dayDate(view, source.since) });
}

/**
 * The stored history plus today's live reading (shown, not stored: the daily check stores its own), over `days` days.
 */
export function renderTrend(view: IView, snapshot: ISnapshot, history: IHistory, days: TrendWindow, live?: ISeriesPoint): IRendered {
	const { t, plural } = view.texts;
	const n = view.format.number;
	const today = dayKey(view.now);
	const all = live ? [...history.points.filter((point) => point.day !== live.day), live] : history.points;
	const points = lastDays(all, days, today);
	const seats = limitOf(snapshot, 'activeUsers');
	const cap = seats.max === 'unlimited' ? undefined : seats.max;
	const contacts = limitOf(snapshot, 'monthlyActiveContacts');
	const contactsNow =
		contacts.used === 'unknown'
			? undefined
			: contactsOutlook(all, contacts.used, contacts.max === 'unlimited' ? undefined : contacts.max, today);
	const title = `*${t('trend_title', { days })}*`;
	const backfilling = !history.backfill.done && history.source?.kind === 'statistics' && plural('trend_backfilling', history.points.length);
	if (!points.length) {
		return render([section(title, t('trend_empty')), context(backfilling, sourceNote(view, history))]);
	}
	const chart = sparkline(points, dayOf(dayNumber(today) - days + 1), days, cap);
	// Glyphs and numbers only, unless the top is the cap, which takes words.
	const scale = chart.capOnTop
		? t('trend_scale_cap', { low: n(chart.low), high: n(chart.high) })
		: `▁ ${n(chart.low)} · █ ${n(chart.high)}`;
	const peak = peakOf(points) as ISeriesPoint;
	return render([
		section(title, `\`${chart.line}\``, `${scale} · ${plural('trend_cell_days', chart.daysPerCell)}`),
		section(
			`*${t('trend_now')}*: ${usage(view, seats)}`,
			`*${t('trend_peak')}*: ${t('trend_peak_value', { seats: n(peak.seats), date: dayDate(view, peak.day) })}`,
			weeklyLine(view, weeklyChanges(all, today, Math.min(WEEKS_SHOWN, Math.floor(days / 7)))),
			`*${t('trend_forecast')}*: ${forecastLine(view, forecastSeats(all, cap, today))}`,
			contactsNow && `*${t('trend_contacts')}*: ${contactsLine(view, contactsNow)}`,
		),
		context(backfilling, sourceNote(view, history)),
	]);
}
