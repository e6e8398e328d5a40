/**
 * A reply as an ordered list of parts, rendered twice from the same text: UIKit blocks (plain @rocket.chat/ui-kit
 * objects) and a complete plain-text version for notifications and clients that ignore blocks.
 */
import type { LayoutBlock } from '@rocket.chat/ui-kit';

/** A button that opens a page of the workspace (UIKit `url`): no action reaches the app. */
export interface ILink {
	id: string;
	text: string;
	url: string;
}

export type Part =
	| { kind: 'section' | 'context'; lines: string[] }
	| { kind: 'divider' }
	| { kind: 'links'; links: ILink[]; appId: string };

export interface IRendered {
	text: string;
	blocks: LayoutBlock[];
}

/** `first`, then `more` (when there is more) under it, as one message. */
export function appendRendered(first: IRendered, more: IRendered | undefined): IRendered {
	return more ? { text: `${first.text}\n\n${more.text}`, blocks: [...first.blocks, ...more.blocks] } : first;
}

export const section = (...lines: Array<string | undefined | false>): Part => ({
	kind: 'section',
	lines: lines.filter((l): l is string => !!l),
});
export const context = (...lines: Array<string | undefined | false>): Part => ({
	kind: 'context',
	lines: lines.filter((l): l is string => !!l),
});
export const divider: Part = { kind: 'divider' };
/** Link buttons, named as the app's own (`view.appId`): the engine leaves a plain block's appId as the app sets it. */
export const links = (view: { appId: string }, ...items: Array<ILink | undefined | false>): Part => ({
	kind: 'links',
	appId: view.appId,
	links: items.filter((item): item is ILink => !!item),
});

/** Link buttons in one actions block: the client only opens `url`, no action reaches the app. */
function actions(items: ILink[], appId: string): LayoutBlock {
	return {
		type: 'actions',
		blockId: 'licenseapp-links',
		elements: items.map((item) => ({
			type: 'button' as const,
			appId,
			blockId: 'licenseapp-links',
			actionId: item.id,
			text: { type: 'plain_text' as const, text: item.text },
			url: item.url,
		})),
	};
}

/**
 * The most text one rendered reply may hold: well under Rocket.Chat's default Message_MaxAllowedSize (5,000), which
 * refuses longer app messages, leaving room for the fallback note and @here that delivery may add.
 */
export const MESSAGE_TEXT_MAX = 4_000;

type LineParts = Extract<Part, { lines: string[] }>;
const hasLines = (part: Part): part is LineParts => 'lines' in part;
const textLength = (parts: Part[]) => parts.reduce((sum, part) => sum + (hasLines(part) ? part.lines.join('\n').length + 2 : 0), 0);

/** Drops lines from the longest part (ending it with "…") until the whole fits in MESSAGE_TEXT_MAX. */
function bounded(parts: Part[]): Part[] {
	const copy = parts.map((part): Part => (hasLines(part) ? { ...part, lines: [...part.lines] } : part));
	while (textLength(copy) > MESSAGE_TEXT_MAX) {
		const longest = copy.filter(hasLines).reduce((a, b) => (b.lines.join('\n').length > a.lines.join('\n').length ? b : a));
		const lines = longest.lines.filter((line) => line !== '…');
		if (lines.length > 1) {
			longest.lines = [...lines.slice(0, -1), '…'];
		} else {
			const chars = Array.from(lines[0] ?? '');
			longest.lines = [`${chars.slice(0, Math.floor(chars.length / 2)).join('')}…`];
		}
	}
	return copy;
}

export function render(parts: Part[]): IRendered {
	const kept = bounded(
		parts.filter((part) => part.kind === 'divider' || (part.kind === 'links' ? part.links.length > 0 : part.lines.length > 0)),
	);
	const blocks = kept.map((part): LayoutBlock => {
		if (part.kind === 'divider') {
			return { type: 'divider' };
		}
		if (part.kind === 'links') {
			return actions(part.links, part.appId);
		}
		const text = part.lines.join('\n');
		return part.kind === 'section'
			? { type: 'section', text: { type: 'mrkdwn', text } }
			: { type: 'context', elements: [{ type: 'mrkdwn', text }] };
	});
	// Clients that ignore blocks still get every link, as "label: address".
	const text = kept
		.filter((part) => part.kind !== 'divider')
		.map((part) =>
			(part.kind === 'links' ? part.links.map((item) => `${item.text}: ${item.url}`) : (part as { lines: string[] }).lines).join('\n'),
		)
		.join('\n\n');
	return { text, blocks };
}

/** A 10-cell bar of full and light blocks: readable in the web client and on mobile, no emoji needed. */
export function bar(ratio: number, cells = 10): string {
	const filled = Math.max(0, Math.min(cells, Math.round(ratio * cells)));
	return `${'█'.repeat(filled)}${'░'.repeat(cells - filled)}`;
}
