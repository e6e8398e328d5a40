/** checkView.ts: the daily check report and the notices posted to the admin room. */
import type { IFinding, Notice } from '../../../lib/domain/findings/types';
import { limitOf } from '../../../lib/domain/snapshot';
import { renderCheckReport, renderFallbackNote, renderNotices, renderRedirectNote } from '../../../lib/render/checkView';
import type { IRendered } from '../../../lib/render/message';
import { viewFor } from '../../../lib/render/view';
import { END, NOW, clean, community, enView as en, enterprise, lines, withSeats } from '../../support/kit';

describe('the daily check report and admin-room notices', () => {
	const seatsFinding: IFinding = {
		id: 'limit:activeUsers',
		level: 'critical',
		severity: 1000,
		facts: { type: 'limit', limit: limitOf(withSeats(25, 25, true), 'activeUsers'), percent: 100 },
	};
	const expiryFinding: IFinding = {
		id: `expiry:${END}`,
		level: 'info',
		severity: 986,
		facts: { type: 'expiry', trial: false, date: END, days: 12 },
	};

	it('says so when notices could not be posted anywhere', () => {
		const text = clean(renderCheckReport(en, [], { snapshot: enterprise() }, { undelivered: true }));
		expect(text).toContain('The notices could not be posted anywhere');
		expect(text).not.toContain('Posted to');
	});

	it('all clear and nothing posted: just the all-clear line', () => {
		const text = clean(renderCheckReport(en, [], { snapshot: enterprise() }));
		expect(lines(text)).toEqual(['*License check*', '✅ All clear: nothing in the license needs attention.']);
		expect(text).not.toContain('Nothing new to post');
	});

	it('findings already in the admin room: nothing new to post', () => {
		const text = clean(renderCheckReport(en, [expiryFinding], { snapshot: enterprise() }));
		expect(text).toContain('ℹ️ The license expires in 12 days');
		expect(text).toContain('Nothing new to post: the admin room already has these.');
		expect(text).not.toContain('Posted to');
	});

	it('findings, and where they were posted', () => {
		const text = clean(renderCheckReport(en, [seatsFinding, expiryFinding], { snapshot: withSeats(25, 25, true) }, { where: '#admins' }));
		expect(text).toContain('🚨 Seat cap reached: 25 of 25 used');
		expect(text).toContain('new users cannot be created or activated');
		expect(text).toContain('ℹ️ The license expires in 12 days, on December 1, 2026');
		expect(text).toContain('Posted to #admins.');
		expect(text).not.toContain('All clear');
	});

	it('notices with @here in front when asked, and without it otherwise', () => {
		const notices: Notice[] = [
			{ kind: 'raised', finding: seatsFinding },
			{ kind: 'news', news: 'new', plan: 'Enterprise', date: END },
		];
		const loud = clean(renderNotices(en, notices, { snapshot: withSeats(25, 25, true) }, true));
		expect(lines(loud)[0]).toBe('@here');
		expect(loud).toContain('*License check*');
		expect(loud).toContain('🚨 Seat cap reached');
		expect(loud).toContain('✅ A license is now active: Enterprise, valid until December 1, 2026.');
		const quiet = clean(renderNotices(en, notices, { snapshot: withSeats(25, 25, true) }, false));
		expect(quiet).not.toContain('@here');
		expect(quiet).toContain('🚨 Seat cap reached');
	});

	it('every kind of notice renders without raw values', () => {
		const notices: Notice[] = [
			{
				kind: 'raised',
				finding: { id: 'lapsed', level: 'critical', severity: 1, facts: { type: 'lapsed', plan: 'Enterprise', date: END, expired: true } },
			},
			{ kind: 'raised', finding: { id: 'lapsed', level: 'critical', severity: 1, facts: { type: 'lapsed', date: END, expired: false } } },
			{
				kind: 'raised',
				finding: {
					id: 'unreadable',
					level: 'warning',
					severity: 1,
					facts: { type: 'unreadable', kind: 'timeout', detail: {}, since: END, reminder: false },
				},
			},
			{
				kind: 'raised',
				finding: {
					id: 'unreadable',
					level: 'critical',
					severity: 2,
					facts: { type: 'unreadable', kind: 'unreachable', detail: {}, since: END, reminder: true },
				},
			},
			{ kind: 'raised', finding: { ...expiryFinding, facts: { type: 'expiry', trial: true, date: END, days: 0 } } },
			{ kind: 'recovered', finding: { ...seatsFinding, severity: 0 } },
			{ kind: 'recovered', finding: { ...expiryFinding, severity: 0 } },
			{ kind: 'unblocked', finding: { ...seatsFinding, level: 'warning', severity: 90 } },
			{
				kind: 'recovered',
				finding: {
					id: 'unreadable',
					level: 'info',
					severity: 0,
					facts: { type: 'unreadable', kind: 'timeout', detail: {}, since: END, reminder: false },
				},
			},
			{ kind: 'news', news: 'active-again' },
			{ kind: 'news', news: 'changed', plan: 'Pro', date: END },
			{ kind: 'digest' },
		];
		const text = clean(renderNotices(en, notices, { snapshot: community() }, false));
		expect(text).toContain('Your Enterprise license expired on December 1, 2026');
		expect(text).toContain('The Enterprise (no plan name) license is no longer active (noticed on December 1, 2026).');
		expect(text).toContain('The trial ends today, December 1, 2026');
		expect(text).toContain('not been readable since December 1, 2026');
		expect(text).toContain('Daily license status: Community');
	});

	it("an unblocked limit: seats can be added again, other limits are no longer blocked, with today's numbers", () => {
		const wasBlocked = (kind: 'activeUsers' | 'privateApps', used: number, max: number): IFinding => ({
			id: `limit:${kind}`,
			level: 'warning',
			severity: 90,
			facts: {
				type: 'limit',
				limit: limitOf(enterprise({ limits: { [kind]: { used, max } } }), kind),
				percent: 90,
			},
		});
		const today = enterprise({ limits: { activeUsers: { used: 95, max: 100 }, privateApps: { used: 9, max: 10 } } });
		const text = clean(
			renderNotices(
				en,
				[
					{ kind: 'unblocked', finding: wasBlocked('activeUsers', 96, 100) },
					{ kind: 'unblocked', finding: wasBlocked('privateApps', 9, 10) },
				],
				{ snapshot: today },
				false,
			),
		);
		expect(lines(text)).toEqual([
			'*License check*',
			'✅ New users can be created and activated again: 95 of 100 seats used.',
			'✅ Private apps: no longer blocked, 9 of 10.',
		]);
		// Without today's reading, the finding's own numbers.
		const alone = clean(renderNotices(en, [{ kind: 'unblocked', finding: wasBlocked('activeUsers', 96, 100) }], {}, false));
		expect(alone).toContain('96 of 100 seats used');
		expect(
			clean(renderNotices(viewFor('de', NOW), [{ kind: 'unblocked', finding: wasBlocked('activeUsers', 96, 100) }], {}, false)),
		).toContain('96 von 100');
	});

	it('the fallback note names the room it could not use', () => {
		expect(clean(renderFallbackNote(en, 'admins'))).toContain('“admins”');
		expect(clean(renderFallbackNote(en, undefined))).toContain('No admin room is set');
	});
});

