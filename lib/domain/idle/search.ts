/**
 * How many users logged in before the cutoff, found by binary search over a list sorted by last login (oldest first):
 * that number is the position of the first recent login. One probe reads one position, so the count costs about
 * log2(total) probes whatever the number of idle users (docs/rocketchat-api.md §6 for why the list's order is total).
 */

/** The last login at one position of the list (undefined: nobody there, the list is shorter than that). */
export type Probe = (offset: number) => Promise<{ lastLogin?: string } | undefined>;

export interface ISearchStart {
	/** Positions below this are known to be before the cutoff (e.g. from a first page already read). */
	known: number;
	/** The list's length as the server stated it. */
	total: number;
}

export interface ISearchResult {
	/** Users with a last login before the cutoff: exact when `exact`, else a lower bound. */
	count: number;
	/** False when `stop` ended the search first. */
	exact: boolean;
	probes: number;
}

const before = (at: { lastLogin?: string } | undefined, cutoff: number): boolean => {
	if (!at) {
		return false;
	}
	const time = Date.parse(at.lastLogin ?? '');
	return Number.isNaN(time) || time < cutoff;
};

/**
 * The position of the first login at or after `cutoff`. A `total` the pages contradict does not mislead it: an empty
 * position ends the idle part, and when every position up to `total` is idle the next one is probed, and the bound
 * doubled, until the pages end or turn recent. A list that changes during the search (someone logs in, which moves
 * them to the end) yields a count within one of each change. `stop` is asked before each probe: when it says so, the
 * count found so far is returned as a lower bound.
 */
export async function countBefore(probe: Probe, cutoff: number, start: ISearchStart, stop: () => boolean): Promise<ISearchResult> {
	let low = Math.max(0, start.known);
	let high = Math.max(low, start.total);
	/** Whether position `high` was read and is not idle. */
	let bounded = false;
	let probes = 0;
	const idleAt = async (offset: number) => {
		probes++;
		return before(await probe(offset), cutoff);
	};
	for (;;) {
		while (low < high) {
			if (stop()) {
				return { count: low, exact: false, probes };
			}
			const middle = Math.floor((low + high) / 2);
			if (await idleAt(middle)) {
				low = middle + 1;
			} else {
				high = middle;
				bounded = true;
			}
		}
		if (bounded) {
			return { count: low, exact: true, probes };
		}
		if (stop()) {
			return { count: low, exact: false, probes };
		}
		if (!(await idleAt(high))) {
			return { count: high, exact: true, probes };
		}
		// The stated total was short: everything up to it and the next one are idle.
		low = high + 1;
		high = Math.max(high * 2, low);
	}
}
