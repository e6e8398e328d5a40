/**
 * The app against a hostile simulated workspace, through the playground: hostile text stays inert and bounded,
 * impossible numbers and huge answers are named, a huge 429 does not silence the app, flapping answers post little,
 * a redirect carries the token (as Rocket.Chat's bridge does, so the app warns about it), and a corrupt state or a
 * wrong --state file never kills a run. No output of any run contains the token.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

import type { ICaptured } from './harness';
import { TEST_NOW, cli, jsonLines, logText, openSession, texts } from './harness';
import type { IPostedMessage } from '../../playground/engine/world';
import { startWorkspace } from '../../playground/workspace/server';

const MESSAGE_MAX = 5000;
/** Rocket.Chat's server-side mention detection (MentionsParser): a raw-text regular expression. */
const SERVER_MENTION = /(^|\s|>?)@(all|here)\b/;
let longest = 0;

function expectInert(messages: IPostedMessage[], token: string): void {
	for (const message of messages) {
		longest = Math.max(longest, message.text.length);
		expect(message.text.length).toBeLessThanOrEqual(MESSAGE_MAX);
		expect(message.text).not.toMatch(SERVER_MENTION);
		expect(message.text).not.toContain('*PWNED*');
		// eslint-disable-next-line no-control-regex
		expect(message.text).not.toMatch(/[\u0000\u001B]/);
		expect(message.text).not.toContain(token);
	}
}

describe('a hostile workspace, one session', () => {
	let ctx: ICaptured;
	const all: IPostedMessage[] = [];
	const run = async (line: string) => {
		const posted = await ctx.session.run('admin', line);
		all.push(...posted);
		return posted;
	};
	const job = async () => {
		const posted = await ctx.session.job('daily-check');
		all.push(...posted);
		return posted;
	};

	beforeAll(async () => {
		ctx = await openSession({ scenario: 'hostile-text', rateLimit: false, settings: { daily_digest: 'true' } });
	});
	afterAll(async () => {
		await ctx.session.close();
		process.stdout.write(`hostile e2e: longest message ${longest} characters\n`);
	});

	it('mentions, markup and 5,000 modules in the license: literal, bounded replies and posts', async () => {
		const summary = await run('/license');
		expect(summary[0].text).toContain('\\*PWNED\\*');
		expect(summary[0].text).toContain('and 26 more');
		const modules = await run('/license modules');
		expect(modules[0].text).toContain('5,000 modules are active');
		expect(modules[0].text).toContain('and 4,960 more');
		expect(modules[0].blocks.length).toBeLessThanOrEqual(5);
		const digest = await job();
		expect(digest).toHaveLength(1);
		expect(digest[0].room).toBe('admins');
		expectInert(all, ctx.session.token);
	});

	it('answers alternating 500/ok for 12 checks post at most 3 notices', async () => {
		let posts = 0;
		for (let i = 0; i < 12; i++) {
			ctx.session.workspace?.setScenario(i % 2 === 0 ? 'server-error' : 'healthy');
			const posted = await job();
			posts += posted.filter((message) => !/📋/.test(message.text) || /⚠️|✅|🚨/.test(message.text)).length;
		}
		expect(posts).toBeLessThanOrEqual(3);
		expectInert(all, ctx.session.token);
	});

	it('no reply, post or log line of the session contains the token', () => {
		const everything = `${texts(all)}\n${JSON.stringify(all)}\n${logText(ctx.logs, ['debug', 'info', 'warning', 'error'])}`;
		expect(everything).not.toContain(ctx.session.token);
	});
});

describe.each([
	['hostile-numbers', '/seats', ['license.limits.activeUsers.value', 'looks damaged']],
	['hostile-huge', '/license limits', ['more data than LicenseApp accepts (2 MB)']],
	// A failed check names the problem; the redirect note is left out, the server URL being this server's own Site URL.
	['hostile-huge', '/license check', ['more data than LicenseApp accepts (2 MB)']],
	['hostile-429', '/license limits', ['Try again in 1 hour.']],
])('%s', (scenario, line, expected) => {
	it(`${line} names the problem`, async () => {
		const ctx = await openSession({ scenario });
		try {
			// The caller's reply comes last (a check posts to the admin room first).
			const reply = (await ctx.session.run('admin', line)).at(-1) as IPostedMessage;
			for (const text of expected) {
				expect(reply.text).toContain(text);
			}
			expect(reply.text).not.toMatch(/-5\b|-\d+\s?%|days left/);
			expect(`${reply.text}${logText(ctx.logs, ['debug', 'info', 'warning', 'error'])}`).not.toContain(ctx.session.token);
		} finally {
			await ctx.session.close();
		}
	});
});

