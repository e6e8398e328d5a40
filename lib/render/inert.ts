/**
 * Text that someone else wrote (company, grantee, tags, plan and module names from the license, arguments typed by a
 * user), made inert for a Rocket.Chat message: one line, no control characters or ANSI escapes, at most FIELD_MAX
 * characters, and never a mention, link, emoji, timestamp or markup. Rocket.Chat's message-parser honours a backslash
 * before * _ ~ ` # . (the character shows, the backslash does not); the rest is broken with a zero-width space, which
 * also keeps the server's own @all/@here detection (a regular expression over the raw text) from seeing a mention.
 */

/** Characters any one outside field may show. */
export const FIELD_MAX = 200;

const ZWSP = '\u200B';
/** ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-character escapes. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-_]|\u009B[0-?]*[ -/]*[@-~]/g;
/** C0 and C1 controls, DEL, zero-width and joiner characters, line and paragraph separators, bidi controls, BOM. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** One clean line: escapes and controls gone, any run of white space one space, at most `max` characters (… when cut). */
export function oneLine(value: string, max = FIELD_MAX): string {
	const clean = value
		.replace(ANSI, '')
		.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
		.replace(INVISIBLE, '')
		.replace(/\s+/g, ' ')
		.trim();
	const chars = Array.from(clean);
	return chars.length > max
		? `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`
		: clean;
}

/** `value` as literal text in a message: oneLine(), then every markup, mention and link trigger neutralized. */
export function inert(value: string, max = FIELD_MAX): string {
	return oneLine(value, max)
		.replace(/\\/g, `\\${ZWSP}`)
		.replace(/[*_~`#.]/g, (char) => `\\${char}`)
		.replace(/[@:[\]()|!]/g, (char) => `${char}${ZWSP}`)
		.replace(/[<>]/g, (char) => `${ZWSP}${char}${ZWSP}`);
}

/** At most `max` items of a list, and how many were left out. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
	return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/**
 * A message line for a medium that renders no markup (email): the message's own bold marks dropped, and the escapes
 * inert() added undone, so license text reads as it was written.
 */
export function unmarked(line: string): string {
	return line
		.replace(/(\\?)\*/g, (_whole, escaped: string) => (escaped ? '*' : ''))
		.replace(/\\([_~`#.])/g, '$1')
		.replace(new RegExp(ZWSP, 'g'), '');
}
