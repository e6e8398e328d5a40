/**
 * How many users logged in before the cutoff, found by binary search over a list sorted by last login (oldest first):
 * that number is the position of the first recent login. One probe reads one position, so the count costs about
 * log2(total) probes whatever the number of idle users (docs/rocketchat-api.md §6 for why the list's order is total).
 */

/** The last logins at positions offset … offset + count - 1 (fewer, or none, where the list ends). */
export type Probe = (offset: number, count: number) => Promise<Array<{ lastLogin?: string }>>;

export interface ISearchStart {
	/** Positions below this are known to be before the cutoff (e.g. from a first page already read). */
	known: number;
	/** The list's length as the server stated it. */
	total: number;
	/** One page at most this long finishes the search once the interval fits in it (API_Upper_Count_Limit: 100). */
	page: number;
	/** Positions probed together in each round: fewer rounds of waiting for a few more requests. */
	fanout: number;
}

export interface ISearchResult {
	/** Users with a last login before the cutoff: exact when `exact`, else a lower bound. */
	count: number;
	/** False when `stop` ended the search first. */
	exact: boolean;
	/** Requests made. */
	probes: number;
}

const before = (at: { lastLogin?: string } | undefined, cutoff: number): boolean => {
	if (!at) {
		return false;
	}
	const time = Date.parse(at.lastLogin ?? '');
	return Number.isNaN(time) || time < cutoff;
};

/** `fanout` positions splitting [low, high) into equal parts. */
const splits = (low: number, high: number, fanout: number): number[] =>
	Array.from({ length: fanout }, (_, i) => low + Math.floor(((high - low) * (i + 1)) / (fanout + 1)));

/**
 * The position of the first login at or after `cutoff`: rounds of `fanout` one-user probes split the interval until
 * it fits in one page, and that page names the position. A `total` the pages contradict does not mislead it: an empty
 * position ends the idle part, and when every position up to `total` is idle the search goes on past it, doubling
 * the bound. A list that changes during the search (someone logs in, which moves them to the end) yields a count
 * within one of each change. `stop` is asked before each round: when it says so, the count found so far is returned
 * as a lower bound.
 */
export async function countBefore(probe: Probe, cutoff: number, start: ISearchStart, stop: () => boolean): Promise<ISearchResult> {
	let low = Math.max(0, start.known);
	let high = Math.max(low, start.total);
	/** Whether position `high` was read and is not idle. */
	let bounded = false;
	let probes = 0;
	const read = (offset: number, count: number) => {
		probes++;
		return probe(offset, count);
	};
	for (;;) {
		while (high - low >= start.page) {
			if (stop()) {
				return { count: low, exact: false, probes };
			}
			const points = splits(low, high, start.fanout);
			const found = await Promise.all(points.map(async (point) => before((await read(point, 1))[0], cutoff)));
			const first = found.indexOf(false);
			if (first >= 0) {
				high = points[first];
				bounded = true;
			}
			low = first === 0 ? low : points[(first < 0 ? found.length : first) - 1] + 1;
		}
		if (bounded && low === high) {
			return { count: low, exact: true, probes };
		}
		if (stop()) {
			return { count: low, exact: false, probes };
		}
		// The rest fits in one page; without a bound yet, the page also reads position `high`.
		const users = await read(low, high - low + (bounded ? 0 : 1));
		const recent = users.findIndex((user) => !before(user, cutoff));
		if (recent >= 0) {
			return { count: low + recent, exact: true, probes };
		}
		if (users.length < high - low + (bounded ? 0 : 1) || bounded) {
			// The list ends here, or changed under the search (the bound moved): what was read is all idle.
			return { count: low + users.length, exact: true, probes };
		}
		// The stated total was short: everything up to it and the next one are idle.
		low = high + 1;
		high = Math.max(high * 2, low + start.page);
	}
}