describe('a redirect at the server URL', () => {
	it("carries the token to the redirect's target, as Rocket.Chat's bridge does, and /license check says so", async () => {
		const received: Array<string | undefined> = [];
		let workspaceUrl = '';
		// Another server: it records the token it is sent, then sends the request on to the workspace.
		const target = http.createServer((req, res) => {
			received.push(req.headers['x-auth-token'] as string | undefined);
			res.writeHead(307, { location: `${workspaceUrl}${req.url}` }).end();
		});
		await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
		const targetUrl = `http://localhost:${(target.address() as AddressInfo).port}`;
		const redirector = http.createServer((req, res) => res.writeHead(302, { location: `${targetUrl}${req.url}` }).end());
		await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
		const ctx = await openSession({
			scenario: 'healthy',
			settings: { server_url: `http://127.0.0.1:${(redirector.address() as AddressInfo).port}` },
		});
		workspaceUrl = ctx.session.workspace?.url ?? '';
		try {
			const [reply] = await ctx.session.run('admin', '/license check');
			expect(received.length).toBeGreaterThan(0);
			expect(received).toContain(ctx.session.token);
			expect(reply.text).toContain('if that address redirects, the token follows the redirect');
			expect(`${reply.text}${logText(ctx.logs, ['debug', 'info', 'warning', 'error'])}`).not.toContain(ctx.session.token);
		} finally {
			await ctx.session.close();
			target.close();
			redirector.close();
		}
	});

	it('http:// to another host is refused before any request, with the fix', async () => {
		const ctx = await openSession({ scenario: 'healthy', settings: { server_url: 'http://chat.example.invalid' } });
		try {
			// The roles learned when the app was enabled, before the setting was saved, went to the simulator's own URL.
			const before = ctx.session.workspace?.calls.length;
			const [reply] = await ctx.session.run('admin', '/license');
			expect(reply.text).toContain('starts with http://');
			expect(reply.text).toContain('Site URL');
			expect(ctx.session.workspace?.calls).toHaveLength(before ?? -1);
			// Nothing went to the http:// host either: the HTTP bridge records every call outside the workspace.
			expect(ctx.session.playground.world.outbound.map((call) => call.url)).not.toContainEqual(
				expect.stringContaining('chat.example.invalid'),
			);
		} finally {
			await ctx.session.close();
		}
	});
});

describe('a license that names another workspace', () => {
	const NOTE = 'This answer came from another workspace: its license is for chat.other-company.example';
	/** A reply as a reader sees it: inert()'s escapes and zero-width spaces gone. */
	const shown = (text: string) => text.replace(/\u200B/g, '').replace(/\\(.)/g, '$1');

	it('every reply that shows license data says so, and so do the notices, with the Site URL, in the reader language too', async () => {
		const subcommands = ['/license', '/license limits', '/license modules', '/license check', '/seats', '/seats trend', '/seats breakdown'];
		const result = await cli(['--scenario', 'other-workspace', ...subcommands.flatMap((line) => ['--run', line]), '--json']);
		expect(result.code).toBe(0);
		const replies = jsonLines(result.stdout).filter((message) => message.ephemeral);
		expect(replies).toHaveLength(subcommands.length);
		for (const reply of replies) {
			expect(shown(reply.text)).toContain(NOTE);
			expect(shown(reply.text)).toMatch(/Site URL is http:\/\/127\.0\.0\.1:\d+\./);
		}
		// The notices the check posted to the admin room say so too.
		const posts = jsonLines(result.stdout).filter((message) => !message.ephemeral);
		expect(posts.length).toBeGreaterThan(0);
		posts.forEach((post) => expect(shown(post.text)).toContain(NOTE));
		const german = await cli(['--scenario', 'other-workspace', '--language', 'de', '--run', '/seats', '--json']);
		expect(jsonLines(german.stdout)[0].text).toContain('Diese Antwort kam von einem anderen Arbeitsbereich');
	});

	it('a redirect to another workspace: its license names that workspace, and the reply says so', async () => {
		const ctx = await openSession({ scenario: 'healthy' });
		// Another workspace that accepts the same credentials, and a server URL that redirects there.
		const other = await startWorkspace({
			scenario: 'healthy',
			userId: 'admin-id',
			token: ctx.session.token,
			rateLimit: false,
			now: () => new Date(TEST_NOW),
		});
		const redirector = http.createServer((req, res) => res.writeHead(302, { location: `${other.url}${req.url}` }).end());
		await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
		try {
			await ctx.session.playground.setSetting('server_url', `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`);
			const [reply] = await ctx.session.run('admin', '/seats');
			expect(other.calls.length).toBeGreaterThan(0);
			expect(shown(reply.text)).toContain(
				`its license is for ${other.url.replace('http://', '')}, and this workspace’s Site URL is ${ctx.session.workspace?.url}.`,
			);
		} finally {
			await ctx.session.close();
			await other.close();
			redirector.close();
		}
	});

	it('a license for this workspace adds nothing; a Site URL changed to another address makes it foreign', async () => {
		const own = await cli(['--scenario', 'healthy', '--run', '/license', '--run', '/seats', '--json']);
		expect(own.stdout).not.toContain('another workspace');
		// The server URL setting still reads the simulator, but the workspace now says it lives elsewhere.
		const ctx = await openSession({ scenario: 'healthy' });
		try {
			await ctx.session.playground.setSetting('server_url', ctx.session.workspace?.url ?? '');
			const site = ctx.session.playground.world.serverSettings.get('Site_Url');
			if (site) {
				site.value = 'https://chat.example.com';
			}
			const [reply] = await ctx.session.run('admin', '/license limits');
			expect(shown(reply.text)).toMatch(
				/its license is for 127\.0\.0\.1:\d+, and this workspace’s Site URL is https:\/\/chat\.example\.com\./,
			);
		} finally {
			await ctx.session.close();
		}
	});
});

