/** The outgoing end over small fakes of the engine's accessors: the rendered blocks reach the message as rendered. */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessageBuilder } from '@rocket.chat/apps-engine/definition/accessors/IMessageBuilder';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { postToRoom } from '../../../lib/engine/messages';
import { links, render, section } from '../../../lib/render/message';
import { viewFor } from '../../../lib/render/view';
import { NOW } from '../../support/kit';

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
