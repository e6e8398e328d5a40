/**
 * dist/licenseapp-watch.mjs itself, run by Node against the simulated workspace, with the world's clock pinned by --now.
 */
import { execFile } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { watchBundlePath } from '../../playground/build/package';
import type { ISimulatedWorkspace } from '../../playground/workspace/server';
import { startWorkspace } from '../../playground/workspace/server';

// A real parser of the exposition format (dev dependency, no types published).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parseMetrics = require('parse-prometheus-text-format') as (
	text: string,
) => Array<{ name: string; metrics: Array<{ value: string; labels?: Record<string, string> }> }>;

const TOKEN = 'watch-token-9f8e7d6c5b4a';
const SECRET = 'hook-secret-123';
const SMTP_PASSWORD = 'smtp-pass-7c6b5a4d';
const NOW = '2026-12-01T09:00:00Z';

interface IRun {
	code: number;
	stdout: string;
	stderr: string;
}

function runWatch(args: string[], env: Record<string, string> = {}): Promise<IRun> {
	return new Promise((resolve) => {
		execFile(process.execPath, [watchBundlePath(), ...args], { env: { PATH: process.env.PATH, ...env } }, (error, stdout, stderr) => {
			resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
		});
	});
}

const lines = (run: IRun) =>
	run.stdout
		.split('\n')
		.filter(Boolean)
		.map(
			(line) =>
				JSON.parse(line) as {
					workspace: string;
					finding: string;
					notice: string;
					level: string;
					text: string;
					numbers: Record<string, unknown>;
					roomRefused?: string;
				},
		);

interface IHook {
	url: string;
	bodies: Array<{ body: string; signature?: string }>;
	close(): Promise<void>;
}

async function startHook(): Promise<IHook> {
	const bodies: IHook['bodies'] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			bodies.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-licenseapp-signature'] as string | undefined });
			res.end('ok');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
		bodies,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

interface IMailbox {
	port: number;
	mails: Array<{ raw: string; to: string[]; parsed: ParsedMail }>;
	logins: string[];
	close(): Promise<void>;
}

/** A real SMTP server on this machine: it asks for a login, then takes each mail, or refuses it with 550. */
async function startSmtp(options: { refuse?: boolean } = {}): Promise<IMailbox> {
	const mails: IMailbox['mails'] = [];
	const logins: string[] = [];
	const server = new SMTPServer({
		// Plain text on the loopback address: STARTTLS would need a certificate the client trusts.
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		logger: false,
		onAuth(auth, _session, callback) {
			logins.push(`${auth.username}:${auth.password}`);
			callback(auth.username === 'mailer' && auth.password === SMTP_PASSWORD ? null : new Error('bad login'), { user: auth.username });
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				if (options.refuse) {
					callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
					return;
				}
				const raw = Buffer.concat(chunks).toString('utf8');
				simpleParser(raw).then(
					(parsed) => {
						mails.push({ raw, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed });
						callback();
					},
					(error: Error) => callback(error),
				);
			});
		},
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: (server.server.address() as AddressInfo).port,
		mails,
		logins,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

let dir: string;
const opened: Array<{ close(): Promise<void> }> = [];

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-watch-'));
});

afterEach(async () => {
	await Promise.all(opened.splice(0).map((item) => item.close()));
	fs.rmSync(dir, { recursive: true, force: true });
});

async function workspace(scenario: string, options: { delayMs?: number } = {}): Promise<ISimulatedWorkspace> {
	const started = await startWorkspace({
		scenario,
		userId: 'watcher',
		token: TOKEN,
		rateLimit: false,
		now: () => new Date(NOW),
		...options,
	});
	opened.push(started);
	return started;
}

function writeConfig(config: object): string {
	const file = path.join(dir, 'config.json');
	fs.writeFileSync(file, JSON.stringify(config));
	return file;
}

