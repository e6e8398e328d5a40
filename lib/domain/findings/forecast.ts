/**
 * Findings from the seat history: seats forecast to reach the cap within the expiry thresholds (30, 14, 7… days), and
 * monthly active contacts expected to pass their cap before the month ends (trend/contacts.ts). Pure; announce.ts
 * escalates and recovers them like any other finding.
 */
import { dayKey } from '../dates';
import { FINDING_ID } from './ids';
import { EXPIRY_CRITICAL_DAYS, EXPIRY_WARNING_DAYS, SEVERITY } from './severity';
import type { IFinding, IThresholds } from './types';
import type { ISnapshot } from '../snapshot';
import { limitOf } from '../snapshot';
import { contactsOutlook, overCap } from '../trend/contacts';
import { forecastSeats } from '../trend/fit';
import type { ISeriesPoint } from '../trend/series';

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

function contactsForecastFinding(snapshot: ISnapshot, series: readonly ISeriesPoint[], now: Date): IFinding | undefined {
	const contacts = limitOf(snapshot, 'monthlyActiveContacts');
	if (contacts.max === 'unlimited' || contacts.used === 'unknown') {
		return undefined;
	}
	const today = dayKey(now);
	const outlook = contactsOutlook(series, contacts.used, contacts.max, today);
	if (!overCap(outlook) || outlook.projected === undefined) {
		return undefined;
	}
	return {
		// One finding per month: the count resets, so next month's overrun is news again.
		id: FINDING_ID.contactsForecast(today.slice(0, 7)),
		level: 'warning',
		severity: SEVERITY.single,
		facts: { type: 'contacts-forecast', used: contacts.used, cap: contacts.max, day: outlook.day, projected: outlook.projected },
	};
}

export function forecastFindings(snapshot: ISnapshot, series: readonly ISeriesPoint[], thresholds: IThresholds, now: Date): IFinding[] {
	return [seatForecastFinding(snapshot, series, thresholds, now), contactsForecastFinding(snapshot, series, now)].filter(
		(finding): finding is IFinding => finding !== undefined,
	);
}
