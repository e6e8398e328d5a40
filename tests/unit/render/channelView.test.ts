/** channelView.ts: the webhook's JSON document and the email's subject, text and HTML. */
import { EMPTY_STATE, advance } from '../../../lib/domain/findings/announce';
import { isLastCall } from '../../../lib/domain/findings/channels';
import type { Notice } from '../../../lib/domain/findings/types';
import { emailContent, webhookBody } from '../../../lib/render/channelView';
import { viewFor } from '../../../lib/render/view';
import { DEFAULT_THRESHOLDS, NOW, addDays, isoIn, withSeats as seatsEnding } from '../../support/kit';

// A license far from its end, so seats are the only finding.
const withSeats = (used: number, max: number, prevented = false) =>
	seatsEnding(used, max, prevented, { enforcedExpiry: isoIn(400), visualExpiry: isoIn(400) });

const day = (snapshot = withSeats(185, 200), state = EMPTY_STATE, offset = 0) =>
	advance(state, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, addDays(NOW, offset));

describe('channel formats', () => {
	const view = viewFor('en', NOW);
	const step = day();
	const [notice] = step.notices;

	it('gives the webhook a readable text, the finding, level and numbers, and the workspace link', () => {
		const body = webhookBody(view, notice, {
			snapshot: withSeats(185, 200),
			workspace: 'https://chat.example.com',
			lastCall: isLastCall(notice),
		});
		expect(body).toEqual({
			text: '*LicenseApp · https://chat.example.com*\n⚠️ Seats are 92.5% full: 185 of 200 used, 15 left.',
			finding: 'limit:activeUsers',
			notice: 'raised',
			level: 'warning',
			numbers: { limit: 'activeUsers', used: 185, max: 200, percent: 90, prevented: false },
			workspace: 'https://chat.example.com',
			link: 'https://chat.example.com/admin/subscription',
			lastCall: false,
		});
	});

	it('writes the email in the server language, in text and escaped HTML, naming the workspace', () => {
		const email = emailContent(viewFor('de', NOW), step.notices, { workspace: 'https://chat.example.com/<x>' });
		expect(email.subject).toBe('Lizenzhinweis für https://chat.example.com/<x>');
		expect(email.text).toContain('LicenseApp auf https://chat.example.com/<x>');
		expect(email.html).toContain('https://chat.example.com/&lt;x&gt;');
		expect(email.html).not.toContain('<x>');
	});

	it('says why the admin room refused the post, in the webhook’s text and field and in the email, only when it did', () => {
		const roomRefused = { reason: 'restricted-workspace', line: 'The room refused <it> (restricted-workspace).' };
		const ctx = { snapshot: withSeats(185, 200), workspace: 'https://chat.example.com', lastCall: false };
		const body = webhookBody(view, notice, { ...ctx, roomRefused });
		expect(body.roomRefused).toBe('restricted-workspace');
		expect(body.text.split('\n')).toEqual([expect.any(String), expect.stringContaining('Seats are 92.5% full'), roomRefused.line]);
		expect('roomRefused' in webhookBody(view, notice, ctx)).toBe(false);
		const email = emailContent(view, step.notices, { ...ctx, roomRefused });
		expect(email.text).toContain(`\n${roomRefused.line}\n`);
		expect(email.html).toContain('<p>The room refused &lt;it&gt; (restricted-workspace).</p>');
		expect(emailContent(view, step.notices, ctx).text).not.toContain('refused');
	});
});

describe('email carries license text as written', () => {
	it('no backslashes or zero-width spaces from the chat escaping, the app’s own bold dropped, HTML escaped', () => {
		const module = 'x_y.z *PWNED* @all <b>';
		const cutoff: Notice = {
			kind: 'raised',
			finding: {
				id: `modules-off:${isoIn(3)}`,
				level: 'warning',
				severity: 997,
				facts: { type: 'modules-off', modules: [module], date: isoIn(3), days: 3 },
			},
		};
		const mail = emailContent(viewFor('en', NOW), [cutoff], { workspace: 'https://chat.example.com' });
		expect(mail.text).toContain(module);
		expect(mail.text).not.toMatch(/[\\\u200B]/);
		expect(mail.html).toContain('x_y.z *PWNED* @all &lt;b&gt;');
	});
});
