/**
 * The world's clock walked forward (`--wait`, Session.wait): the app, the engine and the simulated workspace all see the
 * same days, so every rule about days is tested on the day it matters, whatever day the suite runs.
 */
import type { ICaptured } from './harness';
import { openSession, texts } from './harness';

const DAY = 86_400_000;

const ACTION = {
	deactivate: 'licenseapp_idle_deactivate',
	confirm: 'licenseapp_idle_confirm',
	undo: 'licenseapp_idle_undo',
};

/** The room's license lines, by ISO day, from one daily check a day for `days` days. */
async function dailyLicenseLines(ctx: ICaptured, days: number): Promise<Array<[string, string]>> {
	const told: Array<[string, string]> = [];
	for (let day = 0; day < days; day++) {
		const posted = await ctx.session.job('daily-check');
		const today = new Date().toISOString().slice(0, 10);
		for (const line of texts(posted).split('\n')) {
			if (/license/i.test(line) && !line.startsWith('*License check*')) {
				told.push([today, line]);
			}
		}
		ctx.session.wait(DAY);
	}
	return told;
}

describe('a license from 35 days before its end to 3 days after, then a renewal', () => {
	let ctx: ICaptured;
	afterEach(() => ctx?.session.close());

	it('tells each threshold once, on its day, then the lapse, then the new license', async () => {
		ctx = await openSession({ scenario: 'ends-in-35', now: '2027-01-27T10:00:00Z' });
		const told = await dailyLicenseLines(ctx, 39);
		expect(told).toEqual([
			['2027-02-01', expect.stringContaining('The license expires in 30 days, on March 3, 2027.')],
			['2027-02-17', expect.stringContaining('The license expires in 14 days, on March 3, 2027.')],
			['2027-02-24', expect.stringContaining('The license expires in 7 days, on March 3, 2027.')],
			['2027-02-28', expect.stringContaining('The license expires in 3 days, on March 3, 2027.')],
			['2027-03-02', expect.stringContaining('The license expires in 1 day, on March 3, 2027.')],
			['2027-03-03', expect.stringContaining('Your Enterprise license expired on March 3, 2027.')],
		]);
		// The last call before the end says that Rocket.Chat switches the app off with the license.
		expect(told[4][1]).toContain('This may be the last message from LicenseApp');
		ctx.session.workspace?.setScenario('healthy');
		// A recovery is told once it has held for two checks.
		expect(texts(await ctx.session.job('daily-check'))).not.toContain('license is active again');
		ctx.session.wait(DAY);
		expect(texts(await ctx.session.job('daily-check'))).toContain(
			'An Enterprise license is active again: Enterprise, valid until August 15, 2027.',
		);
	});

	it('counts across a year boundary', async () => {
		ctx = await openSession({ scenario: 'ends-in-35', now: '2027-12-20T10:00:00Z' });
		const told = await dailyLicenseLines(ctx, 6);
		expect(told).toEqual([['2027-12-25', expect.stringContaining('The license expires in 30 days, on January 24, 2028.')]]);
	});

	it('counts through 29 February', async () => {
		ctx = await openSession({ scenario: 'ends-in-35', now: '2028-01-26T10:00:00Z' });
		ctx.session.wait(32 * DAY);
		const told = await dailyLicenseLines(ctx, 4);
		expect(told).toEqual([
			['2028-02-27', expect.stringContaining('The license expires in 3 days, on March 1, 2028.')],
			['2028-02-29', expect.stringContaining('The license expires in 1 day, on March 1, 2028.')],
			['2028-03-01', expect.stringContaining('Your Enterprise license expired on March 1, 2028.')],
		]);
	});
});

describe('idle seats as days pass', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'near-cap', now: '2027-01-27T10:00:00Z' });
	});
	afterAll(() => ctx.session.close());

	const idleText = async (): Promise<string> => texts(await ctx.session.run('admin', '/seats idle'));

	const idOf = (username: string): string =>
		ctx.session.workspace?.directory.users.find((user) => user.username === username)?._id as string;

	/** Deactivates one listed user through the buttons; the audit post's Undo carries their id. */
	const deactivate = async (username: string): Promise<void> => {
		await ctx.session.run('admin', '/seats idle');
		await ctx.session.click('admin', `${ACTION.deactivate}=${idOf(username)}`);
		const done = await ctx.session.click('admin', ACTION.confirm);
		expect(texts(done)).toContain(`deactivated @${username}`);
	};

	const undo = async (username: string): Promise<string> =>
		texts(await ctx.session.playground.interact('admin', { actionId: ACTION.undo, value: idOf(username), room: 'admins' }));

	it('moves the 30-day cutoff with the days: regulars whose last login passes it are checked against the dashboard', async () => {
		const oldLogins = async () => Number(/dashboard: (\d+) with an old last login/.exec(await idleText())?.[1]);
		expect(await oldLogins()).toBe(7);
		ctx.session.wait(12 * DAY);
		expect(await oldLogins()).toBeGreaterThan(7);
	});

	it('keeps Undo for 7 days after a deactivation, then refuses it', async () => {
		await deactivate('ana.silva168');
		await deactivate('elena.schulz172');
		ctx.session.wait(6 * DAY + 23 * 3_600_000);
		expect(await undo('ana.silva168')).toContain('@ana.silva168 is active again.');
		ctx.session.wait(2 * 3_600_000);
		expect(await undo('elena.schulz172')).toBe('Undo is no longer possible: it lasts 7 days.');
	});
});
