/** Seats as a one-line chart of ▁▂▃▄▅▆▇█, at most MAX_CELLS wide; the cap, when close enough, is the top of the scale. Pure. */
import type { ISeriesPoint } from './series';
import { dayNumber } from './series';

export const BARS = '▁▂▃▄▅▆▇█';
export const MAX_CELLS = 52;

export interface ISparkline {
	line: string;
	/** The values at the bottom and the top of the scale. */
	low: number;
	high: number;
	/** True when the top of the scale is the cap: a full block means at the cap. */
	capOnTop: boolean;
	/** Days per cell. */
	daysPerCell: number;
}

/**
 * One cell per day, or per group of days when the window is wider than MAX_CELLS (a group shows its highest reading: a
 * peak is what a true-up bills). A day without a reading is a space. The scale runs from the lowest reading to the cap
 * when the cap is at most twice the highest reading, else to the highest reading.
 */
export function sparkline(points: readonly ISeriesPoint[], firstDay: string, days: number, cap?: number): ISparkline {
	const daysPerCell = Math.max(1, Math.ceil(days / MAX_CELLS));
	const cells = Math.ceil(days / daysPerCell);
	const start = dayNumber(firstDay);
	const values: Array<number | undefined> = new Array(cells).fill(undefined);
	for (const point of points) {
		const cell = Math.floor((dayNumber(point.day) - start) / daysPerCell);
		if (cell >= 0 && cell < cells) {
			values[cell] = Math.max(values[cell] ?? -Infinity, point.seats);
		}
	}
	const known = values.filter((value): value is number => value !== undefined);
	const low = known.length ? Math.min(...known) : 0;
	const highest = known.length ? Math.max(...known) : 0;
	const capOnTop = cap !== undefined && cap >= highest && cap <= 2 * Math.max(1, highest);
	const high = capOnTop ? cap : highest;
	const line = values
		.map((value) => {
			if (value === undefined) {
				return ' ';
			}
			const share = high > low ? (Math.min(value, high) - low) / (high - low) : 0.5;
			return BARS[Math.round(share * (BARS.length - 1))];
		})
		.join('');
	return { line, low, high, capOnTop, daysPerCell };
}
