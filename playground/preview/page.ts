/**
 * The preview page, bundled for the browser: every message in order, grouped by the room it went to, in fuselage's
 * message chrome (the app's avatar and name, the "App" tag, "Only you can see this message" for ephemeral replies)
 * with its blocks drawn by Rocket.Chat's UIKit renderer. Reads the messages from `window.preview`.
 */
import {
	Avatar,
	Box,
	Message,
	MessageBlock,
	MessageBody,
	MessageContainer,
	MessageHeader,
	MessageLeftContainer,
	MessageName,
	MessageNameContainer,
	MessageRole,
	MessageRoles,
	MessageStatusIndicator,
	MessageStatusIndicatorItem,
	MessageUsername,
} from '@rocket.chat/fuselage';
import type { ReactElement } from 'react';
import { createElement as h, Fragment } from 'react';
import { render } from 'react-dom';

import { renderMrkdwn } from './markdown';
import { renderBlocks } from './surface';

export interface IPreviewMessage {
	room: string;
	ephemeral: boolean;
	sender: string;
	text: string;
	blocks: unknown[];
}

export interface IPreviewData {
	appName: string;
	avatar: string;
	messages: IPreviewMessage[];
}

function PreviewMessage({ data, message, index }: { data: IPreviewData; message: IPreviewMessage; index: number }): ReactElement {
	const body = message.blocks.length > 0 ? renderBlocks(message.blocks) : h(MessageBody, null, renderMrkdwn(message.text));
	return h(
		'div',
		{ 'className': 'preview-message', 'data-index': index, 'data-room': message.room },
		h(
			Message,
			null,
			h(MessageLeftContainer, null, h(Avatar, { url: data.avatar, size: 'x36' })),
			h(
				MessageContainer,
				null,
				h(
					MessageHeader,
					null,
					h(MessageNameContainer, null, h(MessageName, null, data.appName), ' ', h(MessageUsername, null, `@${message.sender}`)),
					h(MessageRoles, null, h(MessageRole, null, 'App')),
					message.ephemeral &&
						h(
							MessageStatusIndicator,
							null,
							h(MessageStatusIndicatorItem, { name: 'eye-off', title: 'Only you can see this message' }),
							h(Box, { is: 'span', fontScale: 'c1', color: 'hint', mis: 4 }, 'Only you can see this message'),
						),
				),
				h(MessageBlock, { fixedWidth: true }, body),
			),
		),
	);
}

function Page({ data }: { data: IPreviewData }): ReactElement {
	return h(
		Fragment,
		null,
		data.messages.map((message, index) =>
			h(
				Fragment,
				{ key: index },
				(index === 0 || data.messages[index - 1].room !== message.room) &&
					h(Box, { is: 'h2', fontScale: 'h4', color: 'default', mi: 24, mbs: 16, mbe: 4 }, `#${message.room}`),
				h(PreviewMessage, { data, message, index }),
			),
		),
	);
}

const root = document.getElementById('preview-root') as HTMLElement;
const data = (window as unknown as { preview: IPreviewData }).preview;
render(h(Page, { data }), root, () => {
	document.body.setAttribute('data-rendered', String(data.messages.length));
});
