/**
 * `npm start`: runs the packaged app in the real Apps-Engine runtime against a simulated workspace (or a real one with
 * --server), then shows what it posts. See docs/playground.md for the options; `--help` prints them.
 */
// First: it points the engine's imports at the engine chosen with --engine, before any module loads it.
import './engine/engineHook';

import * as fs from 'fs';
import * as readline from 'readline';
import * as util from 'util';

import { parseDuration, parseInstant } from './engine/clock';
import { DEFAULT_ENGINE, ENGINE_VARIABLE, ENGINES, engineNamed, engineVersions } from './engine/engines';
import type { IPostedMessage } from './engine/world';
import { World } from './engine/world';
import { findChromium, INSTALL_HINT } from './preview/chromium';
import { asJsonLine, asReadable, emailJsonLine, emailReadable, logLines, webhookJsonLine, webhookReadable } from './print';
import type { ISessionOptions } from './session';
import { DEFAULT_SCENARIO, ENGINE_TIMEOUTS, Session, UNREACHABLE } from './session';
import type { IStateTarget } from './stateFile';
import { StateFileError, readStateFile, writeStateFile } from './stateFile';
import { describeScenario, scenarioNames } from './workspace/scenarios';
import { SUCCESS_TTL_MS } from '../lib/api/cache';
import { SETTING, parseServerUrl } from '../lib/domain/settings';
import { DAILY_CHECK_JOB } from '../lib/entry/dailyCheckJob';

/** What the CLI accepts, each from the module that owns it: the app's settings and job, the playground's users and scenarios. */
const SETTING_IDS: string[] = Object.values(SETTING);
const JOBS = [DAILY_CHECK_JOB];
const USERS = [...new World({ siteUrl: '' }).users.values()].map((user) => user.username);
const SCENARIOS = [...scenarioNames(), UNREACHABLE];

const HELP = `Usage: npm start -- [options]
  --scenario NAME       simulated situation (default ${DEFAULT_SCENARIO}); "--scenario list" lists them
  --server URL          read a real workspace instead (credentials from RC_USER_ID and RC_TOKEN)
  --run "/cmd args"     run a slash command (repeatable); with --run, --job or --get only those steps run, then it exits
  --job NAME            run a scheduled job once (repeatable): ${JOBS.join(', ')}
  --user NAME           who types the commands: ${USERS.join(' (default) or ')}
  --click ACTION_ID     press, as --user, the button with that action id on the newest message that has one
                        (repeatable, a step like --run); ACTION_ID=VALUE picks the button with that value
  --language LANG       that user's language preference (en, pt-BR, es, de)
  --server-language L   the server's Language setting (default en)
  --setting id=value    set an app setting before the steps (repeatable); ids:
                        ${SETTING_IDS.join(', ')}
  --server-setting ID=VALUE  set a Rocket.Chat server setting in the in-memory world (repeatable), e.g.
                        Cloud_Workspace_AirGapped_Restrictions_Remaining_Days=3
  --now ISO             start the world at that instant (e.g. 2027-01-25T08:00Z), then let it run on; the simulated
                        workspace, the engine and the app all see it (default: this machine's clock)
  --wait DURATION       move the clock forward (a step like --run, repeatable): 90s, 30m, 6h, 1d, 1d12h
  --get PATH            call the app's API endpoint at PATH, query allowed (repeatable step), e.g. "metrics?token=…"
  --header "Name: value"  a request header for the --get steps that follow it (repeatable)
  --state FILE          load the app's persistent data from FILE and save it back at exit
  --direct              skip the client-side permission check, as a direct REST call to commands.run does
  --engine VERSION      the Apps-Engine to run the app on: ${ENGINES.map((engine) => `${engine.version} (Deno ${engine.denoLine})`).join(', ')};
                        default ${DEFAULT_ENGINE.version}, or LICENSEAPP_ENGINE
  --engine-timeout S    the engine's limit on any call into the app: 10 (engine 1.47.0, default) or 30 (1.47.1 and later)
  --json                one JSON line per message on stdout; logs on stderr
  --preview DIR         then draw the messages as Rocket.Chat does: DIR/index.html and DIR/NN-<room>.png (needs Chromium)
Without --run or --job it runs /license, /seats and the daily check, then reads more commands: at a prompt in a
terminal, or line by line from piped input (printf '/license limits\\n' | npm start).`;

