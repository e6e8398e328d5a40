/** /seats trend, breakdown and export, and the forecast finding, on the packaged zip in the real Apps-Engine runtime. */
import type { ICaptured } from './harness';
import { TEST_NOW, cli, jsonLines, openSession } from './harness';

const STATISTICS = ['/api/v1/statistics.list', '/api/v1/statistics'];
const statisticsCalls = (ctx: ICaptured) => (ctx.session.workspace?.calls ?? []).filter((call) => STATISTICS.includes(call.path));

describe('seat history on a year of steady growth', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		// January 27th: late in the month, where last month's curve says little is left to come.
		ctx = await openSession({ scenario: 'seats-growth', rateLimit: false, now: TEST_NOW });
	});
	afterAll(() => ctx.session.close());

	it('backfills in bounded pages, newest first, then trend reads no statistics at all', async () => {
		const [first] = await ctx.session.run('admin', '/seats trend');
		const pages = statisticsCalls(ctx);
		expect(pages.length).toBeGreaterThan(0);
		expect(pages.length).toBeLessThanOrEqual(8);
		expect(pages[0].query).toEqual({ offset: '0', count: '50', sort: '{"createdAt":-1}' });
		expect(pages.every((call) => call.status === 200)).toBe(true);
		expect(first.text).toContain('*Seats over the last 90 days*');
		// Until the year is read, each command reads more.
		let reply = first;
		while (reply.text.includes('Still reading') && statisticsCalls(ctx).length < 20) {
			[reply] = await ctx.session.run('admin', '/seats trend');
		}
		expect(reply.text).not.toContain('Still reading');
		// 365 documents in pages of 50: 8 pages in all, however many runs it took.
		expect(statisticsCalls(ctx).length).toBeLessThanOrEqual(9);
		const before = statisticsCalls(ctx).length;
		const [trend] = await ctx.session.run('admin', '/seats trend');
		expect(statisticsCalls(ctx).length).toBe(before);
		expect(trend.ephemeral).toBe(true);
		expect(trend.text).toMatch(/`[▁▂▃▄▅▆▇█ ]{40,52}`/);
		expect(trend.text).toContain('█ 200 = the cap · one cell per 2 days');
		expect(trend.text).toContain('*Now*: 185 of 200');
		expect(trend.text).toMatch(/\*Peak\*: 185 on \w+ \d+, \d{4}/);
		expect(trend.text).toMatch(/\*Net change per week\* \(oldest first\): (\+\d · ){7}\+\d/);
		expect(trend.text).toMatch(
			/at the current pace \(\+4\.2 seats a week\) the cap of 200 is reached around \w+ \d+, \d{4}, in 2[4-6] days/,
		);
		expect(trend.text).toContain('*Monthly active contacts*: 610 of 1,000 by day 27; about 631 expected by the month’s end\n');
		expect(trend.text).toContain('From the workspace’s daily statistics snapshots.');
	});

	it('365 days: one cell a week, in the caller’s language', async () => {
		ctx.session.playground.world.setLanguage('admin', 'de');
		const [trend] = await ctx.session.run('admin', '/seats trend 365');
		ctx.session.playground.world.setLanguage('admin', 'en');
		expect(trend.text).toContain('*Plätze in den letzten 365 Tagen*');
		expect(trend.text).toContain('eine Zelle pro 8 Tage');
		expect(trend.text).toMatch(/im aktuellen Tempo \(\+4,2 Plätze pro Woche\) ist die Obergrenze von 200 um den \d+\. \w+ \d{4} erreicht/);
	});

	it('explains the seat count from the latest statistics snapshot', async () => {
		const [reply] = await ctx.session.run('admin', '/seats breakdown');
		expect(reply.text).toContain('*Seats in use now*: 185 of 200');
		expect(reply.text).toContain('• *Active users*: 185, each holds a seat');
		// Pending users come from the simulated user directory's users.listByStatus (the one idle seats read).
		const pending = (ctx.session.workspace?.directory.users ?? []).filter((u) => u.active && u.type === 'user' && !u.lastLogin).length;
		expect(pending).toBeGreaterThan(1);
		expect(reply.text).toContain(`• *Never signed in*: ${pending} active accounts today`);
		expect(reply.text).toContain('• *Guests* (guest role only): 20, no seat');
		expect(reply.text).toContain('• *App users*: 3, no seat');
		expect(reply.text).toContain('• *Deactivated users*: 14, no seat');
		expect(reply.text).toContain('• *All accounts*: 224');
	});

	it('exports the series as a CSV uploaded to the caller’s direct message, never the shared room', async () => {
		const posted = await ctx.session.run('admin', '/seats export');
		const upload = posted.find((message) => message.upload);
		expect(upload).toMatchObject({ room: 'admin__licenseapp.bot', sender: 'licenseapp.bot', ephemeral: false });
		const lines = (upload?.upload?.content ?? '').trim().split('\r\n');
		expect(lines[0]).toBe('date,seats,cap,guests,monthly_active_contacts');
		expect(lines.length).toBeGreaterThanOrEqual(366);
		expect(lines[lines.length - 1]).toMatch(/^\d{4}-\d{2}-\d{2},185,,20,\d+$/);
		const reply = posted.find((message) => message.ephemeral);
		expect(reply?.room).toBe('general');
		expect(reply?.text).toMatch(/Sent seats-\d{4}-\d{2}-\d{2}\.csv \(\d+ days\) to you in a direct message from licenseapp\.bot\./);
		expect(posted.filter((message) => message.room === 'general' && !message.ephemeral)).toEqual([]);
	});

	it('the daily check reads at most one page and posts the forecast finding once', async () => {
		const before = statisticsCalls(ctx).length;
		const [notice] = await ctx.session.job('daily-check');
		expect(statisticsCalls(ctx).length - before).toBeLessThanOrEqual(1);
		expect(notice.room).toBe('admins');
		expect(notice.text).toMatch(/ℹ️ At the current pace \(\+4\.2 seats a week\) seats reach the cap of 200 around .+, in 2[4-6] days\./);
		expect(await ctx.session.job('daily-check')).toEqual([]);
	});

	it('refuses a caller without view-privileged-setting, reading nothing', async () => {
		const before = ctx.session.workspace?.calls.length ?? 0;
		const [reply] = await ctx.session.run('user', '/seats trend', { direct: true });
		expect(reply.text).toContain('You need the view-privileged-setting permission');
		const paths = (ctx.session.workspace?.calls ?? []).slice(before).map((call) => call.path);
		expect(paths.filter((path) => STATISTICS.includes(path) || path.startsWith('/api/v1/licenses'))).toEqual([]);
	});
});

