/** Numbers, percentages, dates and day counts in the reader's locale (Intl), in the server's time zone. */
import type { Language } from './i18n/texts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface IFormatter {
	number: (value: number) => string;
	/** 0.925 → "92.5 %" (or "92,5 %"), at most one decimal. */
	percent: (ratio: number) => string;
	date: (iso: string) => string;
}

export function formatterFor(language: Language): IFormatter {
	const numbers = new Intl.NumberFormat(language);
	const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
	const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
	return {
		number: (value) => numbers.format(value),
		percent: (ratio) => percents.format(ratio),
		date: (iso) => dates.format(new Date(iso)),
	};
}

const localDay = (date: Date): number => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/** Calendar days from `now` to `iso` in local time: 0 today, 1 tomorrow, negative once past. */
export function calendarDaysUntil(iso: string, now: Date): number {
	return Math.round((localDay(new Date(iso)) - localDay(now)) / DAY_MS);
}

/** "2026-11-24": the local calendar day, to remember what ran today. */
export function dayKey(now: Date): string {
	return new Date(localDay(now)).toISOString().slice(0, 10);
}
