import { EMPTY_STATE, advance } from '../../../../lib/domain/findings/announce';
import {
	EMPTY_MEMORY,
	afterAttempt,
	afterPartial,
	channelNotices,
	isLastCall,
	keptFindings,
} from '../../../../lib/domain/findings/channels';
import { advanceSteadily } from '../../../../lib/domain/findings/hysteresis';
import type { Notice } from '../../../../lib/domain/findings/types';
import { emailContent, webhookBody } from '../../../../lib/render/channelView';
import { viewFor } from '../../../../lib/render/view';
import { DEFAULT_THRESHOLDS, NOW, addDays, isoIn, withSeats as seatsEnding } from '../../../support/kit';

// A license far from its end, so seats are the only finding.
const withSeats = (used: number, max: number, prevented = false) =>
	seatsEnding(used, max, prevented, { enforcedExpiry: isoIn(400), visualExpiry: isoIn(400) });

const all = () => true;
const day = (snapshot = withSeats(185, 200), state = EMPTY_STATE, offset = 0) =>
	advance(state, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, addDays(NOW, offset));

describe('a channel keeps its own memory', () => {
	it('retries on the channel alone what the room already said, then keeps quiet', () => {
		const first = day();
		const sent = channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, all);
		expect(sent.map((notice) => notice.kind === 'raised' && notice.finding.id)).toEqual(['limit:activeUsers']);
		const failed = afterAttempt(EMPTY_MEMORY, first.state.announced, sent, false);
		// The next day the room has nothing new, but the channel still owes the seat warning.
		const second = day(withSeats(185, 200), first.state, 1);
		expect(second.notices).toHaveLength(0);
		const retry = channelNotices(second.notices, second.state.announced, failed, all);
		expect(retry).toHaveLength(1);
		const told = afterAttempt(failed, second.state.announced, retry, true);
		expect(channelNotices([], second.state.announced, told, all)).toHaveLength(0);
	});

	it('hears an escalation, keeps missed recoveries for the next attempt, and forgets findings that cleared', () => {
		const first = day();
		const told = afterAttempt(
			EMPTY_MEMORY,
			first.state.announced,
			channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, all),
			true,
		);
		const worse = day(withSeats(200, 200, true), first.state, 1);
		expect(channelNotices(worse.notices, worse.state.announced, told, all)).toHaveLength(1);
		const better = day(withSeats(100, 200), worse.state, 2);
		const recovery = channelNotices(better.notices, better.state.announced, told, all);
		expect(recovery.map((notice) => notice.kind)).toEqual(['recovered']);
		const missed = afterAttempt(told, better.state.announced, recovery, false);
		expect(missed.pending).toHaveLength(1);
		const after = afterAttempt(missed, better.state.announced, channelNotices([], better.state.announced, missed, all), true);
		expect(after).toEqual({ announced: {}, pending: [], failureReported: false });
	});

	it('filters as the channel asks, and remembers only what it sent', () => {
		const first = day();
		const critical = (notice: Notice) => notice.kind === 'raised' && notice.finding.level === 'critical';
		expect(channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, critical)).toHaveLength(0);
		expect(afterAttempt(EMPTY_MEMORY, first.state.announced, [], true).announced).toEqual({});
	});
});

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

describe('a channel hears what the room heard, hysteresis included', () => {
	it('high, low, low, high, low, low: the webhook hears the warning and its recovery, and neither the quiet comeback nor a stray recovery', () => {
		let state = EMPTY_STATE;
		let memory = EMPTY_MEMORY;
		const heard: string[][] = [];
		[185, 100, 100, 185, 100, 100].forEach((used, offset) => {
			const step = advanceSteadily(state, { ok: true, snapshot: withSeats(used, 200) }, DEFAULT_THRESHOLDS, false, addDays(NOW, offset));
			const kept = keptFindings(step.state);
			const sent = channelNotices(step.notices, kept, memory, all);
			memory = afterAttempt(memory, kept, sent, true);
			heard.push(sent.map((notice) => notice.kind));
			state = step.state;
		});
		expect(heard).toEqual([['raised'], [], ['recovered'], [], [], []]);
		expect(memory.announced).toEqual({});
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

describe('afterPartial', () => {
	it('remembers what went through before the failure and owes the rest, keeping whether the failure was said', () => {
		const first = day();
		const news: Notice = { kind: 'news', news: 'renewed', date: isoIn(400) };
		const notices = [...channelNotices(first.notices, first.state.announced, EMPTY_MEMORY, all), news];
		const memory = afterPartial({ ...EMPTY_MEMORY, failureReported: true }, first.state.announced, notices, 1);
		expect(memory.announced).toEqual({ 'limit:activeUsers': first.state.announced['limit:activeUsers'].severity });
		expect(memory.pending).toEqual([news]);
		expect(memory.failureReported).toBe(true);
		expect(channelNotices([], first.state.announced, memory, all)).toEqual([news]);
	});
});
