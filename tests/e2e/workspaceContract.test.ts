/**
 * End to end: the caller's roles confirmed in the same round trip as the license, guests as Rocket.Chat treats
 * them, @here only when the app role may use it, one deadline per command, and links where admins act.
 */
import type { ICaptured } from './harness';
import { logText, openSession } from './harness';
import { makeUser } from '../../playground/engine/world';

const LICENSE_API = ['/api/v1/licenses.info', '/api/v1/licenses.get', '/api/v1/licenses.maxActiveUsers'];
const PERMISSIONS = '/api/v1/permissions.listAll';

describe('one session on a healthy Enterprise workspace', () => {
	let ctx: ICaptured;
	const roles: Record<string, string[]> = { 'view-privileged-setting': ['admin', 'license-viewer'] };
	const callsDuring = async (step: () => Promise<unknown>) => {
		const before = ctx.session.workspace?.calls.length ?? 0;
		await step();
		return (ctx.session.workspace?.calls ?? []).slice(before).map((call) => call.path);
	};

	beforeAll(async () => {
		ctx = await openSession({ scenario: 'healthy', permissionRoles: roles });
		const { world } = ctx.session.playground;
		world.users.set('viewer-id', makeUser('viewer-id', 'viewer', ['user', 'license-viewer']));
		world.users.set('guest-admin-id', makeUser('guest-admin-id', 'guestadmin', ['admin', 'guest']));
	});
	afterAll(() => ctx.session.close());

	it('the first /license after the roles were learned reads roles and license together, and shows data', async () => {
		const paths = await callsDuring(async () => {
			const [reply] = await ctx.session.run('admin', '/license');
			expect(reply.text).toContain('*Plan*: Enterprise');
		});
		expect(paths).toContain(PERMISSIONS);
		expect(paths).toContain('/api/v1/licenses.info');
	});

	it('every command confirms the roles afresh: a withdrawn grant is not honoured, not even once', async () => {
		const [before] = await ctx.session.run('viewer', '/seats', { direct: true });
		expect(before.text).toContain('*Used*: 120');
		roles['view-privileged-setting'] = ['admin'];
		const [after] = await ctx.session.run('viewer', '/seats', { direct: true });
		expect(after.text).toBe('You need the view-privileged-setting permission to see license information.');
		// Refused last time: the next command checks first and reads no license data at all.
		const paths = await callsDuring(() => ctx.session.run('viewer', '/seats', { direct: true }));
		expect(paths).toEqual([PERMISSIONS]);
		roles['view-privileged-setting'] = ['admin', 'license-viewer'];
	});

	it('a caller holding guest is refused while the workspace has a valid license, whatever their other roles', async () => {
		const [reply] = await ctx.session.run('guestadmin', '/license', { direct: true });
		expect(reply.text).toBe('You need the view-privileged-setting permission to see license information.');
		expect(reply.text).not.toMatch(/Enterprise|120/);
	});

	it('/license carries a button to the workspace’s Subscription page', async () => {
		const [reply] = await ctx.session.run('admin', '/license');
		const url = `${ctx.session.workspace?.url}/admin/subscription`;
		const actions = reply.blocks.find((block) => (block as { type: string }).type === 'actions') as
			| { elements: Array<{ type: string; url?: string; text: { text: string } }> }
			| undefined;
		expect(actions?.elements).toEqual([
			expect.objectContaining({ type: 'button', url, text: expect.objectContaining({ text: 'Open Subscription' }) }),
		]);
		expect(reply.text).toContain(`Open Subscription: ${url}`);
	});

	it('/license modules says when a disable_modules period turns a module off', async () => {
		const [reply] = await ctx.session.run('admin', '/license modules');
		expect(reply.text).toMatch(/⚠️ Outlook calendar is turned off on \w+ \d+, \d{4}\./);
	});
});

describe('guests on Community', () => {
	it('without a license there is no guest restriction (Rocket.Chat installs it with the license)', async () => {
		const ctx = await openSession({ scenario: 'no-license' });
		try {
			ctx.session.playground.world.users.set('guest-admin-id', makeUser('guest-admin-id', 'guestadmin', ['admin', 'guest']));
			const [reply] = await ctx.session.run('guestadmin', '/license', { direct: true });
			expect(reply.text).toContain('No Enterprise license');
		} finally {
			await ctx.session.close();
		}
	});
});

