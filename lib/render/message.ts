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

export function render(parts: Part[]): IRendered {
	const kept = parts.filter((part) => part.kind === 'divider' || part.lines.length > 0);
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
