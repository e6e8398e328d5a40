/**
 * The playground forgives a newcomer's mistakes: every wrong option is named with the valid choices before the engine
 * boots, the prompt takes what people type, and piped commands run.
 */
import type { ChildProcess } from 'child_process';
import { spawn } from 'child_process';
import * as path from 'path';

import type { ICliResult } from './harness';
import { ROOT, TEST_NOW, cli } from './harness';
import { SETTING } from '../../lib/domain/settings';
import { DAILY_CHECK_JOB } from '../../lib/entry/dailyCheckJob';
import { BASE_ENV, TSX, runTsx } from '../support/runTsx';

const SETTING_IDS: string[] = Object.values(SETTING);
const CLI = path.join(ROOT, 'playground', 'cli.ts');
const ENGINE_ENV = { ...BASE_ENV, APPS_ENGINE_RUNTIME_TIMEOUT: '15000' };
/**
 * An engine given 1 ms to start never does ("app process not ready", exit 1): a mistake reported with exit 2 under it
 * was caught before the engine booted.
 */
const NO_ENGINE = { APPS_ENGINE_RUNTIME_TIMEOUT: '1' };

function settle(child: ChildProcess): Promise<ICliResult> {
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })));
}

/** `printf INPUT | npm start -- --now TEST_NOW args`, through a shell pipe as a user types it. */
function piped(input: string, args: string[] = []): Promise<ICliResult> {
	return settle(
		spawn('sh', ['-c', 'printf "%s" "$INPUT" | "$NODE" "$TSX" "$CLI" "$@"', 'sh', '--now', TEST_NOW, ...args], {
			cwd: ROOT,
			env: { ...ENGINE_ENV, INPUT: input, NODE: process.execPath, TSX, CLI },
		}),
	);
}

function deploy(args: string[], env: Record<string, string> = {}): Promise<ICliResult> {
	return runTsx('playground/build/deploy.ts', args, { env, timeout: 30_000 });
}

describe('mistakes on the command line are named before the engine boots', () => {
	it.concurrent('an unknown --engine is named, with the engines the playground has', async () => {
		const result = await cli(['--engine', '1.47.0', '--run', '/license'], NO_ENGINE);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('There is no engine "1.47.0" in the playground (--engine). Engines: 1.62.0, 1.53.1.');
		const fromEnvironment = await cli(['--run', '/license'], { ...NO_ENGINE, LICENSEAPP_ENGINE: '2.0' });
		expect(fromEnvironment.code).toBe(2);
		expect(fromEnvironment.stderr).toContain('There is no engine "2.0" in the playground (LICENSEAPP_ENGINE)');
	});

	it.concurrent('an unknown --setting id is named, with every valid id', async () => {
		const result = await cli(['--setting', 'admin_rooom=ops', '--run', '/license'], NO_ENGINE);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('"admin_rooom"');
		for (const id of SETTING_IDS) {
			expect(result.stderr).toContain(id);
		}
		expect(result.stdout).toBe('');
	});

	it.concurrent('--help lists the setting ids, the users and the jobs', async () => {
		const result = await cli(['--help'], NO_ENGINE);
		expect(result.code).toBe(0);
		for (const id of [...SETTING_IDS, 'admin', 'user', DAILY_CHECK_JOB]) {
			expect(result.stdout).toContain(id);
		}
	});

	it.concurrent.each(['ftp://chat.example.com', 'chat.example.com', 'https://'])('--server %s is not an http(s) URL', async (url) => {
		const result = await cli(['--server', url, '--run', '/license'], { ...NO_ENGINE, RC_USER_ID: 'u1', RC_TOKEN: 't1' });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`"${url}"`);
		expect(result.stderr).toContain('http(s)');
	});

	it.concurrent('an unknown --user is named, with the users there are', async () => {
		const result = await cli(['--user', 'bob', '--run', '/license'], NO_ENGINE);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/"bob".*admin, user/);
	});

	it.concurrent('an unknown --job lists the job names, not the engine id of the processor', async () => {
		const result = await cli(['--job', 'daily'], NO_ENGINE);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('"daily"');
		expect(result.stderr).toContain(DAILY_CHECK_JOB);
		expect(result.stderr).not.toMatch(/daily-check_|[0-9a-f]{8}-[0-9a-f]{4}-/);
	});

	it.concurrent.each([
		['2027-02-30T08:00Z', 'a day February does not have'],
		['2027-01-25', 'no time and no zone'],
		['2027-01-25T08:00', 'no zone'],
		['next monday', 'not a date'],
	])('--now %s is refused (%s)', async (instant) => {
		const result = await cli(['--now', instant, '--run', '/license'], NO_ENGINE);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`--now takes an ISO 8601 instant with a time zone, such as 2027-01-25T08:00Z, not "${instant}".`);
	});

	it.concurrent.each(['1w', '0d', '+1d', '1.5d', 'soon'])('--wait %s is refused with the durations it takes', async (duration) => {
		const result = await cli(['--run', '/license', '--wait', duration, '--run', '/license'], NO_ENGINE);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`--wait takes a duration such as 90s, 30m, 6h, 1d or 1d12h, not "${duration}".`);
	});

	it.concurrent('--help names --now and --wait', async () => {
		const result = await cli(['--help'], NO_ENGINE);
		expect(result.stdout).toMatch(/--now ISO {2,}start the world at that instant/);
		expect(result.stdout).toMatch(/--wait DURATION {2,}move the clock forward \(a step like --run, repeatable\)/);
	});

	it.concurrent('an unknown option or scenario is a usage error too', async () => {
		const option = await cli(['--senario', 'lapsed'], NO_ENGINE);
		expect(option.code).toBe(2);
		expect(option.stderr).toContain('--senario');
		const scenario = await cli(['--scenario', 'overcap', '--run', '/seats'], NO_ENGINE);
		expect(scenario.code).toBe(2);
		expect(scenario.stderr).toMatch(/"overcap".*over-cap/);
	});
});

