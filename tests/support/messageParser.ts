/**
 * How Rocket.Chat's clients read a posted text: @rocket.chat/message-parser, the parser behind message rendering, with the
 * options the message service passes by default (emoticons on). Tests use it to check that markup renders as intended and that
 * strings taken from the license stay plain text.
 */
import type { Root } from '@rocket.chat/message-parser';
import { parse } from '@rocket.chat/message-parser';

/** Any node of the AST, read loosely: the parser's node union is deep and only `type` and text matter here. */
export interface IAstNode {
	type: string;
	value?: unknown;
	[key: string]: unknown;
}

/** Nodes that turn text into something other than plain text: a mention, a link, an image, emphasis, code… */
export const MARKUP_TYPES = [
	'MENTION_USER',
	'MENTION_CHANNEL',
	'LINK',
	'IMAGE',
	'BOLD',
	'ITALIC',
	'STRIKE',
	'INLINE_CODE',
	'CODE',
	'SPOILER',
	'COLOR',
	'INLINE_KATEX',
	'KATEX',
	'TIMESTAMP',
	'HEADING',
	'QUOTE',
	'BLOCKQUOTE',
];

export function parseMessage(text: string): Root {
	return parse(text, { emoticons: true });
}

function isNode(value: unknown): value is IAstNode {
	return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Every node of a parsed message, depth first (values, link sources and labels included). */
export function nodesOf(root: Root | IAstNode[] | IAstNode): IAstNode[] {
	const out: IAstNode[] = [];
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) {
			value.forEach(visit);
		} else if (isNode(value)) {
			out.push(value);
			Object.entries(value)
				.filter(([key]) => key !== 'type')
				.forEach(([, child]) => visit(child));
		} else if (typeof value === 'object' && value !== null) {
			Object.values(value).forEach(visit);
		}
	};
	visit(root);
	return out;
}

/** The text a reader sees for a node: its plain-text leaves joined (a mention shows its name, a link its label). */
export function visibleText(node: IAstNode): string {
	if (node.type === 'PLAIN_TEXT' && typeof node.value === 'string') {
		return node.value;
	}
	if (node.type === 'LINK') {
		return nodesOf((node.value as { label?: IAstNode[] }).label ?? [])
			.map(visibleText)
			.join('');
	}
	const children: unknown[] = Array.isArray(node.value) ? node.value : [node.value];
	return children
		.filter(isNode)
		.map((child) => visibleText(child))
		.join('');
}

/** The visible texts of every node of one type, e.g. nodeTexts(parseMessage(t), 'BOLD'). */
export function nodeTexts(root: Root, type: string): string[] {
	return nodesOf(root)
		.filter((node) => node.type === type)
		.map(visibleText);
}

/**
 * Markup nodes whose visible text comes from inside `untrusted` (a company name, a tag, a module id): a mention, link or emphasis
 * a license could inject. Empty when the string was rendered as plain text. Pick a distinctive value: a markup node of the app's
 * own template whose text happens to be part of it would be reported too.
 */
export function markupFrom(text: string, untrusted: string): Array<{ type: string; text: string }> {
	return nodesOf(parseMessage(text))
		.filter((node) => MARKUP_TYPES.includes(node.type))
		.map((node) => ({ type: node.type, text: visibleText(node) }))
		.filter(({ text: shown }) => shown.trim() !== '' && untrusted.includes(shown));
}

const unparsed: Array<{ text: string; error: string }> = [];

/**
 * Parses a text as a client would; a text the parser rejects is kept for `expectEveryMessageParsed`. An uploaded file (the
 * playground's `upload`, with no text of its own) is not a text to parse.
 */
export function recordParsed(message: { text?: string; upload?: unknown }): void {
	if (message.upload) {
		return;
	}
	try {
		parseMessage(message.text ?? '');
	} catch (error) {
		unparsed.push({ text: message.text ?? '', error: error instanceof Error ? error.message : String(error) });
	}
}

/** Fails (and forgets) when a message seen since the last call did not parse. Registered after each e2e test by the harness. */
export function expectEveryMessageParsed(): void {
	const failed = unparsed.splice(0);
	if (failed.length) {
		throw new Error(`message-parser could not parse ${failed.length} posted text(s): ${JSON.stringify(failed)}`);
	}
}
