/**
 * mrkdwn as Rocket.Chat's message list draws it: parsed by @rocket.chat/message-parser (as Rocket.Chat does), then
 * turned into plain HTML elements. Rocket.Chat's own renderer (gazzodown) is not on npm, and the npm fuselage-ui-kit
 * shows mrkdwn raw, so this small renderer stands in for it. A node type it does not know becomes a visible marker, so
 * the render check notices it.
 */
import type { ASTNode, Inlines, Root } from '@rocket.chat/message-parser';
import { parse } from '@rocket.chat/message-parser';
import type { ReactNode } from 'react';
import { createElement as h } from 'react';

type Node = ASTNode | Inlines | Root[number] | { type: string; value?: unknown };

function children(nodes: readonly Node[] | undefined): ReactNode[] {
	return (nodes ?? []).map((node, index) => renderNode(node, index));
}

function renderNode(node: Node, key: number): ReactNode {
	const value = (node as { value?: unknown }).value as any;
	switch (node.type) {
		case 'PARAGRAPH':
			return h('div', { key, className: 'md-paragraph' }, children(value));
		case 'LINE_BREAK':
			return h('div', { key, className: 'md-break' }, h('br'));
		case 'PLAIN_TEXT':
			return value as string;
		case 'BOLD':
			return h('strong', { key }, children(value));
		case 'ITALIC':
			return h('em', { key }, children(value));
		case 'STRIKE':
			return h('del', { key }, children(value));
		case 'INLINE_CODE':
			return h('code', { key, className: 'md-code' }, value.value);
		case 'CODE':
			return h(
				'pre',
				{ key, className: 'md-code-block' },
				h('code', null, (value as Array<{ value: { value: string } }>).map((line) => line.value.value).join('\n')),
			);
		case 'EMOJI':
			return 'unicode' in node ? h('span', { key, className: 'md-emoji' }, (node as { unicode: string }).unicode) : `:${value.value}:`;
		case 'BIG_EMOJI':
			return h('div', { key, className: 'md-big-emoji' }, children(value));
		case 'MENTION_USER':
		case 'MENTION_CHANNEL':
			return h('span', { key, className: 'md-mention' }, `${node.type === 'MENTION_USER' ? '@' : '#'}${value.value}`);
		case 'LINK': {
			const label = Array.isArray(value.label) ? value.label : [value.label];
			return h('a', { key, href: value.src.value }, children(label));
		}
		case 'HEADING':
			return h(`h${(node as { level: number }).level}`, { key }, children(value));
		case 'QUOTE':
			return h('blockquote', { key }, children(value));
		case 'UNORDERED_LIST':
			return h('ul', { key }, children(value));
		case 'ORDERED_LIST':
			return h('ol', { key }, children(value));
		case 'LIST_ITEM':
			return h('li', { key }, children(value));
		default:
			return h('span', { key, className: 'md-unknown' }, `[${node.type}]`);
	}
}

/** The React elements for one mrkdwn text, as Rocket.Chat shows it in a message. */
export function renderMrkdwn(text: string): ReactNode {
	return h('div', { className: 'md' }, children(parse(text, { emoticons: false })));
}
