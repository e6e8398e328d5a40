/** Files to one person: uploaded by the app's user into the direct message with them, never into a shared room. */
import type { IModify, IRead, IUploadCreator } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { directRoomWith } from './messages';

/**
 * The Deno runtime hands every app module Node's Buffer as a module-scope binding (engine deno-runtime
 * handlers/app/construct.ts); the app's own compiler has no Node types, so it is declared here by what is used.
 */
declare const Buffer: { from(text: string, encoding: 'utf8'): Parameters<IUploadCreator['uploadBuffer']>[0] };

/**
 * Uploads `content` as `filename` to the direct message between the app's user and `user` (app permission upload.write).
 * Returns the app user's username (who the file comes from), or undefined when there is no app user to open it with.
 */
export async function sendFilePrivately(
	read: IRead,
	modify: IModify,
	user: IUser,
	filename: string,
	content: string,
): Promise<string | undefined> {
	const [room, appUser] = await Promise.all([directRoomWith(read, modify, user), read.getUserReader().getAppUser()]);
	if (!room || !appUser) {
		return undefined;
	}
	// No `user` in the descriptor: the engine makes the app's user the uploader.
	await modify.getCreator().getUploadCreator().uploadBuffer(Buffer.from(content, 'utf8'), { filename, room });
	return appUser.username;
}
