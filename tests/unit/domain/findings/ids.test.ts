/** ids.ts: each kind of finding names its id one way, and the pattern of its kind recognizes that name and no other's. */
import { FINDING_ID, FINDING_ID_PATTERN } from '../../../../lib/domain/findings/ids';

/** One id made by each kind's own maker, by the kind it is stored under. */
const MADE = {
	'expiry': FINDING_ID.expiry('2026-12-01T12:00:00.000Z'),
	'modules-off': FINDING_ID.modulesOff('2027-01-15T00:00:00.000Z'),
	'airgap': FINDING_ID.airgap,
	'limit': FINDING_ID.limit('activeUsers'),
	'lapsed': FINDING_ID.lapsed,
	'seat-forecast': FINDING_ID.seatForecast,
	'contacts-forecast': FINDING_ID.contactsForecast('2026-11'),
	'unreadable': FINDING_ID.unreadable,
} satisfies Record<keyof typeof FINDING_ID_PATTERN, string>;

describe('finding ids', () => {
	it.each(Object.entries(MADE))("%s: the pattern of its kind recognizes the id it makes, and no other kind's pattern does", (kind, id) => {
		const matching = Object.entries(FINDING_ID_PATTERN)
			.filter(([, pattern]) => pattern.test(id))
			.map(([name]) => name);
		expect(matching).toEqual([kind]);
	});

	it('a month of the contacts forecast is a new id; a malformed month is none', () => {
		expect(FINDING_ID.contactsForecast('2026-11')).not.toBe(FINDING_ID.contactsForecast('2026-12'));
		expect(FINDING_ID_PATTERN['contacts-forecast'].test('forecast:contacts:November')).toBe(false);
	});

	it('a limit id names a kind in letters only, so typed text cannot pass for one', () => {
		expect(FINDING_ID_PATTERN.limit.test('limit:guestUsers')).toBe(true);
		expect(FINDING_ID_PATTERN.limit.test('limit:<script>')).toBe(false);
	});
});