describe('commands piped into npm start', () => {
	let result: ICliResult;
	beforeAll(async () => {
		result = await piped(
			[' /license limits', 'seats', 'help', 'scenario overcap', 'scenario over-cap', 'seats', 'user bob', 'quit', '/license'].join('\n'),
		);
	});

	it('run after the default steps, one a line, each echoed', () => {
		expect(result.code).toBe(0);
		const at = (marker: string) => result.stdout.indexOf(marker);
		expect(at('(scheduler) daily-check')).toBeGreaterThan(0);
		expect(at('admin> /license limits')).toBeGreaterThan(at('(scheduler) daily-check'));
	});

	it('take a leading space and a command without its slash', () => {
		const limits = result.stdout.slice(result.stdout.indexOf('admin> /license limits'));
		expect(limits).toMatch(/^admin> \/license limits\n\n── #general[^\n]*\n {2}\*Limits\*/);
		const seats = result.stdout.slice(result.stdout.indexOf('admin> seats'));
		expect(seats).toMatch(/^admin> seats\n\n── #general[^\n]*\n {2}\*Seats\*/);
		expect(result.stdout).not.toContain('No such command');
	});

	it('answer help with the prompt commands', () => {
		const help = result.stdout.slice(result.stdout.indexOf('admin> help'));
		for (const command of ['job', 'wait DURATION', 'user NAME', 'scenario NAME', 'quit']) {
			expect(help).toContain(command);
		}
	});

	it('switch the scenario at once, saying so, and list the names of an unknown one', () => {
		expect(result.stdout).toMatch(/"overcap".*near-cap.*over-cap/);
		expect(result.stdout).toContain('Scenario "over-cap" is in effect');
		const after = result.stdout.slice(result.stdout.indexOf('Scenario "over-cap" is in effect'));
		expect(after).toContain('*Used*: 205 · *Maximum*: 200');
		const before = result.stdout.slice(0, result.stdout.indexOf('admin> scenario over-cap'));
		expect(before).toContain('*Used*: 120 · *Maximum*: 200');
	});

	it('refuse an unknown user with the valid ones, and stop at quit', () => {
		expect(result.stdout).toMatch(/"bob".*admin, user/);
		const afterQuit = result.stdout.slice(result.stdout.indexOf('admin> quit'));
		expect(afterQuit).not.toContain('── #general');
	});
});

describe('the clock: --now, --wait and wait at the prompt', () => {
	it('runs three days in one run: the daily check tells once, and the clock says where it stands', async () => {
		const args = ['--now', '2027-01-25T08:00Z', '--scenario', 'near-cap', '--job', DAILY_CHECK_JOB];
		const result = await cli([...args, '--wait', '1d', '--job', DAILY_CHECK_JOB, '--wait', '1d', '--job', DAILY_CHECK_JOB]);
		expect(result.code).toBe(0);
		const days = result.stdout.split('(scheduler) daily-check').slice(1);
		expect(days).toHaveLength(3);
		expect(days[0]).toContain('Seats are 92.5% full');
		expect(days[0]).toContain('(clock) wait 1d: it is now 2027-01-26 08:00 UTC');
		expect(days[1].trim().split('\n')).toEqual(['(nothing posted)', '', '(clock) wait 1d: it is now 2027-01-27 08:00 UTC']);
		expect(days[2].trim()).toBe('(nothing posted)');
	});

	it('moves the clock at the prompt: the expiry counts down by the days waited', async () => {
		const result = await piped(['/license', 'wait 10d', '/license', 'wait 1w'].join('\n'), ['--scenario', 'near-cap']);
		expect(result.code).toBe(0);
		const [before, after] = [...result.stdout.matchAll(/\*Expires\*: ([^\n]+)/g)].slice(1).map((match) => match[1]);
		expect(before).toBe('April 27, 2027, 90 days left · enforced end August 15, 2027 · renews automatically');
		expect(after).toBe('April 27, 2027, 80 days left · enforced end August 15, 2027 · renews automatically');
		expect(result.stdout).toContain('(clock) wait 10d: it is now 2027-02-06 10:00 UTC');
		expect(result.stdout).toContain('wait takes a duration such as 90s, 30m, 6h, 1d or 1d12h, not "1w".');
	});
});

describe('npm start without a terminal or piped commands', () => {
	it('runs the default steps and exits when stdin is /dev/null', async () => {
		const result = await settle(spawn(process.execPath, [TSX, CLI], { cwd: ROOT, env: ENGINE_ENV, stdio: ['ignore', 'pipe', 'pipe'] }));
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('admin> /seats');
		expect(result.stdout.trimEnd().endsWith('(nothing posted)')).toBe(true);
	});
});

describe('--engine', () => {
	it('a session refuses to start on another engine than LICENSEAPP_ENGINE names, saying how to load it', async () => {
		const script = "require('./playground/session').Session.open().catch((e) => { console.error(e.message); process.exit(3); })";
		const result = await settle(
			spawn(process.execPath, [TSX, '-e', script], { cwd: ROOT, env: { ...ENGINE_ENV, LICENSEAPP_ENGINE: '1.53.1' } }),
		);
		expect(result.code).toBe(3);
		expect(result.stderr).toContain(
			'LICENSEAPP_ENGINE names engine 1.53.1 but this process loaded 1.62.0: import playground/engine/engineHook first',
		);
	});

	it('runs the app on the older engine and its Deno, and says so', async () => {
		const result = await piped('/license limits\n', ['--engine', '1.53.1']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('LicenseApp in the real Apps-Engine 1.53.1 on Deno 1.46.3 · workspace: simulated');
		expect(result.stdout).toContain('admin> /license limits');
		expect(result.stdout).toContain('*Limits*');
	});
});

describe('the prompt in a terminal', () => {
	it('ends with a newline on Ctrl-D', async () => {
		// util-linux `script` gives the playground a real terminal; its stderr is left out so only the prompt shows.
		const child = spawn('script', ['-qec', `"${process.execPath}" "${TSX}" "${CLI}" 2>/dev/null`, '/dev/null'], {
			cwd: ROOT,
			env: { ...BASE_ENV, TERM: 'dumb' },
		});
		const done = settle(child);
		let seen = '';
		child.stdout?.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			if (/"quit"[^]*admin> /.test(seen)) {
				seen = '';
				child.stdin?.write('\x04');
			}
		});
		const result = await done;
		child.stdin?.end();
		expect(result.code).toBe(0);
		// eslint-disable-next-line no-control-regex
		const visible = result.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
		expect(visible).toMatch(/admin> \r?\n$/);
	});
});

describe('npm run deploy', () => {
	it.concurrent('--help explains the options and the environment variables', async () => {
		const result = await deploy(['--help']);
		expect(result.code).toBe(0);
		for (const name of ['--url', '--update', 'RC_URL', 'RC_USER_ID', 'RC_TOKEN']) {
			expect(result.stdout).toContain(name);
		}
	});

	it.concurrent('names the environment variables it reads when the server or the credentials are missing', async () => {
		const partial: Array<Record<string, string>> = [{}, { RC_URL: 'https://chat.example.com' }, { RC_USER_ID: 'u1', RC_TOKEN: 't1' }];
		for (const env of partial) {
			const result = await deploy([], env);
			expect(result.code).toBe(2);
			for (const name of ['RC_URL', 'RC_USER_ID', 'RC_TOKEN']) {
				expect(result.stderr).toContain(name);
			}
		}
	});

	it.concurrent('refuses a server URL that is not http(s), and an unknown option, before uploading anything', async () => {
		const url = await deploy([], { RC_URL: 'chat.example.com', RC_USER_ID: 'u1', RC_TOKEN: 't1' });
		expect(url.code).toBe(2);
		expect(url.stderr).toMatch(/RC_URL.*"chat\.example\.com"/);
		expect(url.stderr).not.toContain('t1');
		const option = await deploy(['--ulr', 'https://chat.example.com']);
		expect(option.code).toBe(2);
		expect(option.stderr).toContain('--ulr');
	});
});