describe('the redirect note under /license check', () => {
	const note = 'if that address redirects, the token follows the redirect';

	it('is left out when the server URL is this server’s own https Site URL', () => {
		const ctx = { snapshot: enterprise(), serverUrl: 'https://chat.example.com', siteUrl: 'https://chat.example.com' };
		expect(clean(renderCheckReport(en, [], ctx))).not.toContain(note);
	});

	it('is said when the server URL names another host, or the Site URL is unknown', () => {
		const other = { snapshot: enterprise(), serverUrl: 'https://other.example.com', siteUrl: 'https://chat.example.com' };
		expect(clean(renderCheckReport(en, [], other))).toContain(`The access token is sent to other.example.com with every request; ${note}`);
		expect(clean(renderCheckReport(en, [], { snapshot: enterprise(), serverUrl: 'https://chat.example.com' }))).toContain(note);
	});

	it('under a failed check too, by the same rule', () => {
		expect(renderRedirectNote(en, 'https://chat.example.com', 'https://chat.example.com')).toBeUndefined();
		expect(clean(renderRedirectNote(en, 'http://chat.internal', 'http://chat.internal') as IRendered)).toContain(note);
	});
});

describe('the last call', () => {
	it('says Rocket.Chat switches LicenseApp off at the end, from 7.5 and before, and which channels remain', () => {
		const lastCall: IFinding = {
			id: `expiry:${END}`,
			level: 'critical',
			severity: 999,
			facts: { type: 'expiry', trial: false, date: END, days: 1, lastCall: true },
		};
		const text = clean(renderNotices(en, [{ kind: 'raised', finding: lastCall }], {}, false));
		expect(text).toContain('Rocket.Chat switches LicenseApp off (from 7.5 it disables private apps installed since 7.0');
		expect(text).toContain('only email, the webhook and the `watch` command (see docs) can still warn you');
	});
});
