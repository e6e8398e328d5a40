/** The playground's clock: the durations and instants its options take, and the `Date` it puts in place. */
import { parseDuration, parseInstant } from '../../../playground/engine/clock';
import { installWorldDate } from '../../../playground/engine/deno/worldDate';

describe('parseDuration', () => {
	it.each([
		['90s', 90_000],
		['30m', 1_800_000],
		['6h', 21_600_000],
		['1d', 86_400_000],
		['1d12h', 129_600_000],
		['2d30m15s', 174_615_000],
	])('%s is %d ms', (text, ms) => {
		expect(parseDuration(text)).toBe(ms);
	});

	it.each(['', '0d', '1', 'd', '1w', '-1d', '1.5d', '1d ', ' 1d', '1D', '99999999999999999d'])('refuses "%s"', (text) => {
		expect(parseDuration(text)).toBeUndefined();
	});
});

describe('parseInstant', () => {
	it('takes an ISO 8601 instant with a zone, with or without seconds', () => {
		expect(parseInstant('2027-01-25T08:00Z')?.toISOString()).toBe('2027-01-25T08:00:00.000Z');
		expect(parseInstant('2027-01-25T08:00:30.5Z')?.toISOString()).toBe('2027-01-25T08:00:30.500Z');
		expect(parseInstant('2027-01-25T09:00:00+01:00')?.toISOString()).toBe('2027-01-25T08:00:00.000Z');
		expect(parseInstant('2028-02-29T00:00Z')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
	});

	it.each(['2027-01-25', '2027-01-25T08:00', '2027-02-30T08:00Z', '2027-02-29T08:00Z', '2027-13-01T08:00Z', 'tomorrow', '1737792000000'])(
		'refuses "%s": no zone, or a day the calendar does not have',
		(text) => {
			expect(parseInstant(text)).toBeUndefined();
		},
	);
});

describe('installWorldDate', () => {
	let restore: () => void = () => undefined;
	afterEach(() => restore());

	it('moves new Date() and Date.now() by the offset, and leaves dates with arguments alone', () => {
		const host = Date.now();
		const week = 7 * 86_400_000;
		restore = installWorldDate(() => week);
		expect(Date.now() - host).toBeGreaterThanOrEqual(week);
		expect(Date.now() - host).toBeLessThan(week + 60_000);
		expect(new Date().getTime() - host).toBeGreaterThanOrEqual(week);
		expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
		expect(new Date(2027, 0, 25, 8).getMonth()).toBe(0);
		expect(Date.UTC(2027, 0, 25)).toBe(1800835200000);
		expect(Date.parse('2027-01-25T00:00:00Z')).toBe(1800835200000);
		expect(new Date('2027-01-25T00:00:00Z') instanceof Date).toBe(true);
		expect(typeof (Date as unknown as () => string)()).toBe('string');
	});

	it('follows an offset that changes, and installing again shifts from the host clock, not twice', () => {
		let offset = 0;
		restore = installWorldDate(() => offset);
		const before = Date.now();
		offset = 86_400_000;
		expect(Date.now() - before).toBeGreaterThanOrEqual(86_400_000);
		const again = installWorldDate(() => 0);
		expect(Math.abs(Date.now() - before)).toBeLessThan(60_000);
		again();
	});

	it('puts the host clock back', () => {
		const HostDate = Date;
		installWorldDate(() => 1e12)();
		expect(Date).toBe(HostDate);
	});
});
