/**
 * The checks Rocket.Chat's message service runs on every message it saves, app messages included (Message.beforeSave →
 * BeforeSavePreventMention), limited to the ones that matter here: `@all` needs `mention-all`, `@here` needs `mention-here`.
 * Ephemeral notices (notifyUser) are never saved, so they are not checked.
 */

/** MentionsParser's user mention pattern with the default UTF8_User_Names_Validation `[0-9a-zA-Z-_.]+`. */
const NAME = '[0-9a-zA-Z-_.]+';
const USER_MENTION = new RegExp(`(^|\\s|>)@(${NAME}(@(${NAME}))?(:([0-9a-zA-Z-_.]+))?)`, 'gm');
const MARKDOWN_LINK = /\[[^\]]*\]\([^)]+\)/g;

/** The group mentions (`all`, `here`) the server finds in a text, in order: MentionsParser.getUserMentions, then convertMentionsToUsers. */
export function groupMentions(text: string): Array<'all' | 'here'> {
	const matches = text.replace(MARKDOWN_LINK, '').match(USER_MENTION) ?? [];
	return matches
		.map((match) => match.trim())
		.map((mention) => (mention.includes(':') || !mention.startsWith('@') ? mention : mention.substring(1)))
		.filter((mention): mention is 'all' | 'here' => mention === 'all' || mention === 'here');
}

/** What the server throws: a MeteorError('error-action-not-allowed', 'Notify <mention> in this room not allowed'). */
export class MessageRefused extends Error {
	public readonly error = 'error-action-not-allowed';

	constructor(public readonly mention: 'all' | 'here') {
		super(`Notify ${mention} in this room not allowed [error-action-not-allowed]`);
		this.name = 'MessageRefused';
	}
}

const PERMISSION = { all: 'mention-all', here: 'mention-here' } as const;

/**
 * The refusal for a message `text` from a sender holding `roles`, or undefined when the server saves it.
 * `hasPermission` answers from the permission → roles table (world.permissions).
 */
export function refuseMessage(text: string, roles: string[], permissions: Record<string, string[]>): MessageRefused | undefined {
	// The server checks `all` and `here` side by side (Promise.all); `all` is listed first.
	const wanted = groupMentions(text);
	for (const mention of ['all', 'here'] as const) {
		const holders = permissions[PERMISSION[mention]] ?? [];
		if (wanted.includes(mention) && !roles.some((role) => holders.includes(role))) {
			return new MessageRefused(mention);
		}
	}
	return undefined;
}
