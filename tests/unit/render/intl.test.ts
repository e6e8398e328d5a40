/** intl.ts: numbers, percentages, dates and waits in the reader's locale (the tests run in UTC, jest.config.js). */
import { formatterFor } from '../../../lib/render/intl';

describe('formatterFor', () => {
	it('groups and separates numbers as each language does', () => {
		expect(formatterFor('en').number(1234567.5)).toBe('1,234,567.5');
		expect(formatterFor('de').number(1234567.5)).toBe('1.234.567,5');
	});

	it('gives a percentage at most one decimal', () => {
		expect(formatterFor('en').percent(0.925)).toBe('92.5%');
		expect(formatterFor('en').percent(0.92549)).toBe('92.5%');
		expect(formatterFor('pt-BR').percent(0.925)).toMatch(/^92,5\s?%$/);
	});

	it('writes a date long, in the server time zone', () => {
		expect(formatterFor('en').date('2026-12-01T12:00:00.000Z')).toBe('December 1, 2026');
		expect(formatterFor('es').date('2026-12-01T12:00:00.000Z')).toBe('1 de diciembre de 2026');
	});

	it('says a wait in seconds under a minute, else in minutes or hours rounded up, never negative', () => {
		const { duration } = formatterFor('en');
		expect(duration(45)).toBe('45 seconds');
		expect(duration(0.2)).toBe('1 second');
		expect(duration(-5)).toBe('0 seconds');
		expect(duration(61)).toBe('2 minutes');
		expect(duration(3600)).toBe('1 hour');
		expect(duration(3601)).toBe('2 hours');
	});
});
