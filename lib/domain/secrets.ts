/** Comparing secrets without telling an attacker, through timing, how much of a guess was right. Pure. */

/**
 * True when `given` equals `expected`. The time taken depends only on the length of `given`, never on where the
 * first difference is; an empty expected secret matches nothing.
 */
export function sameSecret(given: string, expected: string): boolean {
	let difference = given.length === expected.length && expected.length > 0 ? 0 : 1;
	for (let i = 0; i < given.length; i++) {
		// Every code unit of the guess is compared, against the secret repeated when the lengths differ.
		difference |= given.charCodeAt(i) ^ (expected.length ? expected.charCodeAt(i % expected.length) : 0);
	}
	return difference === 0;
}

/** Who may read the metrics: nobody while the secret is empty (off), else a scraper that sends it as the settings allow. */
export type MetricsAccess = 'off' | 'granted' | 'refused' | 'query-off';

/**
 * The scraper's secret is read from `Authorization: Bearer <secret>`. `?token=<secret>` counts only when `allowQuery`
 * (the metrics_query_token setting): a secret in a URL lands in proxy and access logs. Without the setting, a request
 * that sends the secret that way only is told to move it to the header ('query-off').
 */
export function metricsAccess(
	expected: string,
	allowQuery: boolean,
	headers: Record<string, string | undefined>,
	query: Record<string, string | undefined>,
): MetricsAccess {
	if (!expected) {
		return 'off';
	}
	const bearer = /^Bearer\s+(.+)$/i.exec((headers.authorization ?? '').trim())?.[1]?.trim();
	const inQuery = typeof query.token === 'string' ? query.token : undefined;
	if (bearer === undefined && inQuery !== undefined && !allowQuery) {
		return 'query-off';
	}
	const given = bearer ?? inQuery;
	return given !== undefined && sameSecret(given, expected) ? 'granted' : 'refused';
}
