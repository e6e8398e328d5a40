/** serverSettings.ts: the raw values of the server settings the app reads, however they were read. */
import { airGapDaysOf, siteUrlOf } from '../../../lib/domain/serverSettings';

describe('airGapDaysOf', () => {
	it('reads a day count from a number or a numeric string', () => {
		expect(airGapDaysOf(5)).toBe(5);
		expect(airGapDaysOf('7')).toBe(7);
		expect(airGapDaysOf(' 0 ')).toBe(0);
	});

	it('has no countdown for -1 (a valid license), fractions, blanks and anything else', () => {
		for (const raw of [-1, '-1', 2.5, '', '  ', 'soon', null, undefined, true, Number.NaN]) {
			expect([raw, airGapDaysOf(raw)]).toEqual([raw, undefined]);
		}
	});
});

describe('siteUrlOf', () => {
	it('trims a set address and has none for a blank or a non-string', () => {
		expect(siteUrlOf(' https://chat.example.com ')).toBe('https://chat.example.com');
		expect(siteUrlOf('   ')).toBeUndefined();
		expect(siteUrlOf(42)).toBeUndefined();
	});
});
