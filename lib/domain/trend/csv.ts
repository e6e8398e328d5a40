/** The seat history as CSV (RFC 4180, comma, CRLF): what `/seats export` uploads. Pure. */
import type { ISeriesPoint } from './series';

export const CSV_HEADER = ['date', 'seats', 'cap', 'guests', 'monthly_active_contacts'] as const;

const cell = (value: number | string | undefined): string => (value === undefined ? '' : String(value));

export function seriesCsv(points: readonly ISeriesPoint[]): string {
	const rows = points.map((point) => [point.day, point.seats, point.cap, point.guests, point.contacts].map(cell).join(','));
	return `${[CSV_HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}