describe('monthly active contacts across a month and a year boundary', () => {
	const DAY_MS = 86_400_000;
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'seats-growth', rateLimit: false, now: '2026-12-02T10:00:00Z' });
	});
	afterAll(() => ctx.session.close());
	/** The contacts line of /seats trend, once the statistics backfill is done (on a busy machine it takes several runs). */
	const contactsLine = async () => {
		let [trend] = await ctx.session.run('admin', '/seats trend');
		for (let runs = 1; trend.text.includes('Still reading') && runs < 10; runs++) {
			[trend] = await ctx.session.run('admin', '/seats trend');
		}
		return trend.text.split('\n').find((line) => line.startsWith('*Monthly active contacts*'));
	};

	it('says nothing about the month’s end on day 2, and no straight line from day 6 cries wolf', async () => {
		expect(await contactsLine()).toBe('*Monthly active contacts*: 610 of 1,000 by day 2');
		ctx.session.wait(4 * DAY_MS);
		const notices = await ctx.session.job('daily-check');
		// 610 by day 6 once read as "about 3,152 by the month's end, over the cap".
		expect(notices.map((notice) => notice.text).join('\n')).not.toContain('Monthly active contacts');
		expect(await contactsLine()).toBe('*Monthly active contacts*: 610 of 1,000 by day 6; about 740 expected by the month’s end');
	});

	it('starts again on January 1st and projects from December from the 3rd', async () => {
		ctx.session.wait(26 * DAY_MS);
		await ctx.session.job('daily-check');
		expect(await contactsLine()).toBe('*Monthly active contacts*: 610 of 1,000 by day 1');
		ctx.session.wait(2 * DAY_MS);
		await ctx.session.job('daily-check');
		expect(await contactsLine()).toBe('*Monthly active contacts*: 610 of 1,000 by day 3; about 740 expected by the month’s end');
	});
});

