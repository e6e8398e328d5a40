/** Days left from which an expiry (or a seat cap forecast) is a warning, and then critical. */
export const EXPIRY_WARNING_DAYS = 14;
export const EXPIRY_CRITICAL_DAYS = 3;

/**
 * How far a finding has gone on its own scale. A severity is compared only with an earlier reading of the same finding
 * (same id): a higher one is news. Each kind of finding takes its severity from one of these, never from a bare number.
 * Values rest on the thresholds' values, not their positions, so editing a threshold list keeps old readings comparable.
 */
export const SEVERITY = {
	/** Nothing to compare: a recovery, or a finding that has only one stage (a lapse). */
	none: 0,
	/** A finding with a single stage. */
	single: 1,
	/** A limit at or past a warning threshold: the highest percent reached (1–100). */
	percentReached: (percent: number): number => percent,
	/** A limit the server already blocks: worse than any percentage. */
	blocked: 1000,
	/** An expiry: the days-before threshold crossed; 30 days is less severe than 7, the last day most. */
	daysBeforeCrossed: (days: number): number => 1000 - days,
	/** Seats forecast to reach the cap: the days-before threshold the forecast date is within, like an expiry. */
	capForecastWithin: (days: number): number => 1000 - days,
	/** Unreadable data: first noticed, then reminded once after the configured number of days. */
	unreadableNoticed: 1,
	unreadableReminded: 2,
} as const;
