/** messages.ts: replies and posts always come from the app's user, with the rendered text and blocks. */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessageBuilder } from '@rocket.chat/apps-engine/definition/accessors/IMessageBuilder';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { directRoomWith, findRoom, postToRoom, replyPrivately, updateMessage } from '../../../lib/engine/messages';
import { render, section, links } from '../../../lib/render/message';
import { viewFor } from '../../../lib/render/view';
import { NOW } from '../../support/kit';
import { APP_USER, fakeAccessors, room, user } from '../fakes/accessors';

const rendered = render([section('*Seats*: 185 of 200')]);
const admins = room('r-admins', 'admins');
const ada = user('ada', ['admin']);

describe('posting', () => {
	it('posts in the room with the app user as sender, the full text and the blocks, and returns the message id', async () => {
		const { accessors, modify } = fakeAccessors({ rooms: [admins] });
		const id = await postToRoom(accessors.read, accessors.modify, admins, rendered);
		expect(modify.posts).toEqual([{ id, room: admins, text: rendered.text, blocks: rendered.blocks, sender: APP_USER }]);
	});

	it('replies privately to the user in their room, from the app user, without posting anything', async () => {
		const { accessors, modify } = fakeAccessors();
		await replyPrivately(accessors.read, accessors.modify, ada, admins, rendered);
		expect(modify.notified).toEqual([{ user: ada, room: admins, text: rendered.text, blocks: rendered.blocks, sender: APP_USER }]);
		expect(modify.posts).toEqual([]);
	});

	it('edits a message as the app user, and refuses to when the app has no user', async () => {
		const { accessors, modify, world } = fakeAccessors();
		await updateMessage(accessors.read, accessors.modify, 'msg-7', rendered);
		expect(modify.edits).toEqual([{ messageId: 'msg-7', text: rendered.text, blocks: rendered.blocks, editor: APP_USER }]);
		world.appUser = undefined;
		await expect(updateMessage(accessors.read, accessors.modify, 'msg-7', rendered)).rejects.toThrow('no user');
		expect(modify.edits).toHaveLength(1);
	});
});

describe('rooms', () => {
	it('finds a room by name or by id, and nothing for an unknown one', async () => {
		const { accessors } = fakeAccessors({ rooms: [admins] });
		expect(await findRoom(accessors.read, 'admins')).toBe(admins);
		expect(await findRoom(accessors.read, 'r-admins')).toBe(admins);
		expect(await findRoom(accessors.read, 'nowhere')).toBeUndefined();
	});

	it('opens the direct room with a user once, between the app user and them, and reuses it after', async () => {
		const { accessors, world } = fakeAccessors();
		const first = await directRoomWith(accessors.read, accessors.modify, ada);
		expect(first).toMatchObject({ type: 'd', usernames: [APP_USER.username, 'ada'] });
		expect(await directRoomWith(accessors.read, accessors.modify, ada)).toBe(first);
		expect(world.rooms).toHaveLength(1);
	});

	it('opens no direct room when the app has no user', async () => {
		const { accessors, world } = fakeAccessors({ appUser: undefined });
		expect(await directRoomWith(accessors.read, accessors.modify, ada)).toBeUndefined();
		expect(world.rooms).toEqual([]);
	});
});

describe('rendered buttons reach the message', () => {
	/** A message builder that keeps what it is given; every other call fails the test. */
	function fakes() {
		const kept: { blocks?: unknown; text?: string; sender?: IUser } = {};
		const builder = {
			setRoom: () => builder,
			setText: (text: string) => {
				kept.text = text;
				return builder;
			},
			setBlocks: (blocks: unknown) => {
				kept.blocks = blocks;
				return builder;
			},
			setSender: (sender: IUser) => {
				kept.sender = sender;
				return builder;
			},
		} as unknown as IMessageBuilder;
		const modify = { getCreator: () => ({ startMessage: () => builder, finish: async () => 'msg-1' }) } as unknown as IModify;
		const read = { getUserReader: () => ({ getAppUser: async () => ({ id: 'app-user', username: 'license.bot' }) }) } as unknown as IRead;
		return { kept, modify, read };
	}

	test('a post carries the rendered blocks, app id on its buttons included, and the full text, from the app user', async () => {
		const { kept, modify, read } = fakes();
		const view = viewFor('en', NOW, 80, { appId: 'app-42' });
		const rendered = render([
			section('Seats'),
			links(view, { id: 'open-subscription', text: 'Open Subscription', url: 'https://c.example.com/s' }),
		]);
		expect(await postToRoom(read, modify, { id: 'room-1' } as IRoom, rendered)).toBe('msg-1');
		expect(kept.blocks).toEqual(rendered.blocks);
		expect(kept.blocks).toMatchObject([{ type: 'section' }, { type: 'actions', elements: [{ appId: 'app-42' }] }]);
		expect(kept.text).toBe(rendered.text);
		expect(kept.sender?.username).toBe('license.bot');
	});
});
