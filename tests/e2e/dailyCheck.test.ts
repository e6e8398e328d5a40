/** The daily check in a session: where it posts, the room fallbacks, and `/license check`. */
import type { ICaptured } from './harness';
import { logText, openSession } from './harness';

describe('where the check posts, and /license check', () => {
	let ctx: ICaptured;
	afterEach(() => ctx?.session.close());

	it('posts a critical notice without @here when the app role lacks mention-here (Rocket.Chat defaults)', async () => {
		ctx = await openSession({ scenario: 'over-cap', settings: { mention_here_on_critical: 'true' } });
		const [critical] = await ctx.session.job('daily-check');
		expect(critical).toMatchObject({ room: 'admins', ephemeral: false });
		expect(critical.text).toContain('Seat cap reached');
		expect(critical.text).not.toContain('@here');
		expect(logText(ctx.logs)).toContain('mention-here');
	});

	it('notifies @here on critical findings when asked, where the server lets the app role mention here', async () => {
		// Rocket.Chat refuses @here from a role without mention-here, and the app role lacks it by default.
		const roles = { 'mention-here': ['admin', 'owner', 'moderator', 'user', 'app'] };
		ctx = await openSession({ scenario: 'over-cap', settings: { mention_here_on_critical: 'true' }, permissionRoles: roles });
		const [critical] = await ctx.session.job('daily-check');
		expect(critical).toMatchObject({ room: 'admins', ephemeral: false });
		expect(critical.text.startsWith('@here')).toBe(true);
	});

	it('is scheduled daily at the configured time without running at enable, and follows a new time', async () => {
		ctx = await openSession({ scenario: 'near-cap' });
		const job = [...ctx.session.playground.jobs.values()].find((item) => item.id.startsWith('daily-check_'));
		expect(job).toMatchObject({ interval: '0 9 * * *', skipImmediate: true });
		expect(ctx.session.playground.world.messages).toHaveLength(0);
		await ctx.session.playground.setSetting('check_time', '07:30');
		expect([...ctx.session.playground.jobs.values()].find((item) => item.id.startsWith('daily-check_'))?.interval).toBe('30 7 * * *');
	});

	it('keeps the last valid value when a setting is invalid, says why in the log, and tells the admin under /license check', async () => {
		ctx = await openSession({ scenario: 'healthy', settings: { expiry_thresholds: 'abc', seat_thresholds: '150 %' } });
		expect(ctx.session.playground.getSetting('expiry_thresholds')).toBe('30, 14, 7, 3, 1');
		expect(ctx.session.playground.getSetting('seat_thresholds')).toBe('80, 90, 100');
		const log = logText(ctx.logs, ['error']);
		expect(log).toContain('Setting \\"expiry_thresholds\\" rejected: \\"abc\\": “abc” is not a whole number');
		expect(log).toContain('150 is outside 1–100');
		const [report] = await ctx.session.run('admin', '/license check');
		expect(report.text).toContain('⚠️ The setting “Expiry warnings (days before)” was not saved');
		expect(report.text).toContain('“abc” is not a whole number. The previous value stays in force.');
		expect(report.text).toContain('The setting “Seat warnings (percent of the cap)” was not saved');
		// A valid value clears the note.
		await ctx.session.playground.setSetting('expiry_thresholds', '30, 7');
		const [after] = await ctx.session.run('admin', '/license check');
		expect(after.text).not.toContain('Expiry warnings (days before)');
		expect(after.text).toContain('Seat warnings (percent of the cap)');
	});

	it('falls back to a direct message to the token owner when the room does not exist, says how to fix it, logs once', async () => {
		ctx = await openSession({ scenario: 'near-cap', settings: { admin_room: 'no-such-room' } });
		const [dm] = await ctx.session.job('daily-check');
		expect(dm.room).toContain('admin');
		expect(dm.room).not.toBe('admins');
		expect(dm.text).toContain('Seats are 92.5% full');
		expect(dm.text).toContain('cannot post in the admin room “no-such-room”');
		ctx.session.workspace?.setScenario('over-cap');
		expect(await ctx.session.job('daily-check')).toHaveLength(1);
		expect(logText(ctx.logs, ['warning']).match(/no-such-room/g)).toHaveLength(1);
	});

	it('logs a room the app cannot post in once, however many checks run', async () => {
		ctx = await openSession({ scenario: 'near-cap', settings: { admin_room: 'announcements' } });
		await ctx.session.job('daily-check');
		ctx.session.workspace?.setScenario('over-cap');
		await ctx.session.job('daily-check');
		ctx.session.workspace?.setScenario('near-cap');
		await ctx.session.job('daily-check');
		const warnings = logText(ctx.logs, ['warning']);
		expect(warnings.match(/cannot post in the admin room \\"announcements\\"/g)).toHaveLength(1);
		expect(warnings).not.toContain('No admin room is set');
	});

	it('logs the same room problem again once the room had worked in between', async () => {
		ctx = await openSession({ scenario: 'near-cap', settings: { admin_room: 'no-such-room' } });
		await ctx.session.job('daily-check');
		await ctx.session.playground.setSetting('admin_room', 'admins');
		ctx.session.workspace?.setScenario('over-cap');
		expect((await ctx.session.job('daily-check'))[0].room).toBe('admins');
		await ctx.session.playground.setSetting('admin_room', 'no-such-room');
		ctx.session.workspace?.setScenario('healthy');
		await ctx.session.job('daily-check');
		expect(logText(ctx.logs, ['warning']).match(/Admin room \\"no-such-room\\" was not found/g)).toHaveLength(2);
	});

	it('/license after a lapse says the license seen before is no longer active, and marks what is blocked', async () => {
		ctx = await openSession({ scenario: 'healthy' });
		await ctx.session.job('daily-check');
		ctx.session.workspace?.setScenario('lapsed');
		await ctx.session.job('daily-check');
		const [reply] = await ctx.session.run('admin', '/license');
		expect(reply.text).toMatch(/The Enterprise license last seen on \w+ \d+, \d{4} is no longer active\./);
		expect(reply.text).toContain('⛔ *Marketplace apps*: 7 of 5');
	});

	it('/license check that cannot read the license gives the cause and says the admin room was told', async () => {
		// The token's user lost view-privileged-setting: permissions.listAll still answers, the license is hidden.
		ctx = await openSession({ scenario: 'forbidden-8x' });
		const replies = await ctx.session.run('admin', '/license check');
		const mine = replies.find((reply) => reply.ephemeral);
		expect(replies.find((reply) => !reply.ephemeral)?.text).toContain('License data cannot be read');
		expect(mine?.text).toContain('lacks the view-privileged-setting permission');
		expect(mine?.text).toContain('Posted to #admins.');
	});

	it('falls back too when the app cannot post in the room, or no room is set', async () => {
		ctx = await openSession({ scenario: 'near-cap', settings: { admin_room: 'announcements' } });
		const [dm] = await ctx.session.job('daily-check');
		expect(dm.room).not.toBe('announcements');
		expect(dm.text).toContain('cannot post in the admin room “announcements”');
		await ctx.session.close();
		ctx = await openSession({ scenario: 'near-cap', settings: { admin_room: '' } });
		const [unset] = await ctx.session.job('daily-check');
		expect(unset.text).toContain('No admin room is set for LicenseApp');
	});

	it("posts in the server's language, whatever the caller's", async () => {
		ctx = await openSession({ scenario: 'near-cap', serverLanguage: 'de', userLanguages: { admin: 'es' } });
		const replies = await ctx.session.run('admin', '/license check');
		const room = replies.find((reply) => !reply.ephemeral);
		const mine = replies.find((reply) => reply.ephemeral);
		expect(room?.text).toContain('*Lizenzprüfung*');
		expect(room?.text).toMatch(/Die Plätze sind zu 92,5\s% belegt: 185 von 200 belegt, 15 frei\./);
		expect(mine?.text).toContain('Comprobación de la licencia');
	});

	it('/license check reports all clear privately on a healthy license and posts nothing', async () => {
		ctx = await openSession({ scenario: 'healthy' });
		const replies = await ctx.session.run('admin', '/license check');
		expect(replies).toHaveLength(1);
		expect(replies[0]).toMatchObject({ ephemeral: true, to: 'admin' });
		expect(replies[0].text).toContain('All clear: nothing in the license needs attention.');
	});

	it('/license check posts to the admin room as the job would, and tells the caller', async () => {
		ctx = await openSession({ scenario: 'trial-ending' });
		const replies = await ctx.session.run('admin', '/license check');
		const room = replies.find((reply) => !reply.ephemeral);
		const mine = replies.find((reply) => reply.ephemeral);
		expect(room?.room).toBe('admins');
		expect(room?.text).toMatch(/The trial ends in 5 days, on \w+ \d+, \d{4}/);
		expect(mine?.text).toContain('Posted to #admins.');
		// The job that follows has nothing new to say.
		expect(await ctx.session.job('daily-check')).toHaveLength(0);
	});
});