const entry = (name: string, url: string, extra: object = {}) => ({
	name,
	url,
	userId: 'watcher',
	tokenEnv: 'RC_TOKEN',
	room: 'admins',
	...extra,
});
const once = (config: string, now = NOW) => ['--config', config, '--once', '--json', '--state-dir', path.join(dir, 'state'), '--now', now];
const env = { RC_TOKEN: TOKEN, HOOK_SECRET: SECRET, SMTP_PW: SMTP_PASSWORD };
const smtpBlock = (port: number) => ({ host: '127.0.0.1', port, from: 'watch@acme.com', user: 'mailer', passwordEnv: 'SMTP_PW' });

test('Community: the air-gap countdown is told once, escalates, and at read-only the room refuses while the webhook still hears it', async () => {
	const ws = await workspace('community');
	const hook = await startHook();
	opened.push(hook);
	const config = writeConfig({ webhook: { url: hook.url, secretEnv: 'HOOK_SECRET' }, workspaces: [entry('acme', ws.url)] });
	const airgap = (run: IRun) => lines(run).filter((line) => line.finding === 'airgap');

	ws.setServerSettings({ Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: '7' });
	const first = await runWatch(once(config), env);
	expect(first.code).toBe(0);
	expect(airgap(first)).toEqual([expect.objectContaining({ workspace: 'acme', notice: 'raised', numbers: { days: 7 } })]);
	expect(ws.posted).toHaveLength(1);
	expect(ws.posted[0].text).toContain('7');

	const again = await runWatch(once(config, '2026-12-01T15:00:00Z'), env);
	expect(again.code).toBe(0);
	expect(lines(again)).toEqual([]);
	expect(ws.posted).toHaveLength(1);

	ws.setServerSettings({ Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: '3' });
	const closer = await runWatch(once(config, '2026-12-05T09:00:00Z'), env);
	expect(airgap(closer)).toEqual([expect.objectContaining({ notice: 'raised', numbers: { days: 3 } })]);
	expect(ws.posted).toHaveLength(2);

	ws.setServerSettings({ Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: '0' });
	const hooksBefore = hook.bodies.length;
	const readOnly = await runWatch(once(config, '2026-12-08T09:00:00Z'), env);
	expect(airgap(readOnly)).toEqual([expect.objectContaining({ notice: 'raised', level: 'critical', numbers: { days: 0 } })]);
	expect(readOnly.stderr).toContain('acme: the admin room refused these notices (restricted-workspace)');
	expect(airgap(readOnly)[0].roomRefused).toBe('restricted-workspace');
	expect(ws.posted).toHaveLength(2);
	const late = hook.bodies.slice(hooksBefore).map((item) => ({
		...item,
		parsed: JSON.parse(item.body) as { finding: string; numbers: object; text: string; roomRefused?: string },
	}));
	expect(late.map((item) => item.parsed)).toEqual([
		expect.objectContaining({ finding: 'airgap', numbers: { days: 0 }, roomRefused: 'restricted-workspace' }),
	]);
	expect(late[0].parsed.text).toContain('The admin room refused the post (restricted-workspace)');
	// Only the run whose post the room refused says so.
	expect(hook.bodies.slice(0, hooksBefore).filter((item) => item.body.includes('roomRefused'))).toEqual([]);
	expect(lines(first)[0]).not.toHaveProperty('roomRefused');
	const expected = `sha256=${crypto.createHmac('sha256', SECRET).update(late[0].body).digest('hex')}`;
	expect(late[0].signature).toBe(expected);

	// The token is nowhere: output, state files, webhook bodies.
	const stateFiles = fs.readdirSync(path.join(dir, 'state')).map((file) => fs.readFileSync(path.join(dir, 'state', file), 'utf8'));
	const everything = [first, again, closer, readOnly]
		.flatMap((run) => [run.stdout, run.stderr])
		.concat(
			stateFiles,
			hook.bodies.map((item) => item.body),
		);
	expect(everything.filter((text) => text.includes(TOKEN))).toEqual([]);
});

