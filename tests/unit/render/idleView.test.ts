/** idleView.ts: the views of /seats idle; renderConfirm, the second step, says what a deactivation does on this server's version. */
// The buttons live in the blocks only (the confirmation is a message with actions), so the plain text is read directly.
import { blockIdFor } from '../../../lib/domain/idle/actions';
import { LANGUAGES } from '../../../lib/i18n/texts';
import { renderConfirm } from '../../../lib/render/idleView';
import { viewFor } from '../../../lib/render/view';
import { NOW, enView as en } from '../../support/kit';

const targets = [{ id: 'u1', username: 'ana.silva', admin: false }];
const BLOCK_ID = blockIdFor(30);

describe('the deactivate confirmation', () => {
	it('on 8.5 and later says the OAuth tokens go too', () => {
		const { text } = renderConfirm(en, BLOCK_ID, targets, true);
		expect(text).toContain('Deactivate 1 user?');
		expect(text).toContain('From Rocket.Chat 8.5 deactivating also revokes their OAuth tokens');
	});

	it('before 8.5, or with the version unknown, says nothing of it', () => {
		expect(renderConfirm(en, BLOCK_ID, targets, false).text).not.toContain('OAuth');
		expect(renderConfirm(en, BLOCK_ID, targets).text).not.toContain('OAuth');
	});

	it("carries the app's id from the view on both buttons", () => {
		const view = viewFor('en', NOW, 80, { appId: 'app-7' });
		const { blocks } = renderConfirm(view, BLOCK_ID, targets);
		const ids = JSON.stringify(blocks).match(/"appId":"[^"]*"/g);
		expect(ids).toEqual(['"appId":"app-7"', '"appId":"app-7"']);
	});

	it.each(LANGUAGES)('%s names OAuth in the note', (language) => {
		expect(renderConfirm(viewFor(language, NOW), BLOCK_ID, targets, true).text).toMatch(/OAuth/);
	});
});
