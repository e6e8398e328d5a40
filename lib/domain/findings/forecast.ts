/**
 * Findings from the seat history: seats forecast to reach the cap within the expiry thresholds (30, 14, 7… days), and
 * monthly active contacts on pace to pass their cap before the month ends. Pure; announce.ts escalates and recovers
 * them like any other finding.
 */
import { dayKey } from '../dates';
import { FINDING_ID } from './ids';
import { EXPIRY_CRITICAL_DAYS, EXPIRY_WARNING_DAYS, SEVERITY } from './severity';
import type { IFinding, IThresholds } from './types';
import type { ISnapshot } from '../snapshot/types';
import { limitOf } from '../snapshot/types';
import { contactsPace, forecastSeats } from '../trend/fit';
import type { ISeriesPoint } from '../trend/series';

/** Before this day of the month the contacts' pace is too young to warn about. */
export const CONTACTS_MIN_DAY = 7;

function seatForecastFinding(
	snapshot: ISnapshot,
	series: readonly ISeriesPoint[],
	thresholds: IThresholds,
	now: Date,
): IFinding | undefined {
	const seats = limitOf(snapshot, 'activeUsers');
	if (seats.max === 'unlimited' || seats.used === 'unknown' || seats.used >= seats.max) {
		return undefined;
	}
	const forecast = forecastSeats(series, seats.max, dayKey(now));
	if (forecast.kind !== 'reaches') {
		return undefined;
	}
	const crossed = thresholds.expiryDays.filter((threshold) => forecast.days <= threshold);
	if (!crossed.length) {
		return undefined;
	}
	let level: IFinding['level'] = 'info';
	if (forecast.days <= EXPIRY_CRITICAL_DAYS) {
		level = 'critical';
	} else if (forecast.days <= EXPIRY_WARNING_DAYS) {
		level = 'warning';
	}
	const { cap, perWeek, day: date, days } = forecast;
	return {
		id: FINDING_ID.seatForecast,
		level,
		severity: SEVERITY.capForecastWithin(Math.min(...crossed)),
		facts: { type: 'seat-forecast', cap, perWeek, date, days },
	};
}

function contactsForecastFinding(snapshot: ISnapshot, now: Date): IFinding | undefined {
	const contacts = limitOf(snapshot, 'monthlyActiveContacts');
	if (contacts.max === 'unlimited' || contacts.used === 'unknown' || contacts.used >= contacts.max) {
		return undefined;
	}
	const today = dayKey(now);
	const pace = contactsPace(contacts.used, contacts.max, today);
	if (pace.day < CONTACTS_MIN_DAY || pace.projected <= contacts.max) {
		return undefined;
	}
	return {
		// One finding per month: the count resets, so next month's overrun is news again.
		id: FINDING_ID.contactsForecast(today.slice(0, 7)),
		level: 'warning',
		severity: SEVERITY.single,
		facts: { type: 'contacts-forecast', used: contacts.used, cap: contacts.max, day: pace.day, projected: pace.projected },
	};
}

export function forecastFindings(snapshot: ISnapshot, series: readonly ISeriesPoint[], thresholds: IThresholds, now: Date): IFinding[] {
	return [seatForecastFinding(snapshot, series, thresholds, now), contactsForecastFinding(snapshot, now)].filter(
		(finding): finding is IFinding => finding !== undefined,
	);
}
