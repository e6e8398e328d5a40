/** dates.ts: calendar days and instants on ISO strings, in the server's time zone (the tests run in UTC, jest.config.js). */
import { calendarDaysUntil, dayKey, elapsedMs, isPast } from '../../../lib/domain/dates';

const NOW = new Date('2026-11-19T23:30:00.000Z');

describe('calendarDaysUntil', () => {
	it('counts calendar days, not 24-hour spans: 0 today, 1 tomorrow even an hour away, negative once past', () => {
		expect(calendarDaysUntil('2026-11-19T00:00:00.000Z', NOW)).toBe(0);
		expect(calendarDaysUntil('2026-11-20T00:30:00.000Z', NOW)).toBe(1);
		expect(calendarDaysUntil('2026-12-01T12:00:00.000Z', NOW)).toBe(12);
		expect(calendarDaysUntil('2026-11-18T23:59:00.000Z', NOW)).toBe(-1);
	});

	it('crosses a month and a year end', () => {
		expect(calendarDaysUntil('2027-01-01T00:00:00.000Z', new Date('2026-12-31T23:00:00.000Z'))).toBe(1);
	});
});

describe('dayKey, isPast, elapsedMs', () => {
	it('names the calendar day', () => {
		expect(dayKey(NOW)).toBe('2026-11-19');
		expect(dayKey(new Date('2026-11-20T00:00:00.000Z'))).toBe('2026-11-20');
	});

	it('calls an instant past from the instant itself on', () => {
		expect(isPast(NOW.toISOString(), NOW)).toBe(true);
		expect(isPast('2026-11-19T23:30:00.001Z', NOW)).toBe(false);
	});

	it('measures from the instant to now', () => {
		expect(elapsedMs('2026-11-19T23:00:00.000Z', NOW)).toBe(30 * 60_000);
		expect(elapsedMs('2026-11-20T00:00:00.000Z', NOW)).toBe(-30 * 60_000);
	});
});
