/** Rendered replies keep UIKit blocks and plain text in step, and the checks on them catch what they must. */
import { renderSummary } from '../../../lib/render/licenseView';
import type { IRendered } from '../../../lib/render/message';
import { links, render, section } from '../../../lib/render/message';
import { renderSeats } from '../../../lib/render/seatsView';
import { viewFor } from '../../../lib/render/view';
import { NOW, blockTexts, enView as en, enterprise, renderProblems, textOf, withSeats } from '../../support/kit';

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

describe('link buttons', () => {
	it('carry the app id the view names, so the client knows whose button it is', () => {
		const view = viewFor('en', NOW, 80, { siteUrl: 'https://chat.example.com', appId: 'app-1234' });
		const rendered = render([
			section('x'),
			links(view, { id: 'open-subscription', text: 'Open Subscription', url: 'https://chat.example.com/s' }),
		]);
		const [, actions] = rendered.blocks;
		expect(actions).toMatchObject({
			type: 'actions',
			elements: [{ type: 'button', appId: 'app-1234', url: 'https://chat.example.com/s' }],
		});
	});

	it('of a real reply carry it too', () => {
		const view = viewFor('en', NOW, 80, { siteUrl: 'https://chat.example.com', appId: 'app-1234' });
		const buttons = renderSeats(view, withSeats(199, 200)).blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));
		expect(buttons.length).toBeGreaterThan(0);
		expect(buttons.map((button) => ('appId' in button ? button.appId : undefined))).toEqual(buttons.map(() => 'app-1234'));
	});
});