describe('monthly active contacts expected over the cap', () => {
	it('the daily check warns once, /seats trend marks the line, and the warning recovers when the month slows', async () => {
		const ctx = await openSession({ scenario: 'contacts-surge', now: '2027-01-06T10:00:00Z', settings: { admin_room: 'admins' } });
		try {
			const [notice] = await ctx.session.job('daily-check');
			expect(notice.room).toBe('admins');
			expect(notice.text).toContain(
				'⚠️ Monthly active contacts: 900 of 1,000 by day 6; about 1,092 expected by the month’s end, over the cap.',
			);
			const [trend] = await ctx.session.run('admin', '/seats trend');
			expect(trend.text).toContain(
				'*Monthly active contacts*: ⚠️ 900 of 1,000 by day 6; about 1,092 expected by the month’s end, over the cap',
			);
			expect(await ctx.session.job('daily-check')).toEqual([]);
			// By the 27th December's curve says little is left to come: about 931, under the cap (told after two checks).
			ctx.session.wait(21 * 86_400_000);
			const quiet = await ctx.session.job('daily-check');
			ctx.session.wait(86_400_000);
			const recovered = [...quiet, ...(await ctx.session.job('daily-check'))].map((message) => message.text).join('\n');
			expect(recovered).toContain('✅ Monthly active contacts are no longer expected to pass the cap of 1,000 this month.');
		} finally {
			await ctx.session.close();
		}
	}, 120_000);
});

describe('seat history in other shapes, through the CLI', () => {
	it('a spike is the peak but not a trend; falling says so; a fresh install has too little history', async () => {
		const spike = await cli(['--scenario', 'seats-spike', '--json', '--run', '/seats trend 30']);
		const [spikeReply] = jsonLines(spike.stdout);
		expect(spikeReply.text).toMatch(/\*Peak\*: 19[56] on/);
		expect(spikeReply.text).toContain('the cap of 200 is not reached within a year');
		const falling = await cli(['--scenario', 'seats-falling', '--json', '--run', '/seats trend']);
		expect(jsonLines(falling.stdout)[0].text).toContain('seats are falling (-2.1 seats a week)');
		const fresh = await cli(['--scenario', 'fresh-install', '--json', '--run', '/seats trend', '--run', '/seats export']);
		const [freshTrend, upload] = jsonLines(fresh.stdout) as Array<Record<string, any>>;
		// Five snapshots plus today's own reading: 5 or 6 distinct days, depending on the hour the test runs.
		expect(freshTrend.text).toMatch(/too little history yet \([56] days\)/);
		expect(upload).toMatchObject({ upload: { room: 'admin__licenseapp.bot', filename: expect.stringMatching(/^seats-.*\.csv$/) } });
	}, 180_000);

	it('without view-statistics the daily check keeps its own history and says since when', async () => {
		const result = await cli([
			'--scenario',
			'no-statistics',
			'--json',
			'--job',
			'daily-check',
			'--run',
			'/seats trend',
			'--run',
			'/seats breakdown',
		]);
		const [trend, breakdown] = jsonLines(result.stdout);
		expect(trend.text).toMatch(/This history is LicenseApp’s own, one reading a day since \w+ \d+, \d{4}/);
		expect(trend.text).toContain('too little history yet (1 day)');
		expect(breakdown.text).toContain('The workspace statistics need the view-statistics permission');
	}, 120_000);
});
