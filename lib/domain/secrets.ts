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

/** The secret a scraper sent: `Authorization: Bearer <secret>` first, then `?token=<secret>`. */
export function presentedSecret(
	headers: Record<string, string | undefined>,
	query: Record<string, string | undefined>,
): string | undefined {
	const bearer = /^Bearer\s+(.+)$/i.exec((headers.authorization ?? '').trim());
	return bearer?.[1]?.trim() ?? (typeof query.token === 'string' ? query.token : undefined);
}
