/**
 * The daily check end to end: the playground CLI with --state, as after real restarts, and sessions for the room
 * fallbacks and `/license check`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import type { ICaptured } from './harness';
import { cli, jsonLines, logText, openSession } from './harness';

const JOB = ['--job', 'daily-check'];

describe('the daily job through the playground CLI, with --state', () => {
	let dir: string;
	let state: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-state-'));
		state = path.join(dir, 'state.json');
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	const run = async (scenario: string, ...extra: string[]) => {
		const result = await cli(['--scenario', scenario, ...JOB, '--state', state, '--json', ...extra]);
		expect(result.code).toBe(0);
		return jsonLines(result.stdout);
	};

	it('posts once when run twice, and nothing new after a restart', async () => {
		const first = await cli(['--scenario', 'near-cap', ...JOB, ...JOB, '--state', state, '--json']);
		const posted = jsonLines(first.stdout);
		expect(posted).toHaveLength(1);
		expect(posted[0]).toMatchObject({ room: 'admins', ephemeral: false });
		expect(posted[0].text).toContain('Seats are 92.5% full: 185 of 200 used, 15 left.');
		expect(posted[0].text).toContain('Guests at 92% of the cap: 46 of 50.');
		expect(JSON.parse(fs.readFileSync(state, 'utf8')).persistence.length).toBeGreaterThan(0);
		// A restart (or a second server of a cluster) reads the same persistence and has nothing new to say.
		expect(await run('near-cap')).toHaveLength(0);
	});

	it('escalates as seats fill, says so once when they recover, and then keeps quiet', async () => {
		expect(await run('near-cap')).toHaveLength(1);
		const [worse] = await run('over-cap');
		expect(worse.text).toContain('🚨 Seat cap reached: 205 of 200 used. At the cap, new users cannot be created or activated.');
		// A recovery is told once it holds for two checks (hysteresis): the guests left the warning zone a check earlier.
		const [guests] = await run('healthy');
		expect(guests.text).toContain('✅ Guests: back under 80% (12 of 100).');
		expect(guests.text).not.toContain('Seats are back');
		const [better] = await run('healthy');
		expect(better.text).toContain('✅ Seats are back under 80%: 120 of 200.');
		expect(await run('healthy')).toHaveLength(0);
	});

	it('calls a lapse a lapse, not Community, and the renewal good news, once each', async () => {
		expect(await run('healthy')).toHaveLength(0);
		const [lapsed] = await run('lapsed');
		expect(lapsed.text).toMatch(
			/🚨 The Enterprise license is no longer active \(noticed on \w+ \d+, \d{4}\)\. The workspace now runs with Community limits\./,
		);
		expect(lapsed.text).not.toContain('Community limits apply');
		expect(await run('lapsed')).toHaveLength(0);
		expect(await run('healthy')).toHaveLength(0);
		const [back] = await run('healthy');
		expect(back.text).toMatch(/✅ An Enterprise license is active again: Enterprise, valid until/);
		expect(await run('healthy')).toHaveLength(0);
	});

	it('says once when new users are no longer blocked, and again if they are blocked later', async () => {
		expect(await run('over-cap')).toHaveLength(1);
		// The first check that is no longer blocked says nothing about it yet (hysteresis).
		const [first] = await run('near-cap');
		expect(first.text).not.toContain('New users can be created');
		const [freed] = await run('near-cap');
		expect(freed.text).toContain('✅ New users can be created and activated again: 185 of 200 seats used.');
		expect(await run('near-cap')).toHaveLength(0);
		const [again] = await run('over-cap');
		expect(again.text).toContain('🚨 Seat cap reached');
	});

	it('names the host it could not reach, in the admin room too', async () => {
		const [down] = await run('unreachable');
		expect(down.text).toContain('The workspace at 127.0.0.1:9 could not be reached.');
	});

	it('posts one notice for an outage, not one a day', async () => {
		const [down] = await run('server-error');
		expect(down.text).toContain('⚠️ License data cannot be read: The workspace answered with a server error (HTTP 502).');
		expect(await run('server-error')).toHaveLength(0);
		expect(await run('healthy')).toHaveLength(0);
		const [up] = await run('healthy');
		expect(up.text).toContain('✅ License data can be read again.');
	});

	it('posts a daily digest once a day when asked, and notifies @here on critical findings when asked', async () => {
		const [digest] = await run('healthy', '--setting', 'daily_digest=true');
		expect(digest.text).toMatch(/📋 Daily license status: Enterprise · seats 120 of 200 · expires/);
		expect(await run('healthy', '--setting', 'daily_digest=true')).toHaveLength(0);
		const [critical] = await run('over-cap', '--setting', 'mention_here_on_critical=true');
		expect(critical.text.startsWith('@here')).toBe(true);
	});

	it('exits 0 and prints exactly one JSON object per message', async () => {
		const result = await cli(['--scenario', 'unauthorized', '--run', '/license', '--run', '/seats', '--json']);
		expect(result.code).toBe(0);
		const lines = jsonLines(result.stdout);
		expect(lines).toHaveLength(2);
		for (const line of lines) {
			expect(Object.keys(line).sort()).toEqual(['blocks', 'ephemeral', 'room', 'text']);
			expect(line.text).toContain('HTTP 401');
		}
	});

	it('lists the scenarios', async () => {
		const result = await cli(['--scenario', 'list']);
		expect(result.code).toBe(0);
		for (const name of ['healthy', 'near-cap', 'trial-ending', 'over-cap', 'unlimited', 'no-license', 'old-6.4', 'unreachable']) {
			expect(result.stdout).toMatch(new RegExp(`^${name.replace('.', '\\.')}\\s`, 'm'));
		}
	});
});

describe('where the check posts, and /license check', () => {
	let ctx: ICaptured;
	afterEach(() => ctx?.session.close());

	it('is scheduled daily at the configured time without running at enable, and follows a new time', async () => {
		ctx = await openSession({ scenario: 'near-cap' });
		const job = [...ctx.session.playground.jobs.values()].find((item) => item.id.startsWith('daily-check_'));
		expect(job).toMatchObject({ interval: '0 9 * * *', skipImmediate: true });
		expect(ctx.session.playground.world.messages).toHaveLength(0);
		await ctx.session.playground.setSetting('check_time', '07:30');
		expect([...ctx.session.playground.jobs.values()].find((item) => item.id.startsWith('daily-check_'))?.interval).toBe('30 7 * * *');
	});

	it('keeps the last valid value when a setting is invalid, and says why in the log', async () => {
		ctx = await openSession({ scenario: 'healthy', settings: { expiry_thresholds: 'abc', seat_thresholds: '150 %' } });
		expect(ctx.session.playground.getSetting('expiry_thresholds')).toBe('30, 14, 7, 3, 1');
		expect(ctx.session.playground.getSetting('seat_thresholds')).toBe('80, 90, 100');
		const log = logText(ctx.logs, ['error']);
		expect(log).toContain('Setting \\"expiry_thresholds\\" rejected: \\"abc\\": \\"abc\\" is not a whole number');
		expect(log).toContain('150 is outside 1–100');
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
