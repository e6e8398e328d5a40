/** Numbers, percentages and dates in the reader's locale (Intl), in the server's time zone. */
import type { Language } from '../i18n/texts';

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
