/** /license and /seats driven as a user would, on the packaged zip in the real Apps-Engine runtime. */
import type { ICaptured } from './harness';
import { logText, openSession, texts } from './harness';
import { denoBuildFor, selectedEngine } from '../../playground/engine/engines';
import { blockTexts } from '../support/kit';

const LICENSE_API = ['/api/v1/licenses.info', '/api/v1/licenses.get', '/api/v1/licenses.maxActiveUsers'];

describe('/license and /seats on a healthy Enterprise workspace', () => {
	let ctx: ICaptured;
	beforeAll(async () => {
		ctx = await openSession({ scenario: 'healthy' });
	});
	afterAll(() => ctx.session.close());

	it('runs on the engine this jest project names (LICENSEAPP_ENGINE), on the Deno line its servers ship', () => {
		const engine = selectedEngine();
		expect(ctx.session.playground.runsOn.engine).toBe(engine.version);
		expect(ctx.session.playground.runsOn.deno.split('.')[0]).toBe(
			String(denoBuildFor(process.platform, process.arch, engine.denoLine)?.line),
		);
	});

	it('answers /license privately to the caller, from the app user, with blocks and full text', async () => {
		const [reply, ...more] = await ctx.session.run('admin', '/license');
		expect(more).toHaveLength(0);
		expect(reply).toMatchObject({ room: 'general', ephemeral: true, to: 'admin', sender: 'licenseapp.bot' });
		expect(reply.text).toContain('*Plan*: Enterprise');
		expect(reply.text).toContain('*Trial*: no');
		expect(reply.text).toMatch(/\*Expires\*: \w+ \d+, \d{4}, 200 days left · renews automatically/);
		expect(reply.text).toContain('Ada Admin, Example Corp');
		expect(reply.text).toContain('20 active modules');
		expect(reply.text).toContain('`/license limits`');
		expect(reply.blocks.length).toBeGreaterThan(1);
		for (const text of blockTexts(reply)) {
			expect(reply.text).toContain(text);
		}
	});

	it('answers /seats with the bar, used, maximum, remaining, guests and new-user status', async () => {
		const [reply] = await ctx.session.run('admin', '/seats');
		expect(reply.ephemeral).toBe(true);
		expect(reply.text).toContain('`██████░░░░` 60%');
		expect(reply.text).toContain('*Used*: 120 · *Maximum*: 200');
		expect(reply.text).toContain('*Remaining*: 80');
		expect(reply.text).toContain('*Guests*: 12 of 100');
		expect(reply.text).toContain('*New users*: can be added');
	});

	it('lists every limit, the modules by name, and the help', async () => {
		const [limits] = await ctx.session.run('admin', '/license limits');
		expect(limits.text).toContain('*Seats (active users)*: 120 of 200 · 60%');
		expect(limits.text).toContain('*Marketplace apps*: 7 (unlimited)');
		expect(limits.text).toContain('When reached: new users cannot be created or activated');
		const [modules] = await ctx.session.run('admin', '/license modules');
		expect(modules.text).toContain('20 modules are active');
		expect(modules.text).toContain('• Omnichannel Enterprise');
		const [help] = await ctx.session.run('admin', '/license help');
		expect(help.text).toContain('`/license check`');
		expect(help.text).not.toContain('did not understand');
	});

	it('gives the help with a note for an unknown sub-command, for both commands, without calling the API', async () => {
		const before = ctx.session.workspace?.calls.length;
		const [license] = await ctx.session.run('admin', '/license frobnicate');
		const [seats] = await ctx.session.run('admin', '/seats all please');
		expect(license.text).toContain('I did not understand “frobnicate”.');
		expect(seats.text).toContain('I did not understand “all please”.');
		expect(license.text).toContain('`/license limits`');
		expect(ctx.session.workspace?.calls.length).toBe(before);
	});

	it('makes at most 2 licenses.info calls for ten /license in a row', async () => {
		const start = ctx.session.workspace?.calls.length ?? 0;
		for (let i = 0; i < 10; i++) {
			const [reply] = await ctx.session.run('admin', '/license');
			expect(reply.text).toContain('*Plan*: Enterprise');
		}
		const calls = ctx.session.workspace?.calls.slice(start) ?? [];
		expect(calls.filter((call) => call.path === '/api/v1/licenses.info').length).toBeLessThanOrEqual(2);
		expect(calls.every((call) => call.status === 200)).toBe(true);
	});
});