const PROMPT_HELP = `  /license …, /seats …  a slash command; the slash may be left out
  job [NAME]            run a scheduled job once (default ${DAILY_CHECK_JOB})
  wait DURATION         move the clock forward: 90s, 30m, 6h, 1d, 1d12h
  click ACTION_ID[=VALUE] press the button with that action id on the newest message that has one
  user NAME             type as another user: ${USERS.join(', ')}
  scenario NAME         switch the simulated workspace to another situation; "scenario" alone lists them
  help                  this list
  quit                  leave (Ctrl-D too)`;

/** A mistake on the command line: said before anything boots, exit status 2. */
class UsageError extends Error {}

// The engine writes its own diagnostics with console.log: keep stdout for what the app posts.
console.log = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);

type Flag = { type: 'string' | 'boolean'; multiple?: boolean; default?: string | boolean };
/** Node's own option parser (util.parseArgs, Node 18.3+); @types/node is held at 16 for the app compiler's sake. */
const { parseArgs } = util as unknown as {
	parseArgs: (config: { options: Record<string, Flag>; allowPositionals: boolean }) => { values: Record<string, any> };
};

function options() {
	try {
		return parseArgs({
			options: {
				'scenario': { type: 'string' },
				'server': { type: 'string' },
				'run': { type: 'string', multiple: true },
				'job': { type: 'string', multiple: true },
				'click': { type: 'string', multiple: true },
				'user': { type: 'string', default: 'admin' },
				'language': { type: 'string' },
				'server-language': { type: 'string' },
				'setting': { type: 'string', multiple: true },
				'server-setting': { type: 'string', multiple: true },
				'get': { type: 'string', multiple: true },
				'header': { type: 'string', multiple: true },
				'state': { type: 'string' },
				'now': { type: 'string' },
				'wait': { type: 'string', multiple: true },
				'direct': { type: 'boolean', default: false },
				'engine': { type: 'string' },
				'engine-timeout': { type: 'string', default: String(ENGINE_TIMEOUTS[0]) },
				'json': { type: 'boolean', default: false },
				'preview': { type: 'string' },
				'help': { type: 'boolean', default: false },
			},
			allowPositionals: false,
		}).values;
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

type Step =
	| { kind: 'run'; line: string }
	| { kind: 'job'; id: string }
	| { kind: 'click'; target: string }
	| { kind: 'wait'; ms: number; text: string }
	| { kind: 'get'; target: string; headers: Record<string, string> };

const DEFAULT_STEPS: Step[] = [
	{ kind: 'run', line: '/license' },
	{ kind: 'run', line: '/seats' },
	{ kind: 'job', id: DAILY_CHECK_JOB },
];

/** "Authorization: Bearer x" → ["Authorization", "Bearer x"]. */
function parseHeader(text: string): [string, string] {
	const at = text.indexOf(':');
	const name = text.slice(0, at).trim();
	if (at < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
		throw new UsageError(`--header expects "Name: value", got "${text}".`);
	}
	return [name, text.slice(at + 1).trim()];
}

/**
 * --run, --job, --click and --get in the order they were typed; a command typed without its slash gets one. Each
 * --header applies to the --get steps after it.
 */
function stepsInOrder(argv: string[]): Step[] {
	const steps: Step[] = [];
	const headers: Record<string, string> = {};
	argv.forEach((arg, index) => {
		const [flag, inline] = arg.split(/=([^]*)/);
		const value = inline ?? argv[index + 1];
		if (flag === '--run') {
			steps.push({ kind: 'run', line: `/${value.trim().replace(/^\//, '')}` });
		} else if (flag === '--job') {
			steps.push({ kind: 'job', id: checkJob(value) });
		} else if (flag === '--click') {
			steps.push({ kind: 'click', target: value });
		} else if (flag === '--wait') {
			steps.push({ kind: 'wait', ms: checkDuration(value, '--wait'), text: value });
		} else if (flag === '--header') {
			const [name, text] = parseHeader(value);
			headers[name] = text;
		} else if (flag === '--get') {
			steps.push({ kind: 'get', target: value.trim().replace(/^\/+/, ''), headers: { ...headers } });
		}
	});
	return steps;
}

/** --server-setting ID=VALUE pairs: any Rocket.Chat setting id, since the world holds whatever the server would. */
function parseServerSettings(pairs: string[] = []): Record<string, string> {
	return Object.fromEntries(
		pairs.map((pair) => {
			const at = pair.indexOf('=');
			if (at < 1 || !/^[A-Za-z0-9_.-]+$/.test(pair.slice(0, at))) {
				throw new UsageError(`--server-setting expects ID=VALUE such as Language=de, got "${pair}".`);
			}
			return [pair.slice(0, at), pair.slice(at + 1)];
		}),
	);
}

function checkDuration(text: string, where: string): number {
	const ms = parseDuration(text);
	if (ms === undefined) {
		throw new UsageError(`${where} takes a duration such as 90s, 30m, 6h, 1d or 1d12h, not "${text}".`);
	}
	return ms;
}

function checkNow(text: string | undefined): string | undefined {
	if (text !== undefined && !parseInstant(text)) {
		throw new UsageError(`--now takes an ISO 8601 instant with a time zone, such as 2027-01-25T08:00Z, not "${text}".`);
	}
	return text;
}

/** Moves the world's clock and says where it now stands. */
function wait(shell: IShell, ms: number, text: string): void {
	shell.session.wait(ms);
	shell.say(`\n(clock) wait ${text}: it is now ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
}

function checkJob(name: string): string {
	if (!JOBS.includes(name)) {
		throw new UsageError(`There is no job "${name}". Jobs: ${JOBS.join(', ')}.`);
	}
	return name;
}

function checkUser(name: string): string {
	if (!USERS.includes(name)) {
		throw new UsageError(`There is no user "${name}" in the playground. Users: ${USERS.join(', ')}.`);
	}
	return name;
}

function checkScenario(name: string): string {
	if (!SCENARIOS.includes(name)) {
		throw new UsageError(`There is no scenario "${name}". Scenarios: ${SCENARIOS.join(', ')}.`);
	}
	return name;
}

function parseSettings(pairs: string[] = []): Record<string, string> {
	return Object.fromEntries(
		pairs.map((pair) => {
			const at = pair.indexOf('=');
			if (at < 1) {
				throw new UsageError(`--setting expects id=value, got "${pair}". Setting ids: ${SETTING_IDS.join(', ')}.`);
			}
			const id = pair.slice(0, at);
			if (!SETTING_IDS.includes(id)) {
				throw new UsageError(`The app has no setting "${id}". Setting ids: ${SETTING_IDS.join(', ')}.`);
			}
			return [id, pair.slice(at + 1)];
		}),
	);
}

/** --engine (engineHook.ts already read it) or LICENSEAPP_ENGINE: one of the engines the playground has. */
function checkEngine(typed: string | undefined): void {
	const version = typed ?? (process.env[ENGINE_VARIABLE] || undefined);
	if (!engineNamed(version)) {
		const source = typed === undefined ? ENGINE_VARIABLE : '--engine';
		throw new UsageError(`There is no engine "${version}" in the playground (${source}). Engines: ${engineVersions()}.`);
	}
}

function checkServer(url: string | undefined): string | undefined {
	if (url === undefined) {
		return undefined;
	}
	const checked = parseServerUrl(url);
	if (!checked.ok || !checked.value) {
		throw new UsageError(`--server expects an http(s) address such as https://chat.example.com, got "${url}".`);
	}
	if (!process.env.RC_USER_ID || !process.env.RC_TOKEN) {
		throw new UsageError('--server needs the environment variables RC_USER_ID and RC_TOKEN (a personal access token and its user id).');
	}
	return checked.value;
}

/** Input worth reading line by line when it is not a terminal: a pipe or a file, not /dev/null or a parent's open socket. */
function pipedInput(): boolean {
	if (process.stdin.isTTY) {
		return false;
	}
	try {
		const stat = fs.fstatSync(0);
		return stat.isFIFO() || stat.isFile();
	} catch {
		return false;
	}
}

interface IShell {
	session: Session;
	options: ISessionOptions;
	user: string;
	direct: boolean;
	json: boolean;
	say: (text: string) => void;
}

function reportEmpty(shell: IShell, posted: IPostedMessage[]): void {
	if (posted.length === 0) {
		shell.say('  (nothing posted)');
	}
}

/** One --get step: the endpoint's answer, readable or as one JSON line {"api": {status, headers, body}}. */
async function apiStep(shell: IShell, next: Extract<Step, { kind: 'get' }>): Promise<void> {
	shell.say(`\nGET /api/apps/public/${shell.session.playground.appId}/${next.target}`);
	const answer = await shell.session.api(next.target, next.headers);
	if (shell.json) {
		process.stdout.write(`${JSON.stringify({ api: answer })}\n`);
		return;
	}
	const headers = Object.entries(answer.headers).map(([name, value]) => `  ${name}: ${value}`);
	const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? '');
	shell.say(
		[
			`  → ${answer.status}`,
			...headers,
			'',
			...body
				.replace(/\n$/, '')
				.split('\n')
				.map((line) => `  ${line}`),
		].join('\n'),
	);
}

function describeStep(next: Extract<Step, { kind: 'run' | 'job' | 'click' }>, user: string): string {
	if (next.kind === 'run') {
		return `${user}> ${next.line}`;
	}
	return next.kind === 'job' ? `(scheduler) ${next.id}` : `${user} clicks ${next.target}`;
}

function runStep(shell: IShell, next: Extract<Step, { kind: 'run' | 'job' | 'click' }>): Promise<IPostedMessage[]> {
	if (next.kind === 'run') {
		return shell.session.run(shell.user, next.line, { direct: shell.direct });
	}
	return next.kind === 'job' ? shell.session.job(next.id) : shell.session.click(shell.user, next.target);
}

async function step(shell: IShell, next: Step): Promise<void> {
	if (next.kind === 'get') {
		await apiStep(shell, next);
		return;
	}
	if (next.kind === 'wait') {
		wait(shell, next.ms, next.text);
		return;
	}
	shell.say(`\n${describeStep(next, shell.user)}`);
	reportEmpty(shell, await runStep(shell, next));
}

/**
 * The app keeps workspace answers for a minute, as it does on a server, so a new scenario alone would show only after
 * that. Switching restarts the app on its saved data, as a server restart does: the next command reads the new scenario.
 */
async function switchScenario(shell: IShell, name: string | undefined): Promise<void> {
	if (!name || name === 'list') {
		shell.say(SCENARIOS.map((known) => `  ${known}`).join('\n'));
		return;
	}
	if (shell.options.server) {
		throw new UsageError(`Scenarios are for the simulated workspace; this session reads ${shell.options.server}.`);
	}
	checkScenario(name);
	shell.say(
		`Switching to scenario "${name}" and restarting the app on its saved data, so it drops the answers it keeps for ${SUCCESS_TTL_MS / 1000} s…`,
	);
	const state = shell.session.exportState();
	await shell.session.close();
	// The new session starts where the clock stands now, not where --now first set it.
	shell.options = { ...shell.options, scenario: name, state, now: new Date().toISOString() };
	shell.session = await Session.open(shell.options);
	shell.say(`Scenario "${name}" is in effect: the next command reads it.`);
}

/** One line typed at the prompt or piped in. Returns false to stop. */
async function perform(shell: IShell, line: string): Promise<boolean> {
	const [word, ...rest] = line.trim().split(/\s+/);
	const name = word.replace(/^\//, '');
	if (word === 'quit' || word === 'exit') {
		return false;
	}
	if (word === 'help' || word === '?') {
		shell.say(PROMPT_HELP);
	} else if (word === 'job') {
		reportEmpty(shell, await shell.session.job(checkJob(rest[0] ?? DAILY_CHECK_JOB)));
	} else if (word === 'wait') {
		wait(shell, checkDuration(rest.join(''), 'wait'), rest.join(''));
	} else if (word === 'click' && rest[0]) {
		reportEmpty(shell, await shell.session.click(shell.user, rest.join(' ')));
	} else if (word === 'user') {
		shell.user = rest[0] ? checkUser(rest[0]) : shell.user;
		shell.say(`Commands are now typed by ${shell.user}.`);
	} else if (word === 'scenario') {
		await switchScenario(shell, rest[0]);
	} else if (word.startsWith('/') || shell.session.playground.commands.has(name)) {
		reportEmpty(shell, await shell.session.run(shell.user, `/${name} ${rest.join(' ')}`.trim(), { direct: shell.direct }));
	} else if (word) {
		shell.say(`Unknown command "${word}". Type help for the list.`);
	}
	return true;
}

/** Reads commands at a prompt (a terminal) or line by line (piped input) until quit or the end of input. */
async function readCommands(shell: IShell, terminal: boolean): Promise<void> {
	const prompt = () => `${shell.user}> `;
	const rl = readline.createInterface({ input: process.stdin, output: terminal ? process.stdout : undefined, terminal });
	if (terminal) {
		shell.say('\nType a slash command (/license, /seats …), "job", "user NAME", "scenario NAME", "help" or "quit".');
		rl.setPrompt(prompt());
		rl.prompt();
	}
	let quit = false;
	for await (const line of rl) {
		if (!terminal && line.trim()) {
			shell.say(`\n${prompt()}${line.trim()}`);
		}
		try {
			quit = !(await perform(shell, line));
		} catch (error) {
			shell.say(error instanceof Error ? error.message : String(error));
		}
		if (quit) {
			break;
		}
		if (terminal) {
			rl.setPrompt(prompt());
			rl.prompt();
		}
	}
	rl.close();
	if (terminal && !quit) {
		// Ctrl-D: end the prompt's line so the shell's own prompt starts on a fresh one.
		process.stdout.write('\n');
	}
}

async function main(): Promise<number> {
	const values = options();
	if (values.help) {
		process.stdout.write(`${HELP}\n`);
		return 0;
	}
	if (values.scenario === 'list') {
		for (const name of SCENARIOS) {
			process.stdout.write(
				`${name.padEnd(16)} ${name === UNREACHABLE ? 'the server URL points at a closed port' : describeScenario(name)}\n`,
			);
		}
		return 0;
	}
	// Every mistake on the command line is said now, before the engine boots.
	checkEngine(values.engine);
	const server = checkServer(values.server);
	const settings = parseSettings(values.setting);
	const serverSettings = parseServerSettings(values['server-setting']);
	const user = checkUser(values.user as string);
	const scenario = values.scenario === undefined ? undefined : checkScenario(values.scenario);
	const steps = stepsInOrder(process.argv.slice(2));
	const now = checkNow(values.now);

	const chromium = values.preview ? findChromium() : undefined;
	if (values.preview && !chromium) {
		process.stderr.write(`${INSTALL_HINT}\n`);
		return 2;
	}
	const engineTimeout = ENGINE_TIMEOUTS.find((seconds) => String(seconds) === values['engine-timeout']);
	if (!engineTimeout) {
		throw new UsageError(`--engine-timeout takes ${ENGINE_TIMEOUTS.join(' or ')} (seconds), not "${values['engine-timeout']}".`);
	}

	const json = values.json as boolean;
	const posted: IPostedMessage[] = [];
	const print = (message: IPostedMessage) => {
		posted.push(message);
		process.stdout.write(json ? `${asJsonLine(message)}\n` : asReadable(message));
	};
	// Checked before the engine boots: a file that is not a state file, or a path the run could not save to, is refused.
	let opened;
	try {
		opened = values.state ? readStateFile(values.state) : undefined;
	} catch (error) {
		if (error instanceof StateFileError) {
			throw new UsageError(error.message);
		}
		throw error;
	}
	const saved = opened?.saved;
	const state = saved?.records;
	const sessionOptions: ISessionOptions = {
		scenario,
		now,
		server,
		userId: process.env.RC_USER_ID,
		token: process.env.RC_TOKEN,
		settings,
		serverSettings,
		state,
		userChanges: saved?.users,
		serverLanguage: values['server-language'],
		userLanguages: values.language ? { [user]: values.language } : undefined,
		engineTimeoutSeconds: engineTimeout,
		onMessage: print,
		// With --server the webhook really goes out, so only its log says so; a simulated world shows what it would send.
		onOutbound: (call) =>
			json ? !server && process.stdout.write(`${webhookJsonLine(call)}\n`) : process.stdout.write(webhookReadable(call)),
		onEmail: (email) => process.stdout.write(json ? `${emailJsonLine(email)}\n` : emailReadable(email)),
		onLog: (entry) => logLines(entry).forEach((line) => process.stderr.write(`${line}\n`)),
	};
	const shell: IShell = {
		session: await Session.open(sessionOptions),
		options: sessionOptions,
		user,
		direct: values.direct as boolean,
		json,
		say: (text) => !json && process.stdout.write(`${text}\n`),
	};
	let code = 0;
	try {
		if (steps.length > 0) {
			for (const next of steps) {
				await step(shell, next);
			}
		} else {
			const { engine, deno } = shell.session.playground.runsOn;
			const workspace = server ?? `simulated, scenario "${scenario ?? DEFAULT_SCENARIO}"`;
			shell.say(`LicenseApp in the real Apps-Engine ${engine} on Deno ${deno} · workspace: ${workspace}`);
			for (const next of DEFAULT_STEPS) {
				await step(shell, next);
			}
			if (process.stdin.isTTY && !json && !values.preview) {
				await readCommands(shell, true);
			} else if (pipedInput()) {
				await readCommands(shell, false);
			}
		}
		if (values.preview && chromium) {
			// Loaded only here: the renderer and the browser driver are not needed for anything else.
			const { writePreview } = await import('./preview/writer');
			const { files } = await writePreview(values.preview, posted, chromium);
			process.stderr.write(`preview: ${files.length - 1} screenshot(s) and index.html in ${values.preview}\n`);
		}
	} finally {
		if (opened) {
			code = saveState(opened.target, shell.session);
		}
		await shell.session.close();
	}
	return code;
}

/** Saves the run's state at exit; a state that cannot be saved is said on stderr, exit status 1. */
function saveState(target: IStateTarget, session: Session): number {
	try {
		writeStateFile(target, session.exportState(), session.exportUserChanges());
		return 0;
	} catch (error) {
		if (!(error instanceof StateFileError)) {
			throw error;
		}
		process.stderr.write(`playground: ${error.message}\n`);
		return 1;
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`playground: ${error instanceof Error ? error.message : String(error)}\n`);
		if (error instanceof UsageError) {
			process.stderr.write('Run npm start -- --help for the options.\n');
		}
		process.exit(error instanceof UsageError ? 2 : 1);
	},
);
