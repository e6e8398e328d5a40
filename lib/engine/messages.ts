/** The outgoing end: private replies and room posts, always from the app's user, with blocks and full text. */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { IRendered } from '../render/message';

async function build(read: IRead, modify: IModify, room: IRoom, rendered: IRendered) {
	const builder = modify.getCreator().startMessage().setRoom(room).setText(rendered.text).setBlocks(rendered.blocks);
	const appUser = await read.getUserReader().getAppUser();
	return appUser ? builder.setSender(appUser) : builder;
}

/** An ephemeral reply: only `user` sees it, in the room where they typed the command. */
export async function replyPrivately(read: IRead, modify: IModify, user: IUser, room: IRoom, rendered: IRendered): Promise<void> {
	const message = await build(read, modify, room, rendered);
	await modify.getNotifier().notifyUser(user, message.getMessage());
}

/** Posts in `room` and returns the new message's id. */
export async function postToRoom(read: IRead, modify: IModify, room: IRoom, rendered: IRendered): Promise<string> {
	return modify.getCreator().finish(await build(read, modify, room, rendered));
}

/** Replaces a stored message the app posted (an ephemeral one cannot be edited: it was never stored). */
export async function updateMessage(read: IRead, modify: IModify, messageId: string, rendered: IRendered): Promise<void> {
	const appUser = await read.getUserReader().getAppUser();
	if (!appUser) {
		throw new Error('The app has no user to edit its messages with');
	}
	const builder = await modify.getUpdater().message(messageId, appUser);
	builder.setEditor(appUser).setText(rendered.text).setBlocks(rendered.blocks);
	await modify.getUpdater().finish(builder);
}

/** The direct-message room between the app's user and `user`, created when missing. */
export async function directRoomWith(read: IRead, modify: IModify, user: IUser): Promise<IRoom | undefined> {
	const appUser = await read.getUserReader().getAppUser();
	if (!appUser) {
		return undefined;
	}
	const usernames = [appUser.username, user.username];
	const existing = await read.getRoomReader().getDirectByUsernames(usernames);
	if (existing) {
		return existing;
	}
	const creator = modify
		.getCreator()
		.startRoom()
		.setType(RoomType.DIRECT_MESSAGE)
		.setCreator(appUser)
		.setMembersToBeAddedByUsernames(usernames);
	const id = await modify.getCreator().finish(creator);
	return read.getRoomReader().getById(id);
}

/** A room by name ("admins", "#admins") or id. */
export async function findRoom(read: IRead, nameOrId: string): Promise<IRoom | undefined> {
	const rooms = read.getRoomReader();
	const byName = await rooms.getByName(nameOrId).catch(() => undefined);
	return byName ?? rooms.getById(nameOrId).catch(() => undefined);
}
