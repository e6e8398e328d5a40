/**
 * Editions and readiness, through the packaged app in the real engine: what works with a limited token (at no extra
 * request), Community's private-app cap, add-ons named as add-ons, and Cloud's announcement (docs/rocketchat-api.md §14).
 */
import type { ICaptured } from './harness';
import { openSession } from './harness';
import type { IPostedMessage } from '../../playground/engine/world';

/** The caller's reply: the last message of the run (a check posts to the admin room first). */
const reply = async (ctx: ICaptured, line: string): Promise<string> =>
	((await ctx.session.run('admin', line)).at(-1) as IPostedMessage).text;

describe('token-limited: the owner holds view-privileged-setting only', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'token-limited', settings: { webhook_url: 'https://hooks.example.com/licenses' } });
	});
	afterAll(() => ctx.session.close());

	it('/license check starts with what works and, for what does not, the permission to grant', async () => {
		const text = await reply(ctx, '/license check');
		const lines = text.split('\n');
		expect(lines[0]).toBe('*What works with this token*');
		expect(lines.slice(1, 11)).toEqual([
			'✅ License and seats',
			"⛔ Seats over time and breakdown: the token's user lacks view-statistics. Grant it under Administration → Permissions, or use a token from an admin.",
			'✅ Idle seats',
			"⛔ Idle cross-check with the engagement dashboard: the token's user lacks view-engagement-dashboard. Grant it under Administration → Permissions, or use a token from an admin.",
			"⛔ Deactivate and undo: the token's user lacks edit-other-user-active-status. Grant it under Administration → Permissions, or use a token from an admin.",
			"⛔ Rocket.Chat Cloud announcements: the token's user lacks manage-cloud. Grant it under Administration → Permissions, or use a token from an admin.",
			'⛔ @here on critical notices: the app role lacks mention-here. Tick the “app” role under Administration → Permissions → mention-here.',
			'⛔ Email: set “Email recipients” in the app settings.',
			'✅ Webhook',
			'⛔ Metrics: set “Metrics secret” in the app settings.',
		]);
		expect(text).toContain('*License check*');
		// The server URL is this server's own Site URL on loopback: no redirect note.
		expect(text).not.toContain('follows the redirect');
	});

	it('costs no request beyond those a check makes: the roles are read once, nothing else is asked', async () => {
		const start = ctx.session.workspace?.calls.length ?? 0;
		await reply(ctx, '/license check');
		const calls = ctx.session.workspace?.calls.slice(start) ?? [];
		expect(calls.filter((call) => call.path === '/api/v1/permissions.listAll')).toHaveLength(1);
		expect(calls.filter((call) => /cloud\.|users\.|\/api\/info/.test(call.path))).toEqual([]);
	});

	it('speaks the caller’s language', async () => {
		const de = await openSession({ scenario: 'token-limited', userLanguages: { admin: 'de' } });
		try {
			const { text } = (await de.session.run('admin', '/license check')).at(-1) as IPostedMessage;
			expect(text).toContain('*Was mit diesem Token funktioniert*');
			expect(text).toContain('⛔ Plätze im Zeitverlauf und Aufschlüsselung: Dem Benutzer des Tokens fehlt view-statistics.');
		} finally {
			await de.session.close();
		}
	});
});

describe('community: no license on 8.2', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'community' });
	});
	afterAll(() => ctx.session.close());

	it('/license shows the private-app cap of 0 with LicenseApp as the one in use, and the air-gap countdown runs', async () => {
		const summary = await reply(ctx, '/license');
		expect(summary).toContain('*Private apps*: 1 of 0, none allowed · *reached* · LicenseApp included');
		const check = await reply(ctx, '/license check');
		expect(check).toContain('becomes read-only in 5 days');
	});
});

describe('addons and sync-stale', () => {
	it('addons: /license and /license modules name the add-ons apart from the modules', async () => {
		const ctx = await openSession({ scenario: 'addons' });
		try {
			expect(await reply(ctx, '/license')).toContain(
				'*Add-ons*: com\\.example\\.translation, com\\.example\\.recordings (they end with the license)',
			);
			const modules = await reply(ctx, '/license modules');
			expect(modules).toContain('20 modules are active');
			expect(modules).toContain('Add-ons granted by the license; they end when it ends:\n• com\\.example\\.translation');
		} finally {
			await ctx.session.close();
		}
	});

	it("sync-stale: /license check shows Cloud's announcement and says the last sync cannot be read", async () => {
		const ctx = await openSession({ scenario: 'sync-stale' });
		try {
			const text = await reply(ctx, '/license check');
			expect(text).toContain('✅ Rocket.Chat Cloud announcements');
			expect(text).toContain(
				// Cloud's text is inert (lib/render/inert.ts): a chat client shows the escaped dots as dots.
				'Rocket.Chat Cloud says: Workspace not synced This workspace has not synced with Rocket\\.Chat Cloud for 9 days\\.',
			);
			expect(text).toContain('Rocket.Chat’s API does not report it');
		} finally {
			await ctx.session.close();
		}
	});
});

describe('the deactivate confirmation and the server version', () => {
	const oauth = 'From Rocket.Chat 8.5 deactivating also revokes their OAuth tokens';

	it.each([
		['addons', '8.6.1', true],
		['near-cap', '7.10.2', false],
	])('%s (%s): the OAuth note is said: %s', async (scenario, _version, said) => {
		const ctx = await openSession({ scenario });
		try {
			await ctx.session.run('admin', '/seats idle');
			const [ask] = await ctx.session.click('admin', 'licenseapp_idle_deactivate');
			expect(ask.text).toContain('Deactivate 1 user?');
			expect(ask.text.includes(oauth)).toBe(said);
		} finally {
			await ctx.session.close();
		}
	});
});
