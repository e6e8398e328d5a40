/** Snapshot (+ the remembered license) → findings. Pure: the daily check and `/license check` both call it. */
import { calendarDaysUntil } from '../format';
import type { IFinding, IRememberedLicense, IThresholds } from './types';
import type { ILimit, ISnapshot } from '../snapshot/types';
import { ratio } from '../snapshot/types';

/** Days left from which an expiry is a warning, and then critical. */
const EXPIRY_WARNING_DAYS = 14;
const EXPIRY_CRITICAL_DAYS = 3;

function expiryFinding(snapshot: ISnapshot, thresholds: IThresholds, now: Date): IFinding | undefined {
	const { license } = snapshot;
	const date = license?.enforcedExpiry ?? license?.visualExpiry;
	if (!license || !date) {
		return undefined;
	}
	const days = calendarDaysUntil(date, now);
	const step = thresholds.expiryDays.filter((threshold) => days <= threshold).length;
	if (step === 0 || new Date(date).getTime() <= now.getTime()) {
		return undefined;
	}
	let level: IFinding['level'] = 'info';
	if (days <= EXPIRY_CRITICAL_DAYS) {
		level = 'critical';
	} else if (days <= EXPIRY_WARNING_DAYS) {
		level = 'warning';
	}
	return { id: `expiry:${date}`, level, step, facts: { type: 'expiry', trial: license.trial, date, days } };
}

function limitFinding(limit: ILimit, thresholds: IThresholds): IFinding | undefined {
	const share = ratio(limit);
	const percent = share === undefined ? 0 : share * 100;
	const reached = thresholds.seatPercents.filter((threshold) => percent >= threshold);
	// A blocked action outranks every threshold, whatever the numbers say (the server's flag can lag a little).
	const step = reached.length + (limit.prevented ? 1 : 0);
	if (step === 0) {
		return undefined;
	}
	const level = limit.prevented || percent >= 100 ? 'critical' : 'warning';
	return { id: `limit:${limit.kind}`, level, step, facts: { type: 'limit', limit, percent: Math.max(0, ...reached) } };
}

function lapsedFinding(snapshot: ISnapshot, remembered: IRememberedLicense | undefined, now: Date): IFinding | undefined {
	const end = snapshot.license?.enforcedExpiry;
	// Old servers (licenses.get) still list a license past its end; newer ones drop it and look like Community.
	if (snapshot.license && end && new Date(end).getTime() <= now.getTime()) {
		return { id: 'lapsed', level: 'critical', step: 1, facts: { type: 'lapsed', plan: snapshot.license.plan, date: end, expired: true } };
	}
	if (snapshot.license || !remembered) {
		return undefined;
	}
	const last = remembered.enforcedExpiry;
	const expired = !!last && new Date(last).getTime() <= now.getTime();
	const date = expired ? last : now.toISOString();
	return { id: 'lapsed', level: 'critical', step: 1, facts: { type: 'lapsed', plan: remembered.plan, date, expired } };
}

export function evaluate(snapshot: ISnapshot, remembered: IRememberedLicense | undefined, thresholds: IThresholds, now: Date): IFinding[] {
	return [
		lapsedFinding(snapshot, remembered, now),
		expiryFinding(snapshot, thresholds, now),
		...snapshot.limits.map((limit) => limitFinding(limit, thresholds)),
	].filter((finding): finding is IFinding => finding !== undefined);
}