describe('state that cannot kill a run, and --state files', () => {
	let dir: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-hostile-'));
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('a corrupt saved state (announced: null) starts afresh with one log line, and the job works', async () => {
		const file = path.join(dir, 'state.json');
		const first = await cli(['--scenario', 'near-cap', '--job', 'daily-check', '--state', file, '--json']);
		expect(first.code).toBe(0);
		const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
		const record = saved.persistence.find((r: { data: { state?: unknown } }) => r.data.state);
		expect(record.data.version).toBe(1);
		record.data.state.announced = null;
		fs.writeFileSync(file, JSON.stringify(saved));
		const second = await cli(['--scenario', 'near-cap', '--job', 'daily-check', '--run', '/license check', '--state', file, '--json']);
		expect(second.code).toBe(0);
		expect(second.stderr.match(/check state is not valid \(announced\); it starts afresh/g)).toHaveLength(1);
		expect(
			jsonLines(second.stdout)
				.map((m) => m.text)
				.join('\n'),
		).toContain('License check');
		expect(second.stdout + second.stderr).not.toMatch(/pg-[0-9a-f]{24}/);
	});

	it('package.json is refused and left untouched; an empty file is a fresh state; errors name the file and option', async () => {
		const pkg = path.join(dir, 'package.json');
		const original = JSON.stringify({ name: 'x', version: '1.0.0' }, null, 2);
		fs.writeFileSync(pkg, original);
		const refused = await cli(['--job', 'daily-check', '--state', pkg]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain(`--state ${pkg}: is not a playground state file`);
		expect(fs.readFileSync(pkg, 'utf8')).toBe(original);

		const empty = path.join(dir, 'empty.json');
		fs.writeFileSync(empty, '');
		const fresh = await cli(['--job', 'daily-check', '--state', empty, '--json']);
		expect(fresh.code).toBe(0);
		expect(JSON.parse(fs.readFileSync(empty, 'utf8')).persistence.length).toBeGreaterThan(0);

		const nowhere = path.join(dir, 'missing-dir', 'state.json');
		const unwritable = await cli(['--job', 'daily-check', '--state', nowhere]);
		expect(unwritable.code).toBe(2);
		expect(unwritable.stderr).toContain(`--state ${nowhere}: cannot be read and written`);
	});

	it('a dangling symbolic link is refused before the first step: nothing is posted, nothing created', async () => {
		const link = path.join(dir, 'state.json');
		fs.symlinkSync(path.join(dir, 'gone.json'), link);
		const refused = await cli(['--scenario', 'near-cap', '--job', 'daily-check', '--state', link, '--json']);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain(`--state ${link}: is a symbolic link to ${path.join(dir, 'gone.json')}, which does not exist`);
		expect(refused.stdout).toBe('');
		expect(fs.readdirSync(dir)).toEqual(['state.json']);
	});

	it('a state file replaced during the run by something else is left alone, said, and the exit status is 1', async () => {
		const file = path.join(dir, 'state.json');
		const other = '{"name": "not a state"}';
		let replaced = false;
		// Replaced once the first step has posted; the steps after it keep the run going until the save at exit.
		const result = await cli(
			[
				'--scenario',
				'near-cap',
				'--run',
				'/license',
				'--run',
				'/seats',
				'--run',
				'/license limits',
				'--run',
				'/seats',
				'--state',
				file,
				'--json',
			],
			{},
			() => {
				if (!replaced) {
					replaced = true;
					fs.writeFileSync(file, other);
				}
			},
		);
		expect(replaced).toBe(true);
		expect(jsonLines(result.stdout).length).toBeGreaterThanOrEqual(4);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			`--state ${file}: changed during the run into something that is not a playground state file; it was left untouched, and this run's state was not saved.`,
		);
		expect(fs.readFileSync(file, 'utf8')).toBe(other);
		expect(fs.readdirSync(dir)).toEqual(['state.json']);
	});
});