describe('seats near the cap', () => {
	it('/seats offers the seat request and the Subscription page, and a non-admin causes no license call', async () => {
		const ctx = await openSession({ scenario: 'near-cap' });
		try {
			const [reply] = await ctx.session.run('admin', '/seats');
			const base = ctx.session.workspace?.url;
			expect(reply.text).toContain(`Request more seats: ${base}/requestSeats`);
			expect(reply.text).toContain(`Open Subscription: ${base}/admin/subscription`);
			const before = ctx.session.workspace?.calls.length ?? 0;
			await ctx.session.run('user', '/seats', { direct: true });
			const paths = (ctx.session.workspace?.calls ?? []).slice(before).map((call) => call.path);
			expect(paths.filter((path) => LICENSE_API.includes(path))).toEqual([]);
			// requestSeatsLink is not served by current servers: the app never calls it.
			expect(ctx.session.workspace?.calls.some((call) => call.path.includes('requestSeatsLink'))).toBe(false);
		} finally {
			await ctx.session.close();
		}
	});
});

describe('one deadline per command', () => {
	it('a workspace that never answers gets the app’s own timeout reply within the engine’s 10 s, not silence', async () => {
		const ctx = await openSession({ scenario: 'timeout', settings: { request_timeout: '8' } });
		try {
			const started = Date.now();
			const [reply] = await ctx.session.run('admin', '/license');
			const elapsed = Date.now() - started;
			expect(reply.text).toContain('*The workspace did not answer in time.*');
			expect(reply.text).toContain('did not answer within the 8 seconds the app may spend on one command or check');
			// The run's deadline is not the request timeout setting: raising it would not help, so it is not advised.
			expect(reply.text).not.toContain('request timeout');
			expect(elapsed).toBeLessThan(10_000);
		} finally {
			await ctx.session.close();
		}
	}, 60_000);
});

describe('@here and the app role', () => {
	const critical = { scenario: 'over-cap', settings: { mention_here_on_critical: 'true' } };

	it('by Rocket.Chat’s defaults the app role lacks mention-here: the notice comes without it, and the log says how to grant it', async () => {
		const ctx = await openSession(critical);
		try {
			const [notice] = await ctx.session.job('daily-check');
			expect(notice.room).toBe('admins');
			expect(notice.text).toContain('Seat cap reached');
			expect(notice.text).not.toContain('@here');
			expect(logText(ctx.logs)).toContain('Administration → Permissions → mention-here');
		} finally {
			await ctx.session.close();
		}
	});

	it('granted to the app role, the critical notice mentions @here', async () => {
		const holders = ['admin', 'user', 'app'];
		const ctx = await openSession({ ...critical, permissionRoles: { 'view-privileged-setting': ['admin'], 'mention-here': holders } });
		try {
			const [notice] = await ctx.session.job('daily-check');
			expect(notice.text.startsWith('@here')).toBe(true);
		} finally {
			await ctx.session.close();
		}
	});

	it('refused anyway by the server, the notice is posted again without the mention; the check goes on', async () => {
		const ctx = await openSession({
			...critical,
			permissionRoles: { 'view-privileged-setting': ['admin'], 'mention-here': ['admin', 'app'] },
		});
		try {
			// The server's own table disagrees with what permissions.listAll said: the message bridge refuses the mention.
			ctx.session.playground.world.permissions['mention-here'] = ['admin'];
			const [notice, ...more] = await ctx.session.job('daily-check');
			expect(more).toHaveLength(0);
			expect(notice.room).toBe('admins');
			expect(notice.text).not.toContain('@here');
			expect(notice.text).toContain('Seat cap reached');
			expect(logText(ctx.logs)).toContain('error-action-not-allowed');
			// Remembered: the next run has nothing new.
			expect(await ctx.session.job('daily-check')).toHaveLength(0);
		} finally {
			await ctx.session.close();
		}
	});
});