test('a fleet of three with one refusing the token: the others are checked and the exit code says one failed', async () => {
	const [a, b, c] = await Promise.all([workspace('community'), workspace('community'), workspace('community')]);
	const config = writeConfig({
		workspaces: [entry('a', a.url), entry('b', b.url, { tokenEnv: 'WRONG_TOKEN' }), entry('c', c.url)],
	});
	const run = await runWatch(once(config), { ...env, WRONG_TOKEN: 'not-the-token' });
	expect(run.code).toBe(1);
	expect(
		new Set(
			lines(run)
				.filter((line) => line.finding === 'airgap')
				.map((line) => line.workspace),
		),
	).toEqual(new Set(['a', 'c']));
	expect(run.stderr).toMatch(/^b: /m);
	expect([a.posted.length, b.posted.length, c.posted.length]).toEqual([1, 0, 1]);
});

test('two overlapping runs post once', async () => {
	const ws = await workspace('community', { delayMs: 400 });
	const config = writeConfig({ workspaces: [entry('acme', ws.url)] });
	const [one, two] = await Promise.all([runWatch(once(config), env), runWatch(once(config), env)]);
	expect([one.code, two.code]).toEqual([0, 0]);
	expect(ws.posted).toHaveLength(1);
	expect(`${one.stderr}${two.stderr}`).toContain('another run');
});

test('a crash mid-write loses nothing, and a state file cut short is set aside with a fresh start', async () => {
	const ws = await workspace('community');
	const config = writeConfig({ workspaces: [entry('acme', ws.url)] });
	expect((await runWatch(once(config), env)).code).toBe(0);
	const file = path.join(dir, 'state', 'acme.json');
	const saved = fs.readFileSync(file, 'utf8');
	// A run killed while writing leaves only its temporary file behind: the state itself is whole.
	fs.writeFileSync(`${file}.99999.tmp`, saved.slice(0, saved.length / 2));
	const afterCrash = await runWatch(once(config), env);
	expect(lines(afterCrash)).toEqual([]);
	expect(ws.posted).toHaveLength(1);

	fs.writeFileSync(file, saved.slice(0, saved.length / 2));
	const cut = await runWatch(once(config), env);
	expect(cut.code).toBe(0);
	expect(cut.stderr).toContain('state file could not be used');
	expect(fs.readFileSync(`${file}.broken`, 'utf8')).toBe(saved.slice(0, saved.length / 2));
	expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(expect.objectContaining({ version: 1 }));
});

test('a bad config: one line per problem, exit code 2, and no request sent', async () => {
	const ws = await workspace('community');
	const config = writeConfig({
		workspaces: [{ name: 'acme', url: ws.url, userId: 'watcher', token: TOKEN, room: 'admins' }, { name: 'b c' }],
	});
	const run = await runWatch(once(config), env);
	expect(run.code).toBe(2);
	expect(run.stderr.trim().split('\n')).toEqual([
		expect.stringContaining('workspaces[0].token'),
		expect.stringContaining('workspaces[0]: give exactly one of tokenEnv or tokenFile'),
		expect.stringContaining('workspaces[1].name'),
		expect.stringContaining('workspaces[1].url is missing'),
		expect.stringContaining('workspaces[1].userId is missing'),
		expect.stringContaining('workspaces[1]: give exactly one of tokenEnv or tokenFile'),
	]);
	expect(run.stderr).not.toContain(TOKEN);
	expect(ws.calls).toEqual([]);
});

test('a redirect is refused, naming where it pointed, and the token does not follow it', async () => {
	const seen: string[] = [];
	const elsewhere = http.createServer((req, res) => {
		seen.push(String(req.headers['x-auth-token']));
		res.end('{}');
	});
	await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
	const target = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
	const redirecting = http.createServer((req, res) => {
		res.writeHead(302, { location: `${target}${req.url}` });
		res.end();
	});
	await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
	opened.push({ close: () => new Promise((resolve) => elsewhere.close(() => resolve())) });
	opened.push({ close: () => new Promise((resolve) => redirecting.close(() => resolve())) });
	const config = writeConfig({
		workspaces: [entry('acme', `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`, { room: undefined })],
	});
	const run = await runWatch(once(config), env);
	expect(run.code).toBe(1);
	expect(run.stderr).toContain(`redirect to ${target.replace('http://', '')}`);
	expect(seen).toEqual([]);
});