describe('the situations an admin meets', () => {
	let ctx: ICaptured;
	afterEach(() => ctx?.session.close());

	it('near the cap: /license flags seats and guests, /seats shows what remains', async () => {
		ctx = await openSession({ scenario: 'near-cap' });
		const [license] = await ctx.session.run('admin', '/license');
		expect(license.text).toContain('⚠️ *Seats (active users)*: 185 of 200 · 92.5%');
		expect(license.text).toContain('⚠️ *Guests*: 46 of 50 · 92%');
		const [seats] = await ctx.session.run('admin', '/seats');
		expect(seats.text).toContain('`█████████░` 92.5%');
		expect(seats.text).toContain('*Remaining*: 15');
	});

	it('over the cap with new users blocked', async () => {
		ctx = await openSession({ scenario: 'over-cap' });
		const [license] = await ctx.session.run('admin', '/license');
		expect(license.text).toContain('⛔ *Seats (active users)*: 205 of 200 · 102.5% · *reached*');
		const [seats] = await ctx.session.run('admin', '/seats');
		expect(seats.text).toContain('*Over the cap by*: 5');
		expect(seats.text).toContain('⛔ blocked: new users cannot be created or activated');
	});

	it('a trial ending in 5 days', async () => {
		ctx = await openSession({ scenario: 'trial-ending' });
		const [license] = await ctx.session.run('admin', '/license');
		expect(license.text).toContain('*Trial*: yes');
		expect(license.text).toMatch(/5 days left · does not renew automatically/);
	});

	it('a license that ends today', async () => {
		ctx = await openSession({ scenario: 'expires-today' });
		const [license] = await ctx.session.run('admin', '/license');
		expect(license.text).toMatch(/\*Expires\*: today, \w+ \d+, \d{4}/);
	});

	it('no license: says Community plainly and shows the default limits; /seats gives the active users', async () => {
		ctx = await openSession({ scenario: 'no-license' });
		const [license] = await ctx.session.run('admin', '/license');
		expect(license.text).toContain('No Enterprise license: this workspace runs on Community.');
		// From 7.0 Community may enable no private app: LicenseApp, installed before, is the one in use.
		expect(license.text).toContain('*Private apps*: 1 of 0, none allowed');
		expect(license.text).toContain('*Marketplace apps*: 4 of 5');
		const [seats] = await ctx.session.run('admin', '/seats');
		expect(seats.text).toContain('Community has no seat cap. Active users: 42.');
	});

	it('unlimited: no -1, null or NaN anywhere', async () => {
		ctx = await openSession({ scenario: 'unlimited' });
		const replies = [...(await ctx.session.run('admin', '/license limits')), ...(await ctx.session.run('admin', '/seats'))];
		const all = texts(replies);
		expect(all).toContain('*Maximum*: unlimited');
		expect(all).toContain('640 (unlimited)');
		expect(all).not.toMatch(/-1|null|NaN|undefined/);
	});

	it('an old 6.4 server answers through licenses.get', async () => {
		ctx = await openSession({ scenario: 'old-6.4' });
		const [license] = await ctx.session.run('admin', '/license');
		expect(license.text).toContain('*Plan*: Enterprise');
		expect(license.text).toContain('Read from licenses.get');
		const [seats] = await ctx.session.run('admin', '/seats');
		expect(seats.text).toContain('*Used*: 150 · *Maximum*: 200');
		expect(ctx.session.workspace?.calls.some((call) => call.path === '/api/v1/licenses.get' && call.status === 200)).toBe(true);
	});
});

