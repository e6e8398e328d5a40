/** The playground holds the packaged app to Rocket.Chat's contract: the server's 400s, the engine's time limit, the clients' parser. */
import type { ICaptured } from './harness';
import { cli, openSession } from './harness';
import { nodeTexts, parseMessage } from '../support/messageParser';

describe('the simulated workspace answers as Rocket.Chat does', () => {
	let ctx: ICaptured;

	beforeAll(async () => {
		ctx = await openSession({ scenario: 'healthy' });
	});

	afterAll(() => ctx.session.close());

	it('refuses a licenses.info query with an extra parameter with the real 400', async () => {
		const { workspace, token } = ctx.session;
		const response = await fetch(`${workspace?.url}/api/v1/licenses.info?loadValues=true&verbose=1`, {
			headers: { 'X-User-Id': 'admin-id', 'X-Auth-Token': token },
		});
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			success: false,
			error: 'must NOT have additional properties [invalid-params]',
			errorType: 'invalid-params',
		});
	});

	it("the app's own requests pass the server's validators", async () => {
		const before = ctx.session.workspace?.calls.length ?? 0;
		await ctx.session.run('admin', '/license');
		const calls = ctx.session.workspace?.calls.slice(before) ?? [];
		expect(calls.length).toBeGreaterThan(0);
		expect(calls.filter((call) => call.status === 400)).toEqual([]);
	});

	it('/seats reads as intended in a Rocket.Chat client: bold labels, the bar as inline code', async () => {
		const [reply] = await ctx.session.run('admin', '/seats');
		const ast = parseMessage(reply.text);
		expect(nodeTexts(ast, 'BOLD')).toEqual(expect.arrayContaining(['Seats', 'Used', 'Maximum']));
		expect(nodeTexts(ast, 'INLINE_CODE')).toEqual([expect.stringMatching(/^[█░]{10}$/)]);
	});
});

describe("the engine's time limit", () => {
	it("a workspace that never answers: the app replies on its own within engine 1.47.0's 10 s, no overrun", async () => {
		// The longest request timeout is the run's whole 8 s deadline (lib/kit/deadline.ts): the deadline ends the wait.
		const { session } = await openSession({ scenario: 'timeout', settings: { request_timeout: '8' }, onOverrun: () => undefined });
		try {
			const started = Date.now();
			const [reply] = await session.run('admin', '/license');
			expect(Date.now() - started).toBeLessThan(10_000);
			expect(session.overruns).toEqual([]);
			expect(reply.text).toContain('did not answer within the 8 seconds the app may spend');
		} finally {
			await session.close();
		}
	});

	it('the CLI takes 10 or 30 for --engine-timeout and refuses anything else', async () => {
		const refused = await cli(['--engine-timeout', '20', '--run', '/license']);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('--engine-timeout takes 10 or 30');
	});
});