test('a lapse is told, with the Community limits now in force, and so is the renewal', async () => {
	const ws = await workspace('healthy');
	const config = writeConfig({ workspaces: [entry('acme', ws.url)] });
	expect((await runWatch(once(config, '2026-12-01T09:00:00Z'), env)).code).toBe(0);
	ws.setScenario('lapsed');
	const lapsed = lines(await runWatch(once(config, '2026-12-02T09:00:00Z'), env));
	expect(lapsed).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ finding: 'lapsed', notice: 'raised' }),
			expect.objectContaining({ finding: 'limit:privateApps', notice: 'raised', level: 'critical' }),
		]),
	);
	ws.setScenario('healthy');
	// A recovery is told once it holds for two checks (lib/domain/findings/hysteresis.ts).
	const renewed = [
		...lines(await runWatch(once(config, '2026-12-03T09:00:00Z'), env)),
		...lines(await runWatch(once(config, '2026-12-04T09:00:00Z'), env)),
	];
	expect(renewed).toEqual(expect.arrayContaining([expect.objectContaining({ finding: 'license:active-again', notice: 'news' })]));
	expect(renewed.filter((line) => line.finding === 'license:active-again')).toHaveLength(1);
});

test('without --once it checks each workspace when its check time has come, and keeps running', async () => {
	const [ws, later] = await Promise.all([workspace('community'), workspace('community')]);
	const config = writeConfig({
		check_time: '09:00',
		workspaces: [entry('acme', ws.url), entry('later', later.url, { check_time: '10:00' })],
	});
	const child = execFile(
		process.execPath,
		[watchBundlePath(), '--config', config, '--json', '--state-dir', path.join(dir, 'state'), '--now', '2026-12-01T09:30:00Z'],
		{
			env: { PATH: process.env.PATH, TZ: 'UTC', ...env },
		},
	);
	let stdout = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
	});
	try {
		for (let waited = 0; !stdout.includes('"finding":"airgap"') && waited < 15_000; waited += 100) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		expect(ws.posted).toHaveLength(1);
		expect(stdout).toContain('"finding":"airgap"');
		expect(child.exitCode).toBeNull();
		expect(later.calls).toEqual([]);
	} finally {
		child.kill();
	}
});

