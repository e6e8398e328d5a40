/** Snapshot (+ the remembered license) → findings. Pure: the daily check and `/license check` both call it. */
import { calendarDaysUntil, isPast } from '../dates';
import { forecastFindings } from './forecast';
import { FINDING_ID } from './ids';
import { EXPIRY_CRITICAL_DAYS, EXPIRY_WARNING_DAYS, SEVERITY } from './severity';
import type { IFinding, IRememberedLicense, IThresholds } from './types';
import type { ILimit, ISnapshot } from '../snapshot';
import { licenseEnd, ratio } from '../snapshot';
import type { ISeriesPoint } from '../trend/series';

/** A date ahead measured against the expiry thresholds: its days left, level and severity, or undefined before the first. */
function approaching(
	date: string,
	thresholds: IThresholds,
	now: Date,
): (Pick<IFinding, 'level' | 'severity'> & { days: number }) | undefined {
	if (isPast(date, now)) {
		return undefined;
	}
	const days = calendarDaysUntil(date, now);
	// The last day always counts, whatever the configured list says.
	const crossed = [...thresholds.expiryDays, 0].filter((threshold) => days <= threshold);
	if (crossed.length === 0) {
		return undefined;
	}
	let level: IFinding['level'] = 'info';
	if (days <= EXPIRY_CRITICAL_DAYS) {
		level = 'critical';
	} else if (days <= EXPIRY_WARNING_DAYS) {
		level = 'warning';
	}
	return { days, level, severity: SEVERITY.daysBeforeCrossed(Math.min(...crossed)) };
}

function expiryFinding(snapshot: ISnapshot, thresholds: IThresholds, now: Date): IFinding | undefined {
	const { license } = snapshot;
	const date = licenseEnd(license);
	const ahead = license && date ? approaching(date, thresholds, now) : undefined;
	if (!license || !date || !ahead) {
		return undefined;
	}
	const { days, level, severity } = ahead;
	// Rocket.Chat switches every app off when the license ends (docs/rocketchat-api.md §10): the final warning may be the last.
	const lastCall = days === 0 || days <= Math.min(...thresholds.expiryDays);
	const facts = { type: 'expiry' as const, trial: license.trial, date, days, lastCall, ...(license.autoRenew && { autoRenew: true }) };
	return { id: FINDING_ID.expiry(date), level, severity, facts };
}

/** A `disable_modules` period that ends soon: its modules turn off then, with the same escalation as an expiry. */
function moduleCutoffFindings(snapshot: ISnapshot, thresholds: IThresholds, now: Date): IFinding[] {
	const end = licenseEnd(snapshot.license);
	return (snapshot.license?.moduleCutoffs ?? [])
		.filter((cutoff) => !end || cutoff.date < end)
		.map((cutoff): IFinding | undefined => {
			const ahead = approaching(cutoff.date, thresholds, now);
			return (
				ahead && {
					id: FINDING_ID.modulesOff(cutoff.date),
					level: ahead.level,
					severity: ahead.severity,
					facts: { type: 'modules-off', modules: cutoff.modules, date: cutoff.date, days: ahead.days },
				}
			);
		})
		.filter((finding): finding is IFinding => finding !== undefined);
}

/** Days from which the air-gap countdown is worth a notice: Rocket.Chat's own warning window (docs/rocketchat-api.md §9). */
export const AIR_GAP_WARNING_DAYS = 7;

/** The air-gap countdown: a warning each day of the last week, escalating, and critical once the workspace is read-only. */
function airGapFinding(snapshot: ISnapshot): IFinding | undefined {
	const days = snapshot.airGapDays;
	if (days === undefined || days < 0 || days > AIR_GAP_WARNING_DAYS) {
		return undefined;
	}
	return {
		id: FINDING_ID.airgap,
		level: days === 0 ? 'critical' : 'warning',
		severity: SEVERITY.daysBeforeCrossed(days),
		facts: { type: 'airgap', days },
	};
}

function limitFinding(limit: ILimit, thresholds: IThresholds): IFinding | undefined {
	const share = ratio(limit);
	// A cap of zero is reached from the start (Rocket.Chat blocks at count >= max).
	const percent = limit.max === 0 ? 100 : (share ?? 0) * 100;
	// The cap itself always counts, whatever the configured list says.
	const reached = [...thresholds.seatPercents, 100].filter((threshold) => percent >= threshold);
	if (!limit.prevented && reached.length === 0) {
		return undefined;
	}
	const mark = Math.max(0, ...reached);
	// A blocked action outranks every threshold, whatever the numbers say (the server's flag can lag a little).
	const severity = limit.prevented ? SEVERITY.blocked : SEVERITY.percentReached(mark);
	const level = limit.prevented || percent >= 100 ? 'critical' : 'warning';
	return { id: FINDING_ID.limit(limit.kind), level, severity, facts: { type: 'limit', limit, percent: mark } };
}

function lapsedFinding(snapshot: ISnapshot, remembered: IRememberedLicense | undefined, now: Date): IFinding | undefined {
	const end = snapshot.license?.enforcedExpiry;
	// Old servers (licenses.get) still list a license past its end; newer ones drop it and look like Community.
	if (snapshot.license && end && isPast(end, now)) {
		return {
			id: FINDING_ID.lapsed,
			level: 'critical',
			severity: SEVERITY.single,
			facts: { type: 'lapsed', plan: snapshot.license.plan, date: end, expired: true },
		};
	}
	if (snapshot.license || !remembered) {
		return undefined;
	}
	const last = remembered.enforcedExpiry;
	const expired = !!last && isPast(last, now);
	const date = expired ? last : now.toISOString();
	return {
		id: FINDING_ID.lapsed,
		level: 'critical',
		severity: SEVERITY.single,
		facts: { type: 'lapsed', plan: remembered.plan, date, expired },
	};
}

/** `series`: the seat history, when the caller has it; the forecast findings come from it. */
export function evaluate(
	snapshot: ISnapshot,
	remembered: IRememberedLicense | undefined,
	thresholds: IThresholds,
	now: Date,
	series?: readonly ISeriesPoint[],
): IFinding[] {
	return [
		lapsedFinding(snapshot, remembered, now),
		expiryFinding(snapshot, thresholds, now),
		...moduleCutoffFindings(snapshot, thresholds, now),
		airGapFinding(snapshot),
		...snapshot.limits.map((limit) => limitFinding(limit, thresholds)),
		...(series ? forecastFindings(snapshot, series, thresholds, now) : []),
	].filter((finding): finding is IFinding => finding !== undefined);
}
