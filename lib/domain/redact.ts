/**
 * The one gate for text someone typed (or a server sent) on its way to a log line or a reply: `redact()`. It masks the
 * exact configured secrets, drops control and bidirectional characters, removes URL credentials, masks anything shaped
 * like a token or a `key=secret` pair, and cuts the rest at a length. The secrets come from readSecrets() (config.ts).
 */
import type { SettingProblem } from './settings';
import { SECRET_SETTINGS } from './settings';

export const LOG_ECHO_MAX = 100;
/** What a setting problem quotes of the value an admin typed: enough to find it, never a 100 KB paste. */
export const QUOTE_MAX = 40;
const MASK = '***';

/** A run of 20+ token characters (personal access tokens are 43), or a key=value / "Bearer x" secret. */
const TOKEN_LIKE = /[A-Za-z0-9_-]{20,}/g;
const SECRET_PAIR = /\b(token|secret|password|passwd|pwd|auth|authorization|bearer|api[_-]?key)(["']?\s*[:=]\s*["']?|\s+)[^\s"',;&]+/gi;
/**
 * Everything from `//` to the last `@` of the same unbroken run: a password may itself hold `@`, `:` or `/`, so the
 * credentials end at the last `@`. A path or query holding an `@` is masked too; a log line loses nothing it needs.
 */
const URL_CREDENTIALS = /\/\/\S*@/g;
/** Control (Cc), format (Cf: bidi overrides such as U+202E, zero-width characters) and line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

function maskSecrets(text: string, secrets: readonly string[]): string {
	let masked = text;
	for (const secret of secrets) {
		// As typed and as JSON would escape it (log lines quote values through JSON.stringify).
		for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) {
			if (form) {
				masked = masked.split(form).join(MASK);
			}
		}
	}
	return masked;
}

export function redact(text: string, secrets: readonly string[] = [], max = LOG_ECHO_MAX): string {
	const masked = maskSecrets(text, secrets)
		.replace(INVISIBLE, ' ')
		.replace(URL_CREDENTIALS, `//${MASK}@`)
		.replace(SECRET_PAIR, (_, name: string, sep: string) => `${name}${sep}${MASK}`)
		.replace(TOKEN_LIKE, MASK);
	const chars = Array.from(masked);
	return chars.length > max ? `${chars.slice(0, max).join('')}… (${chars.length} characters)` : masked;
}

/** A setting value as a log line may show it: a secret setting's never, anything else through `redact()`. */
export function loggableValue(id: string, value: unknown, secrets: readonly string[]): string {
	if ((SECRET_SETTINGS as readonly string[]).includes(id)) {
		return '(hidden)';
	}
	let text: string;
	try {
		text = String(JSON.stringify(value));
	} catch {
		text = '(unprintable)';
	}
	return redact(text, secrets);
}

/** A setting problem whose quotes of typed text went through `redact()`: the only form that is kept, logged or shown. */
export function redactProblem(problem: SettingProblem, secrets: readonly string[]): SettingProblem {
	const entries = Object.entries(problem).map(([name, value]: [string, unknown]): [string, unknown] =>
		name !== 'kind' && typeof value === 'string' ? [name, redact(value, secrets, QUOTE_MAX)] : [name, value],
	);
	return Object.fromEntries(entries) as SettingProblem;
}

/** An error for a log line: its stack (or message), redacted and capped. */
export function loggableError(error: unknown, max = 2000): string {
	return redact(error instanceof Error ? (error.stack ?? error.message) : String(error), [], max);
}
