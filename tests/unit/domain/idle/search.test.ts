import { countBefore } from '../../../../lib/domain/idle/search';

const CUTOFF = Date.parse('2026-11-01T00:00:00.000Z');
const DAY = 86_400_000;
/** A last login `days` before the cutoff (negative: after it). */
const login = (days: number) => ({ lastLogin: new Date(CUTOFF - days * DAY).toISOString() });

/** A list sorted by last login, read as the API pages it; `onProbe` may change it between requests. */
function list(entries: Array<{ lastLogin: string }>, onProbe?: (probes: number, entries: Array<{ lastLogin: string }>) => void) {
	const offsets: number[] = [];
	/** The position after each read's last one. */
	const ends: number[] = [];
	const probe = async (offset: number, count: number) => {
		expect(count).toBeGreaterThan(0);
		expect(count).toBeLessThanOrEqual(100);
		offsets.push(offset);
		ends.push(offset + count);
		onProbe?.(offsets.length, entries);
		return entries.slice(offset, offset + count);
	};
	return { probe, offsets, ends };
}

/** Pages of 100 (API_Upper_Count_Limit), two probes a round. */
const start = (known: number, total: number) => ({ known, total, page: 100, fanout: 2 });

const never = () => false;
/** `idle` users before the cutoff, then `recent` after it. */
const sorted = (idle: number, recent: number) => [
	...Array.from({ length: idle }, (_, n) => login(400 - (n % 300))).sort((a, b) => a.lastLogin.localeCompare(b.lastLogin)),
	...Array.from({ length: recent }, (_, n) => login(-1 - (n % 20))).sort((a, b) => a.lastLogin.localeCompare(b.lastLogin)),
];

describe('counting users idle by last login with a binary search', () => {
	it('finds none in an empty list, with one probe', async () => {
		const { probe, offsets } = list([]);
		expect(await countBefore(probe, CUTOFF, start(0, 0), never)).toEqual({ count: 0, exact: true, probes: 1 });
		expect(offsets).toEqual([0]);
	});

	it('counts a list where everyone is idle, and checks the position after the total', async () => {
		const { probe, offsets, ends } = list(sorted(1000, 0));
		const result = await countBefore(probe, CUTOFF, start(0, 1000), never);
		expect(result).toEqual({ count: 1000, exact: true, probes: offsets.length });
		expect(Math.max(...ends)).toBe(1001);
		// Rounds of two probes split 1,000 into thirds until 100 are left, then one page.
		expect(offsets.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log(1000 / 100) / Math.log(3)) + 1);
	});

	it('counts none when nobody is idle', async () => {
		const { probe } = list(sorted(0, 500));
		expect(await countBefore(probe, CUTOFF, start(0, 500), never)).toMatchObject({ count: 0, exact: true });
	});

	it('finds the position among 100,000 in 15 requests at most: 7 rounds of two, then one page', async () => {
		const { probe, offsets } = list(sorted(9_500, 90_500));
		const result = await countBefore(probe, CUTOFF, start(100, 100_000), never);
		expect(result).toMatchObject({ count: 9_500, exact: true });
		expect(offsets.length).toBeLessThanOrEqual(15);
	});

	it('counts a login exactly at the cutoff as recent, with ties on both sides of it', async () => {
		const at = { lastLogin: new Date(CUTOFF).toISOString() };
		const justBefore = { lastLogin: new Date(CUTOFF - 1).toISOString() };
		const entries = [...Array.from({ length: 37 }, () => justBefore), ...Array.from({ length: 63 }, () => at)];
		const { probe } = list(entries);
		expect(await countBefore(probe, CUTOFF, start(0, 100), never)).toMatchObject({ count: 37, exact: true });
	});

	it('stays within one of the truth when a user logs in mid-search (they move to the end)', async () => {
		const entries = sorted(600, 400);
		const { probe } = list(entries, (probes, current) => {
			if (probes === 3) {
				// The oldest idle user logs in: they leave the idle part and join the end of the list.
				current.splice(0, 1);
				current.push({ lastLogin: new Date(CUTOFF + DAY).toISOString() });
			}
		});
		const { count, exact } = await countBefore(probe, CUTOFF, start(0, 1000), never);
		expect(exact).toBe(true);
		expect([599, 600]).toContain(count);
	});

	it('trusts the pages over a total that is too large: an empty position ends the idle part', async () => {
		const { probe } = list(sorted(300, 0));
		expect(await countBefore(probe, CUTOFF, start(0, 5000), never)).toMatchObject({ count: 300, exact: true });
	});

	it('looks past a total that is too small while the pages stay idle', async () => {
		const { probe } = list(sorted(700, 50));
		expect(await countBefore(probe, CUTOFF, start(100, 200), never)).toMatchObject({ count: 700, exact: true });
	});

	it('returns what it found as a lower bound when told to stop', async () => {
		const { probe, offsets } = list(sorted(9_500, 90_500));
		const result = await countBefore(probe, CUTOFF, start(100, 100_000), () => offsets.length >= 5);
		expect(result.exact).toBe(false);
		// Asked before each round of two: the third round was the last.
		expect(result.probes).toBe(6);
		expect(offsets).toHaveLength(6);
		expect(result.count).toBeGreaterThanOrEqual(100);
		expect(result.count).toBeLessThanOrEqual(9_500);
	});
});
