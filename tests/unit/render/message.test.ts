/** Rendered replies keep UIKit blocks and plain text in step, and the checks on them catch what they must. */
import { renderSummary } from '../../../lib/render/licenseView';
import type { IRendered } from '../../../lib/render/message';
import { blockTexts, enView as en, enterprise, renderProblems, textOf } from '../../support/kit';

describe('the renderers keep blocks and plain text in step', () => {
	it('textOf reads every section and context of the blocks', () => {
		const rendered = renderSummary(en, enterprise());
		expect(rendered.blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
		expect(blockTexts(rendered)).toHaveLength(3);
		for (const text of blockTexts(rendered)) {
			expect(rendered.text).toContain(text);
		}
		expect(textOf(rendered)).toContain('December 1, 2026');
	});

	it('renderProblems notices a block line missing from the text and raw sentinels', () => {
		const broken: IRendered = {
			text: 'Seats: 3 of -1',
			blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Seats: 3 of -1\nMaximum: NaN' } }],
		} as IRendered;
		const problems = renderProblems(broken);
		expect(problems.some((p) => p.includes('lacks block line: Maximum: NaN'))).toBe(true);
		expect(problems.some((p) => p.includes('/-1/'))).toBe(true);
	});
});
