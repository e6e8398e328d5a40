/**
 * Whether a critical notice may carry `@here`. Rocket.Chat refuses a message that mentions `@here` from a sender without
 * mention-here (Message.beforeSave → preventMention), and the `app` role lacks it by default; so the app asks the same
 * permissions.listAll answer it reads for view-privileged-setting, leaves the mention out when its user may not use it,
 * and says once in the log how to grant it.
 */
import type { RoleTable } from '../domain/access';
import { APP_ROLE, MENTION_HERE, mayUse } from '../domain/access';
import type { IAccessors } from '../engine/accessors';
import { mentionHereLogged, setMentionHereLogged } from '../engine/store';

export const MENTION_HERE_LOG =
	'Critical license notices are posted without @here: the app user lacks the mention-here permission. To have them notify the room, grant it in Administration → Permissions → mention-here → tick the "app" role.';

/**
 * True when the app's user may mention `@here` by `table`; true too when the table is unknown (the post is then tried,
 * and repeated without the mention if refused: lib/engine/delivery.ts).
 */
export async function mayMentionHere(accessors: IAccessors, table: RoleTable | undefined): Promise<boolean> {
	if (!table) {
		return true;
	}
	const appUser = await accessors.read
		.getUserReader()
		.getAppUser()
		.catch(() => undefined);
	const roles = appUser?.roles?.length ? appUser.roles : [APP_ROLE];
	// The guest whitelist never concerns the app user (it holds no `guest` role).
	const allowed = mayUse(roles, MENTION_HERE, table, false);
	const logged = await mentionHereLogged(accessors.read.getPersistenceReader(), accessors.logger);
	if (!allowed && !logged) {
		accessors.logger.warn(MENTION_HERE_LOG);
		await setMentionHereLogged(accessors.persis, true);
	} else if (allowed && logged) {
		await setMentionHereLogged(accessors.persis, false);
	}
	return allowed;
}
