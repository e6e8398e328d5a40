import { countBefore } from '../../../../lib/domain/idle/search';

const CUTOFF = Date.parse('2026-11-01T00:00:00.000Z');
const DAY = 86_400_000;
/** A last login `days` before the cutoff (negative: after it). */
const login = (days: number) => ({ lastLogin: new Date(CUTOFF - days * DAY).toISOString() });

/** A list sorted by last login, probed one position at a time; `onProbe` may change it between requests. */
function list(entries: Array<{ lastLogin: string }>, onProbe?: (probes: number, entries: Array<{ lastLogin: string }>) => void) {
	const offsets: number[] = [];
	const probe = async (offset: number) => {
		offsets.push(offset);
		onProbe?.(offsets.length, entries);
		return entries[offset];
	};
	return { probe, offsets };
}

const never = () => false;
/** `idle` users before the cutoff, then `recent` after it. */
const sorted = (idle: number, recent: number) => [
	...Array.from({ length: idle }, (_, n) => login(400 - (n % 300))).sort((a, b) => a.lastLogin.localeCompare(b.lastLogin)),
	...Array.from({ length: recent }, (_, n) => login(-1 - (n % 20))).sort((a, b) => a.lastLogin.localeCompare(b.lastLogin)),
];

describe('counting users idle by last login with a binary search', () => {
	it('finds none in an empty list, with one probe', async () => {
		const { probe, offsets } = list([]);
		expect(await countBefore(probe, CUTOFF, { known: 0, total: 0 }, never)).toEqual({ count: 0, exact: true, probes: 1 });
		expect(offsets).toEqual([0]);
	});

	it('counts a list where everyone is idle, and checks the position after the total', async () => {
		const { probe, offsets } = list(sorted(1000, 0));
		const result = await countBefore(probe, CUTOFF, { known: 0, total: 1000 }, never);
		expect(result).toEqual({ count: 1000, exact: true, probes: offsets.length });
		expect(offsets[offsets.length - 1]).toBe(1000);
		expect(offsets.length).toBeLessThanOrEqual(Math.ceil(Math.log2(1000)) + 1);
	});

	it('counts none when nobody is idle', async () => {
		const { probe } = list(sorted(0, 500));
		expect(await countBefore(probe, CUTOFF, { known: 0, total: 500 }, never)).toMatchObject({ count: 0, exact: true });
	});

	it('finds the position among 100,000 in about log2(100,000) probes', async () => {
		const { probe, offsets } = list(sorted(9_500, 90_500));
		const result = await countBefore(probe, CUTOFF, { known: 100, total: 100_000 }, never);
		expect(result).toMatchObject({ count: 9_500, exact: true });
		expect(offsets.length).toBeLessThanOrEqual(17);
	});

	it('counts a login exactly at the cutoff as recent, with ties on both sides of it', async () => {
		const at = { lastLogin: new Date(CUTOFF).toISOString() };
		const justBefore = { lastLogin: new Date(CUTOFF - 1).toISOString() };
		const entries = [...Array.from({ length: 37 }, () => justBefore), ...Array.from({ length: 63 }, () => at)];
		const { probe } = list(entries);
		expect(await countBefore(probe, CUTOFF, { known: 0, total: 100 }, never)).toMatchObject({ count: 37, exact: true });
	});

	it('stays within one of the truth when a user logs in mid-search (they move to the end)', async () => {
		const entries = sorted(600, 400);
		const { probe } = list(entries, (probes, current) => {
			if (probes === 3) {
				const [first] = current.splice(0, 1);
				current.push({ lastLogin: new Date(CUTOFF + DAY).toISOString() });
				expect(first).toBeDefined();
			}
		});
		const { count, exact } = await countBefore(probe, CUTOFF, { known: 0, total: 1000 }, never);
		expect(exact).toBe(true);
		expect([599, 600]).toContain(count);
	});

	it('trusts the pages over a total that is too large: an empty position ends the idle part', async () => {
		const { probe } = list(sorted(300, 0));
		expect(await countBefore(probe, CUTOFF, { known: 0, total: 5000 }, never)).toMatchObject({ count: 300, exact: true });
	});

	it('looks past a total that is too small while the pages stay idle', async () => {
		const { probe } = list(sorted(700, 50));
		expect(await countBefore(probe, CUTOFF, { known: 100, total: 200 }, never)).toMatchObject({ count: 700, exact: true });
	});

	it('returns what it found as a lower bound when told to stop', async () => {
		const { probe, offsets } = list(sorted(9_500, 90_500));
		const result = await countBefore(probe, CUTOFF, { known: 100, total: 100_000 }, () => offsets.length >= 5);
		expect(result.exact).toBe(false);
		expect(result.probes).toBe(5);
		expect(result.count).toBeGreaterThanOrEqual(100);
		expect(result.count).toBeLessThanOrEqual(9_500);
	});
});
