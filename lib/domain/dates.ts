/** Date arithmetic on ISO strings, in the server's time zone. Pure; formatting for readers lives in lib/render/intl.ts. */

export const DAY_MS = 24 * 60 * 60 * 1000;

const localDay = (date: Date): number => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/** Calendar days from `now` to `iso` in local time: 0 today, 1 tomorrow, negative once past. */
export function calendarDaysUntil(iso: string, now: Date): number {
	return Math.round((localDay(new Date(iso)) - localDay(now)) / DAY_MS);
}

/** "2026-11-24": the local calendar day, to remember what ran today. */
export function dayKey(now: Date): string {
	return new Date(localDay(now)).toISOString().slice(0, 10);
}

/** True once the instant `iso` has come: a license whose end is past has ended. */
export function isPast(iso: string, now: Date): boolean {
	return new Date(iso).getTime() <= now.getTime();
}

/** Milliseconds from `iso` to `now`: how long something has lasted. */
export function elapsedMs(iso: string, now: Date): number {
	return now.getTime() - new Date(iso).getTime();
}
