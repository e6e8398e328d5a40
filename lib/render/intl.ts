/** Numbers, percentages and dates in the reader's locale (Intl), in the server's time zone. */
import type { Language } from '../i18n/texts';

export interface IFormatter {
	number: (value: number) => string;
	/** 0.925 → "92.5 %" (or "92,5 %"), at most one decimal. */
	percent: (ratio: number) => string;
	date: (iso: string) => string;
	/** A wait in seconds as a duration in words: "45 seconds", "2 minutes", "1 hour" (minutes and hours rounded up). */
	duration: (seconds: number) => string;
}

const MINUTE = 60;
const HOUR = 3600;

export function formatterFor(language: Language): IFormatter {
	const numbers = new Intl.NumberFormat(language);
	const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
	const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
	const unit = (name: 'second' | 'minute' | 'hour') => new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' });
	const [seconds, minutes, hours] = [unit('second'), unit('minute'), unit('hour')];
	return {
		number: (value) => numbers.format(value),
		percent: (ratio) => percents.format(ratio),
		date: (iso) => dates.format(new Date(iso)),
		duration: (value) => {
			if (value < MINUTE) {
				return seconds.format(Math.max(0, Math.ceil(value)));
			}
			return value < HOUR ? minutes.format(Math.ceil(value / MINUTE)) : hours.format(Math.ceil(value / HOUR));
		},
	};
}
