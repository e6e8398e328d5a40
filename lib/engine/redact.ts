/**
 * What a log line may repeat of a value someone typed or a server sent: credentials in URLs (`user:pass@`) and anything
 * that looks like a token are masked, control characters dropped, and the rest cut at LOG_ECHO_MAX characters.
 */
export const LOG_ECHO_MAX = 100;

/** A run of 20+ token characters (personal access tokens are 43), or a key=value / "Bearer x" secret. */
const TOKEN_LIKE = /[A-Za-z0-9_-]{20,}/g;
const SECRET_PAIR = /\b(token|secret|password|passwd|pwd|auth|authorization|bearer|api[_-]?key)(["']?\s*[:=]\s*["']?|\s+)[^\s"',;&]+/gi;

export function redact(text: string, max = LOG_ECHO_MAX): string {
	const masked = text
		.replace(/\/\/[^/?#@\s]*@/g, '//***@')
		.replace(SECRET_PAIR, (_, name: string, sep: string) => `${name}${sep}***`)
		.replace(TOKEN_LIKE, '***')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
	const chars = Array.from(masked);
	return chars.length > max ? `${chars.slice(0, max).join('')}… (${chars.length} characters)` : masked;
}

/** A setting value as a log line may show it: never the token, anything else redacted and capped. */
export function loggableValue(id: string, value: unknown, secretIds: readonly string[]): string {
	if (secretIds.includes(id)) {
		return '(hidden)';
	}
	let text: string;
	try {
		text = String(JSON.stringify(value));
	} catch {
		text = '(unprintable)';
	}
	return redact(text);
}

/** An error for a log line: its stack (or message), redacted and capped. */
export function loggableError(error: unknown, max = 2000): string {
	return redact(error instanceof Error ? (error.stack ?? error.message) : String(error), max);
}
