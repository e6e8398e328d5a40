/**
 * Where the daily check's notices go: the admin room, or, when it is not set, does not exist or refuses the post, a
 * direct message to the token's owner that says how to set the room. The fallback is logged once per problem.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import type { IAccessors } from './accessors';
import { directRoomWith, findRoom, postToRoom } from './messages';
import { redact } from './redact';
import { fallbackLoggedFor, forgetFallbackLogged, rememberFallbackLogged } from './store';
import type { IAppConfig } from '../domain/settings';
import type { IRendered } from '../render/message';

type Problem = 'unset' | 'missing' | 'unusable';

const PROBLEM_LOG: Record<Problem, (room: string) => string> = {
	unset: () => "No admin room is set; license notices go by direct message to the token's owner instead.",
	missing: (room) => `Admin room "${room}" was not found; license notices go by direct message to the token's owner instead.`,
	unusable: (room) => `The app cannot post in the admin room "${room}"; license notices go by direct message to the token's owner instead.`,
};

async function logOnce(accessors: IAccessors, room: string, problem: Problem, detail?: string): Promise<void> {
	const key = `${room}|${problem}`;
	if ((await fallbackLoggedFor(accessors.read.getPersistenceReader())) !== key) {
		accessors.logger.warn(`${PROBLEM_LOG[problem](redact(room))}${detail ? ` (${redact(detail, 300)})` : ''}`);
		await rememberFallbackLogged(accessors.persis, key);
	}
}

async function tryAdminRoom(
	accessors: IAccessors,
	config: IAppConfig,
	message: IRendered,
): Promise<{ posted?: string; problem?: Problem; detail?: string }> {
	if (!config.adminRoom) {
		return { problem: 'unset' };
	}
	const room: IRoom | undefined = await findRoom(accessors.read, config.adminRoom);
	if (!room) {
		return { problem: 'missing' };
	}
	try {
		await postToRoom(accessors.read, accessors.modify, room, message);
		return { posted: `#${room.displayName ?? room.slugifiedName}` };
	} catch (error) {
		return { problem: 'unusable', detail: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * Posts `message`; `fallbackNote` renders the line that tells the owner how to fix the room (undefined: none set).
 * Returns where it went ("#admins", "@owner"), or undefined when nowhere would take it.
 */
export async function deliver(
	accessors: IAccessors,
	config: IAppConfig,
	message: IRendered,
	fallbackNote: (room: string | undefined) => IRendered,
): Promise<string | undefined> {
	const { posted, problem, detail } = await tryAdminRoom(accessors, config, message);
	if (posted || !problem) {
		await forgetFallbackLogged(accessors.read.getPersistenceReader(), accessors.persis);
		return posted;
	}
	await logOnce(accessors, config.adminRoom, problem, detail);
	const owner = config.userId
		? await accessors.read
				.getUserReader()
				.getById(config.userId)
				.catch(() => undefined)
		: undefined;
	const direct = owner ? await directRoomWith(accessors.read, accessors.modify, owner) : undefined;
	if (!owner || !direct) {
		return undefined;
	}
	const note = fallbackNote(problem === 'unset' ? undefined : config.adminRoom);
	await postToRoom(accessors.read, accessors.modify, direct, {
		text: `${message.text}\n\n${note.text}`,
		blocks: [...message.blocks, ...note.blocks],
	});
	return `@${owner.username}`;
}
