/**
 * Rocket.Chat's mention rule for saved messages, app messages included (Message.beforeSave → preventMention): `@here`
 * and `@all` from a sender without mention-here / mention-all are refused with error-action-not-allowed. Roles come
 * from the world's permission table, else Rocket.Chat's defaults, which leave out `app` and `bot`.
 */
import type { IMessage } from 'apps-engine-runtime/definition/messages';

import type { World } from './world';

const RULES = [
	{ mention: 'here', permission: 'mention-here', refusal: 'Notify here in this room not allowed' },
	{ mention: 'all', permission: 'mention-all', refusal: 'Notify all in this room not allowed' },
] as const;

/** app/authorization/server/constant/permissions.ts: who holds mention-here and mention-all out of the box. */
export const DEFAULT_MENTION_ROLES = ['admin', 'owner', 'moderator', 'user', 'federated-external'];

/** The error Rocket.Chat throws for a mention the sender may not use, or undefined when the message may be saved. */
export function mentionRefusal(world: World, message: IMessage): Error | undefined {
	const text = message.text ?? '';
	const roles = message.sender?.roles ?? [];
	for (const rule of RULES) {
		if (!new RegExp(`(^|\\s)@${rule.mention}\\b`).test(text)) {
			continue;
		}
		const holders = world.permissions[rule.permission] ?? DEFAULT_MENTION_ROLES;
		if (!roles.some((role) => holders.includes(role))) {
			// MeteorError('error-action-not-allowed', …) reaches the app as an Error carrying the code.
			return new Error(`error-action-not-allowed: ${rule.refusal} [error-action-not-allowed]`);
		}
	}
	return undefined;
}
