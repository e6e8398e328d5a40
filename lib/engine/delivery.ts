/**
 * Where the daily check's notices go: the admin room, or, when it is not set, does not exist or refuses the post, a
 * direct message to the token's owner that says how to set the room. The fallback is logged once per problem.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import type { IAccessors } from './accessors';
import { directRoomWith, findRoom, postToRoom } from './messages';
import { fallbackLoggedFor, forgetFallbackLogged, rememberFallbackLogged } from './store';
import { redact } from '../domain/redact';
import type { IAppConfig } from '../domain/settings';
import type { IRendered } from '../render/message';
import { appendRendered } from '../render/message';

type Problem = 'unset' | 'missing' | 'unusable';

const PROBLEM_LOG: Record<Problem, (room: string) => string> = {
	unset: () => "No admin room is set; license notices go by direct message to the token's owner instead.",
	missing: (room) => `Admin room "${room}" was not found; license notices go by direct message to the token's owner instead.`,
	unusable: (room) => `The app cannot post in the admin room "${room}"; license notices go by direct message to the token's owner instead.`,
};

async function logOnce(accessors: IAccessors, room: string, problem: Problem, detail?: string): Promise<void> {
	const key = `${room}|${problem}`;
	if ((await fallbackLoggedFor(accessors.read.getPersistenceReader(), accessors.logger)) !== key) {
		accessors.logger.warn(`${PROBLEM_LOG[problem](redact(room))}${detail ? ` (${redact(detail, [], 300)})` : ''}`);
		await rememberFallbackLogged(accessors.persis, key);
	}
}

/**
 * What to post: `message`, and `plain`, the same without `@here`, posted instead when the server refuses the mention
 * (Rocket.Chat refuses `@here` from a sender without mention-here with error-action-not-allowed).
 */
export interface IOutgoing {
	message: IRendered;
	plain?: IRendered;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Posts the message, or its plain form when the message is refused; throws the last refusal. */
async function postEither(accessors: IAccessors, room: IRoom, outgoing: IOutgoing, extra?: IRendered): Promise<void> {
	const withExtra = (rendered: IRendered): IRendered => appendRendered(rendered, extra);
	try {
		await postToRoom(accessors.read, accessors.modify, room, withExtra(outgoing.message));
	} catch (error) {
		if (!outgoing.plain) {
			throw error;
		}
		accessors.logger.warn(`The notice with @here was refused (${describe(error)}); it is posted again without the mention.`);
		await postToRoom(accessors.read, accessors.modify, room, withExtra(outgoing.plain));
	}
}

async function tryAdminRoom(
	accessors: IAccessors,
	config: IAppConfig,
	outgoing: IOutgoing,
): Promise<{ posted?: string; problem?: Problem; detail?: string }> {
	if (!config.adminRoom) {
		return { problem: 'unset' };
	}
	const room: IRoom | undefined = await findRoom(accessors.read, config.adminRoom);
	if (!room) {
		return { problem: 'missing' };
	}
	try {
		await postEither(accessors, room, outgoing);
		return { posted: `#${room.displayName ?? room.slugifiedName}` };
	} catch (error) {
		return { problem: 'unusable', detail: describe(error) };
	}
}

/**
 * Posts `outgoing`; `fallbackNote` renders the line that tells the owner how to fix the room (undefined: none set).
 * Returns where it went ("#admins", "@owner"), or undefined when nowhere would take it. Never throws for a refused post:
 * a failed post must not abort the check.
 */
export async function deliver(
	accessors: IAccessors,
	config: IAppConfig,
	outgoing: IOutgoing,
	fallbackNote: (room: string | undefined) => IRendered,
): Promise<string | undefined> {
	const { posted, problem, detail } = await tryAdminRoom(accessors, config, outgoing);
	if (posted || !problem) {
		await forgetFallbackLogged(accessors.read.getPersistenceReader(), accessors.persis);
		return posted;
	}
	await logOnce(accessors, config.adminRoom, problem, detail);
	try {
		const owner = config.userId ? await accessors.read.getUserReader().getById(config.userId) : undefined;
		const direct = owner ? await directRoomWith(accessors.read, accessors.modify, owner) : undefined;
		if (!owner || !direct) {
			return undefined;
		}
		await postEither(accessors, direct, outgoing, fallbackNote(problem === 'unset' ? undefined : config.adminRoom));
		return `@${owner.username}`;
	} catch (error) {
		accessors.logger.error(`The license notice could not be sent by direct message either: ${describe(error)}`);
		return undefined;
	}
}
