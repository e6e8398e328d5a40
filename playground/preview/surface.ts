/**
 * Rocket.Chat's message surface (fuselage-ui-kit's UiKitMessage) with mrkdwn drawn through message-parser, as the
 * Rocket.Chat client does. Importing this module teaches the shared message renderer mrkdwn; nothing else changes.
 */
import { UiKitMessage as uiKitMessage, messageParser } from '@rocket.chat/fuselage-ui-kit';
import { createElement, Fragment } from 'react';

import { renderMrkdwn } from './markdown';

type TextRenderer = (textObject: { text?: string }, context: unknown, index: number) => unknown;

const renderer = messageParser as unknown as { mrkdwn: TextRenderer };
const rawMrkdwn = renderer.mrkdwn.bind(messageParser);
// The stock method decides whether text shows in this context (not as a block of its own, not when empty).
renderer.mrkdwn = (textObject, context, index) =>
	rawMrkdwn(textObject, context, index) && createElement(Fragment, { key: index }, renderMrkdwn(textObject.text ?? ''));

/** The blocks of one message, as Rocket.Chat's message list renders them. */
export function renderBlocks(blocks: readonly unknown[]): ReturnType<typeof uiKitMessage> {
	return uiKitMessage(blocks as Parameters<typeof uiKitMessage>[0]);
}