describe('who may see license data', () => {
	let ctx: ICaptured;
	afterEach(() => ctx?.session.close());

	it('the client refuses a user without view-privileged-setting before the app runs: no API call at all', async () => {
		ctx = await openSession({ scenario: 'healthy' });
		// The app read the roles once when its connection settings were saved; the refused commands add nothing.
		const before = ctx.session.workspace?.calls.length;
		const replies = [...(await ctx.session.run('user', '/license')), ...(await ctx.session.run('user', '/seats'))];
		expect(replies.every((reply) => reply.sender === 'rocket.cat')).toBe(true);
		expect(texts(replies)).not.toMatch(/Enterprise|200|120/);
		expect(ctx.session.workspace?.calls.length).toBe(before);
	});

	it('the app refuses on its own when the command reaches it directly (commands.run): no license call', async () => {
		ctx = await openSession({ scenario: 'healthy' });
		const replies = [
			...(await ctx.session.run('user', '/license', { direct: true })),
			...(await ctx.session.run('user', '/seats', { direct: true })),
		];
		expect(replies).toHaveLength(2);
		for (const reply of replies) {
			expect(reply).toMatchObject({ sender: 'licenseapp.bot', ephemeral: true, to: 'user' });
			expect(reply.text).toBe('You need the view-privileged-setting permission to see license information.');
		}
		const paths = ctx.session.workspace?.calls.map((call) => call.path) ?? [];
		expect(paths.filter((path) => LICENSE_API.includes(path))).toHaveLength(0);
	});

	it('refuses, and says why, when the permission cannot be checked', async () => {
		ctx = await openSession({ scenario: 'unauthorized' });
		const [reply] = await ctx.session.run('user', '/license', { direct: true });
		// Titled by the fault (the token), not as if the caller were at fault.
		expect(reply.text).toContain('The workspace refused LicenseApp’s access token.');
		expect(reply.text).not.toContain('your permission');
		expect(reply.text).toContain('HTTP 401');
		const paths = ctx.session.workspace?.calls.map((call) => call.path) ?? [];
		expect(paths.filter((path) => LICENSE_API.includes(path))).toHaveLength(0);
	});

	it('a custom role that holds the permission is let in (no hard-coded admin role)', async () => {
		ctx = await openSession({ scenario: 'healthy', permissionRoles: { 'view-privileged-setting': ['admin', 'license-viewer'] } });
		ctx.session.playground.world.users.get('user-id')?.roles.push('license-viewer');
		const [reply] = await ctx.session.run('user', '/seats');
		expect(reply.sender).toBe('licenseapp.bot');
		expect(reply.text).toContain('*Used*: 120');
	});
});

describe('languages', () => {
	let ctx: ICaptured;
	afterEach(() => ctx?.session.close());

	it("answers in the caller's own language, with its date and number formats", async () => {
		ctx = await openSession({ scenario: 'near-cap', userLanguages: { admin: 'pt-BR' } });
		const [license] = await ctx.session.run('admin', '/license');
		const [seats] = await ctx.session.run('admin', '/seats');
		expect(license.text).toMatch(/\d+ de \w+ de \d{4}/);
		expect(license.text).toContain('92,5');
		expect(license.text).not.toContain('Expires');
		expect(seats.text).not.toContain('Remaining');
	});

	it("gives every error in the caller's language", async () => {
		ctx = await openSession({ scenario: 'unauthorized', userLanguages: { admin: 'es' } });
		const [reply] = await ctx.session.run('admin', '/license');
		expect(reply.text).toContain('HTTP 401');
		expect(reply.text).not.toContain('refused the access token');
		expect(reply.text).toMatch(/token/);
	});

	it("falls back to the server's language when the caller has none", async () => {
		ctx = await openSession({ scenario: 'healthy', serverLanguage: 'de' });
		const [license] = await ctx.session.run('admin', '/license');
		expect(license.text).toMatch(/\d+\. \w+ \d{4}/);
		expect(license.text).not.toContain('days left');
	});
});

