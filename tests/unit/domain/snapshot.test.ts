/** snapshot.ts: the one plain snapshot every answer becomes, and the arithmetic on its limits. */
import type { ILimit } from '../../../lib/domain/snapshot';
import { isReached, licenseEnd, limitOf, ratio } from '../../../lib/domain/snapshot';
import { withSeats } from '../../support/kit';

const seats = (used: ILimit['used'], max: ILimit['max'], prevented = false): ILimit => ({
	kind: 'activeUsers',
	used,
	max,
	behaviors: [],
	prevented,
});

describe('licenseEnd', () => {
	it('is the enforced end, else the shown one, else none', () => {
		expect(licenseEnd({ tags: [], trial: false, enforcedExpiry: '2027-01-02', visualExpiry: '2026-12-01' })).toBe('2027-01-02');
		expect(licenseEnd({ tags: [], trial: false, visualExpiry: '2026-12-01' })).toBe('2026-12-01');
		expect(licenseEnd(null)).toBeUndefined();
	});
});

describe('limits', () => {
	it('limitOf finds the limit of a kind', () => {
		expect(limitOf(withSeats(23, 25), 'activeUsers')).toMatchObject({ used: 23, max: 25 });
	});

	it('ratio: a share of the cap, none when a side is unknown or unlimited or the cap is zero', () => {
		expect(ratio(seats(185, 200))).toBeCloseTo(0.925);
		expect(ratio(seats('unknown', 200))).toBeUndefined();
		expect(ratio(seats(10, 'unlimited'))).toBeUndefined();
		expect(ratio(seats(0, 0))).toBeUndefined();
	});

	it('isReached: at or over the cap, whenever the server blocks, and always for a cap of zero', () => {
		expect(isReached(seats(199, 200))).toBe(false);
		expect(isReached(seats(200, 200))).toBe(true);
		expect(isReached(seats(10, 200, true))).toBe(true);
		expect(isReached(seats(0, 0))).toBe(true);
		expect(isReached(seats(10, 'unlimited'))).toBe(false);
		expect(isReached(seats('unknown', 200))).toBe(false);
	});
});
