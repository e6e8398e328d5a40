/**
 * A reply as an ordered list of parts, rendered twice from the same text: UIKit blocks (plain @rocket.chat/ui-kit
 * objects) and a complete plain-text version for notifications and clients that ignore blocks.
 */
import type { LayoutBlock } from '@rocket.chat/ui-kit';

export type Part = { kind: 'section' | 'context'; lines: string[] } | { kind: 'divider' };

export interface IRendered {
	text: string;
	blocks: LayoutBlock[];
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

/**
 * The most text one rendered reply may hold: well under Rocket.Chat's default Message_MaxAllowedSize (5,000), which
 * refuses longer app messages, leaving room for the fallback note and @here that delivery may add.
 */
export const MESSAGE_TEXT_MAX = 4_000;

type LineParts = Extract<Part, { lines: string[] }>;
const textLength = (parts: Part[]) =>
	parts.reduce((sum, part) => sum + (part.kind === 'divider' ? 0 : part.lines.join('\n').length + 2), 0);

/** Drops lines from the longest part (ending it with "…") until the whole fits in MESSAGE_TEXT_MAX. */
function bounded(parts: Part[]): Part[] {
	const copy = parts.map((part): Part => (part.kind === 'divider' ? part : { ...part, lines: [...part.lines] }));
	while (textLength(copy) > MESSAGE_TEXT_MAX) {
		const longest = copy
			.filter((part): part is LineParts => part.kind !== 'divider')
			.reduce((a, b) => (b.lines.join('\n').length > a.lines.join('\n').length ? b : a));
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
	const kept = bounded(parts.filter((part) => part.kind === 'divider' || part.lines.length > 0));
	const blocks = kept.map((part): LayoutBlock => {
		if (part.kind === 'divider') {
			return { type: 'divider' };
		}
		const text = part.lines.join('\n');
		return part.kind === 'section'
			? { type: 'section', text: { type: 'mrkdwn', text } }
			: { type: 'context', elements: [{ type: 'mrkdwn', text }] };
	});
	const text = kept
		.filter((part): part is Extract<Part, { lines: string[] }> => part.kind !== 'divider')
		.map((part) => part.lines.join('\n'))
		.join('\n\n');
	return { text, blocks };
}

/** A 10-cell bar of full and light blocks: readable in the web client and on mobile, no emoji needed. */
export function bar(ratio: number, cells = 10): string {
	const filled = Math.max(0, Math.min(cells, Math.round(ratio * cells)));
	return `${'█'.repeat(filled)}${'░'.repeat(cells - filled)}`;
}