describe('faults: a specific message, nothing leaked, the app keeps answering', () => {
	let ctx: ICaptured;
	afterEach(() => ctx?.session.close());

	const cases: Array<[string, Record<string, string>, RegExp]> = [
		['unauthorized', {}, /refused the access token \(HTTP 401\)/],
		['forbidden-8x', {}, /lacks the view-privileged-setting permission/],
		['rate-limited', {}, /Try again in \d+ (seconds?|minutes?|hour)\./],
		['server-error', {}, /server error \(HTTP 502\)/],
		['malformed', {}, /answered \/api\/v1\/\S+ with something that is not JSON/],
		['unreachable', {}, /could not be reached/],
		['timeout', { request_timeout: '1' }, /did not answer within 1 second\./],
		['healthy', { access_token: '' }, /not connected to the workspace API yet \(missing: access token\)/],
		['forbidden', {}, /lacks the view-privileged-setting permission/],
	];

	it.each(cases)('%s (%j)', async (scenario, settings, expected) => {
		ctx = await openSession({ scenario, settings });
		const [reply] = await ctx.session.run('admin', '/license');
		expect(reply.text).toMatch(expected);
		expect(reply.text).not.toMatch(/<html|<\/|stack|at \w+ \(/i);
		const all = texts(ctx.session.playground.world.messages) + JSON.stringify(ctx.logs);
		expect(all).not.toContain(ctx.session.token);
		// Still enabled: the next command gets an answer too.
		expect(await ctx.session.run('admin', '/seats')).toHaveLength(1);
	});

	it('a server URL with no Rocket.Chat API behind it: not found', async () => {
		ctx = await openSession({ scenario: 'healthy' });
		await ctx.session.playground.setSetting('server_url', `${ctx.session.workspace?.url ?? ''}/elsewhere`);
		const [reply] = await ctx.session.run('admin', '/license');
		expect(reply.text).toMatch(/has no \/api\/v1\/\S+ \(HTTP 404\)/);
	});

	it('a Site URL that is not an address, when the server URL setting is empty: invalid URL', async () => {
		ctx = await openSession({ scenario: 'healthy' });
		const site = ctx.session.playground.world.serverSettings.get('Site_Url');
		if (site) {
			site.value = 'chat.example.com';
		}
		const before = ctx.session.workspace?.calls.length;
		const [reply] = await ctx.session.run('admin', '/license');
		expect(reply.text).toContain('The server URL setting is not an http(s) address.');
		expect(ctx.session.workspace?.calls.length).toBe(before);
	});

	it('the not-configured answer explains, step by step, how to create the token', async () => {
		ctx = await openSession({ scenario: 'healthy', settings: { user_id: '', access_token: '' } });
		const [reply] = await ctx.session.run('admin', '/seats');
		expect(reply.text).toContain('*LicenseApp is not connected to the workspace yet.*');
		expect(reply.text).toContain('missing: user id, access token');
		expect(reply.text).toContain('1. Sign in as an administrator and open My Account → Personal Access Tokens.');
		expect(reply.text).toContain('4. Paste both in Administration → Apps → LicenseApp → Settings');
		expect(ctx.session.workspace?.calls).toHaveLength(0);
	});

	it('recovers as soon as the workspace does', async () => {
		ctx = await openSession({ scenario: 'server-error' });
		expect((await ctx.session.run('admin', '/license'))[0].text).toContain('HTTP 502');
		ctx.session.workspace?.setScenario('healthy');
		expect((await ctx.session.run('admin', '/license'))[0].text).toContain('*Plan*: Enterprise');
	});

	it('never shows the token: not in replies, posts, or any log line, debug included', async () => {
		ctx = await openSession({ scenario: 'near-cap' });
		await ctx.session.run('admin', '/license');
		await ctx.session.run('admin', '/license check');
		await ctx.session.playground.setSetting('access_token', 'not-the-right-one');
		await ctx.session.run('admin', '/seats');
		await ctx.session.playground.setSetting('access_token', ctx.session.token);
		await ctx.session.job('daily-check');
		const everything = JSON.stringify(ctx.session.playground.world.messages) + JSON.stringify(ctx.logs);
		expect(everything).not.toContain(ctx.session.token);
		expect(everything).not.toContain('not-the-right-one');
		expect(logText(ctx.logs)).not.toContain('X-Auth-Token');
	});
});