test('--listen serves the app’s metrics for every workspace, labelled, with licenseapp_watch_up', async () => {
	const [good, bad] = await Promise.all([workspace('community'), workspace('community')]);
	const config = writeConfig({ workspaces: [entry('good', good.url), entry('bad', bad.url, { tokenEnv: 'WRONG_TOKEN' })] });
	const args = ['--config', config, '--listen', '127.0.0.1:0', '--state-dir', path.join(dir, 'state'), '--now', '2026-12-01T09:30:00Z'];
	const child = execFile(process.execPath, [watchBundlePath(), ...args], {
		env: { PATH: process.env.PATH, TZ: 'UTC', ...env, WRONG_TOKEN: 'nope' },
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	try {
		for (let waited = 0; !/^bad: /m.test(stderr) && waited < 15_000; waited += 100) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		const address = /http:\/\/([\d.]+:\d+)\/metrics/.exec(stderr)?.[1];
		expect(address).toBeDefined();
		const scraped = await new Promise<string>((resolve, reject) => {
			http
				.get(`http://${address}/metrics`, (res) => {
					let text = '';
					res.on('data', (chunk: Buffer) => {
						text += chunk.toString();
					});
					res.on('end', () => resolve(text));
				})
				.on('error', reject);
		});
		const families = Object.fromEntries(parseMetrics(scraped).map((family) => [family.name, family.metrics]));
		const byWorkspace = (name: string) =>
			Object.fromEntries((families[name] ?? []).map((metric) => [metric.labels?.workspace, Number(metric.value)]));
		expect(byWorkspace('licenseapp_watch_up')).toEqual({ good: 1, bad: 0 });
		expect(byWorkspace('licenseapp_airgap_remaining_days')).toEqual({ good: 5 });
		expect(byWorkspace('licenseapp_license_valid')).toEqual({ good: 0 });
		expect(byWorkspace('licenseapp_check_last_success_timestamp_seconds')).toEqual({ good: Date.parse('2026-12-01T09:30:00Z') / 1000 });
		expect(families.licenseapp_read_errors_total).toEqual([
			expect.objectContaining({ labels: { workspace: 'bad', kind: 'unauthorized' }, value: '1' }),
		]);
		expect(scraped).not.toContain(TOKEN);
	} finally {
		child.kill();
	}
});

test('--listen with --once, or without a port, is refused before anything runs', async () => {
	const config = writeConfig({ workspaces: [entry('acme', 'http://127.0.0.1:9')] });
	const both = await runWatch(['--config', config, '--once', '--listen', '127.0.0.1:9464'], env);
	expect(both).toEqual(expect.objectContaining({ code: 2, stderr: expect.stringContaining('does not go with --once') }));
	const noPort = await runWatch(['--config', config, '--listen', 'localhost'], env);
	expect(noPort).toEqual(expect.objectContaining({ code: 2, stderr: expect.stringContaining('expects HOST:PORT') }));
});

test('a bad --now, an unknown option or a missing --config is refused with exit code 2', async () => {
	const config = writeConfig({ workspaces: [entry('acme', 'http://127.0.0.1:9')] });
	const badNow = await runWatch(['--config', config, '--once', '--now', 'next tuesday'], env);
	expect(badNow).toEqual(expect.objectContaining({ code: 2, stderr: expect.stringContaining('--now expects an ISO date') }));
	const unknown = await runWatch(['--config', config, '--once', '--verbose'], env);
	expect(unknown).toEqual(
		expect.objectContaining({
			code: 2,
			stderr: expect.stringMatching(/^--verbose: an unknown option, or its value is missing\. Usage: licenseapp-watch --config FILE/),
		}),
	);
	const noConfig = await runWatch(['--once'], env);
	expect(noConfig).toEqual(
		expect.objectContaining({ code: 2, stderr: expect.stringMatching(/^--config: an unknown option, or its value is missing\./) }),
	);
});

test('email goes straight to the SMTP server: the app’s subject, text and filter, once, to every recipient, with no secret in it', async () => {
	const ws = await workspace('community');
	const smtp = await startSmtp();
	opened.push(smtp);
	const config = writeConfig({
		email_recipients: 'ops@acme.com, cto@acme.com',
		smtp: smtpBlock(smtp.port),
		workspaces: [entry('acme', ws.url)],
	});
	ws.setServerSettings({ Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: '7' });
	const first = await runWatch(once(config), env);
	expect(first.code).toBe(0);
	expect(first.stderr).toBe('');
	expect(smtp.logins).toEqual([`mailer:${SMTP_PASSWORD}`]);
	expect(smtp.mails).toHaveLength(1);
	const [mail] = smtp.mails;
	expect(mail.to).toEqual(['ops@acme.com', 'cto@acme.com']);
	expect(mail.parsed.from?.text).toBe('watch@acme.com');
	expect(mail.parsed.subject).toBe(`Critical: license notice for ${ws.url}`);
	// As the app's email: critical notices only, unless email_every_notice says otherwise.
	const told = Object.fromEntries(lines(first).map((line) => [line.finding, line]));
	expect(told['limit:privateApps'].level).toBe('critical');
	expect(mail.parsed.text).toContain(`LicenseApp on ${ws.url}`);
	expect(mail.parsed.text).toContain(told['limit:privateApps'].text);
	expect(told.airgap.level).toBe('warning');
	expect(mail.parsed.text).not.toContain('read-only in 7 days');
	expect(mail.parsed.text).toContain(`${ws.url}/admin/subscription`);
	expect(mail.parsed.html).toContain('<li>');

	const again = await runWatch(once(config, '2026-12-01T15:00:00Z'), env);
	expect(again.code).toBe(0);
	expect(smtp.mails).toHaveLength(1);

	// At read-only the room refuses the post, and the mail says why.
	ws.setServerSettings({ Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: '0' });
	const readOnly = await runWatch(once(config, '2026-12-08T09:00:00Z'), env);
	expect(readOnly.code).toBe(0);
	expect(smtp.mails).toHaveLength(2);
	expect(smtp.mails[1].parsed.subject).toBe(`Critical: license notice for ${ws.url}`);
	expect(smtp.mails[1].parsed.text).toContain('The admin room refused the post (restricted-workspace)');
	expect(smtp.mails[1].parsed.text).toContain(lines(readOnly).find((line) => line.finding === 'airgap')?.text);
	expect(smtp.mails[0].parsed.text).not.toContain('refused');

	const stateFiles = fs.readdirSync(path.join(dir, 'state')).map((file) => fs.readFileSync(path.join(dir, 'state', file), 'utf8'));
	const everything = [first, again, readOnly]
		.flatMap((run) => [run.stdout, run.stderr])
		.concat(
			stateFiles,
			smtp.mails.map((item) => item.raw),
		);
	expect(everything.filter((text) => text.includes(TOKEN) || text.includes(SMTP_PASSWORD))).toEqual([]);
});

test('an SMTP server that refuses, or is not there, is said on stderr and holds back neither the room nor the webhook', async () => {
	const ws = await workspace('community');
	const hook = await startHook();
	const refusing = await startSmtp({ refuse: true });
	opened.push(hook, refusing);
	const mailTo = (port: number) =>
		writeConfig({
			email_recipients: 'ops@acme.com',
			email_every_notice: true,
			smtp: smtpBlock(port),
			webhook: { url: hook.url, secretEnv: 'HOOK_SECRET' },
			workspaces: [entry('acme', ws.url)],
		});
	const refused = await runWatch(once(mailTo(refusing.port)), env);
	// The workspace was read: a channel that fails does not make the run fail (as with the webhook).
	expect(refused.code).toBe(0);
	expect(refused.stderr).toMatch(/^acme: the email could not be sent: .*550.*Its notices are kept for the next run\.$/m);
	expect(ws.posted).toHaveLength(1);
	const told = hook.bodies.length;
	expect(told).toBe(lines(refused).length);

	// The next run owes email what it missed: a closed port is said too, and still holds nothing back.
	const closed = await new Promise<number>((resolve) => {
		const probe = http.createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
	const nobody = await runWatch(once(mailTo(closed), '2026-12-01T15:00:00Z'), env);
	expect(nobody.code).toBe(0);
	expect(nobody.stderr).toMatch(/^acme: the email could not be sent: .*ECONNREFUSED/m);

	// Once the server takes mail, the notice email missed arrives, and the room and webhook do not hear it twice.
	const working = await startSmtp();
	opened.push(working);
	const healed = await runWatch(once(mailTo(working.port), '2026-12-02T09:00:00Z'), env);
	expect(healed.code).toBe(0);
	expect(healed.stderr).toBe('');
	expect(working.mails).toHaveLength(1);
	expect(lines(refused).filter((line) => !working.mails[0].parsed.text?.includes(line.text))).toEqual([]);
	expect(ws.posted).toHaveLength(1);
	expect(hook.bodies).toHaveLength(told);
	expect([refused, nobody, healed].flatMap((run) => [run.stdout, run.stderr]).filter((text) => text.includes(SMTP_PASSWORD))).toEqual([]);
});
