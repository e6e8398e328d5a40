/** cloudAnnouncement.ts: Cloud's UIKit announcement read as one line of text, bounded, never a reason to fail. */
import { ANNOUNCEMENT_MAX, announcementText } from '../../../../lib/api/answers/cloudAnnouncement';

describe("Cloud's announcement as text", () => {
	it('joins titles, texts and context elements in order', () => {
		const value = {
			viewId: 'v',
			appId: 'a',
			blocks: [
				{ type: 'callout', title: { type: 'plain_text', text: 'Heads up' }, text: { type: 'mrkdwn', text: 'Renew  soon.' } },
				{ type: 'context', elements: [{ type: 'plain_text', text: 'Details\nbelow' }, { type: 'image' }] },
				{ type: 'divider' },
			],
		};
		expect(announcementText(value)).toBe('Heads up Renew soon. Details below');
	});

	it('has none for no announcement, empty blocks or shapes it cannot read', () => {
		for (const value of [undefined, null, 'text', { blocks: 'x' }, { blocks: [] }, { blocks: [null, 3, { type: 'divider' }] }]) {
			expect(announcementText(value)).toBeUndefined();
		}
	});

	it('keeps at most ANNOUNCEMENT_MAX characters', () => {
		const text = announcementText({ blocks: [{ type: 'section', text: { type: 'plain_text', text: 'x'.repeat(5000) } }] });
		expect(text).toHaveLength(ANNOUNCEMENT_MAX);
	});
});
