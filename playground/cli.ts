/**
 * `npm start`: runs the packaged app in the real Apps-Engine runtime against a simulated workspace (or a real one with
 * --server), then shows what it posts. See README.md for the options; `--help` prints them.
 */
import * as readline from 'readline';
import * as util from 'util';

import type { IPostedMessage } from './engine/world';
import { asJsonLine, asReadable, logLines } from './print';
import { DEFAULT_SCENARIO, Session, UNREACHABLE } from './session';
import { StateFileError, readStateFile, writeStateFile } from './stateFile';
import { describeScenario, scenarioNames } from './workspace/scenarios';

const JOB = 'daily-check';
const HELP = `Usage: npm start -- [options]
  --scenario NAME       simulated situation (default ${DEFAULT_SCENARIO}); "--scenario list" lists them
  --server URL          read a real workspace instead (credentials from RC_USER_ID and RC_TOKEN)
  --run "/cmd args"     run a slash command (repeatable); with --run or --job only those steps run, then it exits
  --job ${JOB}     run the daily check once (repeatable)
  --user NAME           who types the commands: admin (default) or user
  --language LANG       that user's language preference (en, pt-BR, es, de)
  --server-language L   the server's Language setting (default en)
  --setting id=value    set an app setting before the steps (repeatable)
  --state FILE          load the app's persistent data from FILE and save it back at exit
  --direct              skip the client-side permission check, as a direct REST call to commands.run does
  --json                one JSON line per message on stdout; logs on stderr`;

// The engine writes its own diagnostics with console.log: keep stdout for what the app posts.
console.log = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);

type Flag = { type: 'string' | 'boolean'; multiple?: boolean; default?: string | boolean };
/** Node's own option parser (util.parseArgs, Node 18.3+); @types/node is held at 16 for the app compiler's sake. */
const { parseArgs } = util as unknown as {
	parseArgs: (config: { options: Record<string, Flag>; allowPositionals: boolean }) => { values: Record<string, any> };
};

function options() {
	const { values } = parseArgs({
		options: {
			'scenario': { type: 'string' },
			'server': { type: 'string' },
			'run': { type: 'string', multiple: true },
			'job': { type: 'string', multiple: true },
			'user': { type: 'string', default: 'admin' },
			'language': { type: 'string' },
			'server-language': { type: 'string' },
			'setting': { type: 'string', multiple: true },
			'state': { type: 'string' },
			'direct': { type: 'boolean', default: false },
			'json': { type: 'boolean', default: false },
			'help': { type: 'boolean', default: false },
		},
		allowPositionals: false,
	});
	return values;
}

type Step = { kind: 'run'; line: string } | { kind: 'job'; id: string };

/** --run and --job in the order they were typed. */
function stepsInOrder(argv: string[]): Step[] {
	const steps: Step[] = [];
	argv.forEach((arg, index) => {
		const [flag, inline] = arg.split(/=([^]*)/);
		const value = inline ?? argv[index + 1];
		if (flag === '--run') {
			steps.push({ kind: 'run', line: value });
		} else if (flag === '--job') {
			steps.push({ kind: 'job', id: value });
		}
	});
	return steps;
}

function parseSettings(pairs: string[] = []): Record<string, string> {
	return Object.fromEntries(
		pairs.map((pair) => {
			const at = pair.indexOf('=');
			if (at < 1) {
				throw new Error(`--setting expects id=value, got "${pair}"`);
			}
			return [pair.slice(0, at), pair.slice(at + 1)];
		}),
	);
}

function reportEmpty(posted: IPostedMessage[]): void {
	if (posted.length === 0) {
		process.stdout.write('  (nothing posted)\n');
	}
}

async function interactive(session: Session, user: string, direct: boolean): Promise<void> {
	const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: `${user}> ` });
	process.stdout.write(
		'\nType a slash command (/license, /seats …), "job" for the daily check, "user NAME", "scenario NAME", or "quit".\n',
	);
	rl.prompt();
	for await (const line of rl) {
		const [word, ...rest] = line.trim().split(/\s+/);
		try {
			if (word === 'quit' || word === 'exit') {
				break;
			} else if (word === 'job') {
				reportEmpty(await session.job(JOB));
			} else if (word === 'user' && rest[0]) {
				user = rest[0];
				rl.setPrompt(`${user}> `);
			} else if (word === 'scenario' && rest[0]) {
				session.workspace?.setScenario(rest[0]);
			} else if (word?.startsWith('/')) {
				reportEmpty(await session.run(user, line, { direct }));
			} else if (word) {
				process.stdout.write('Try /license, /seats, job, user NAME, scenario NAME or quit.\n');
			}
		} catch (error) {
			process.stdout.write(`${error instanceof Error ? error.message : String(error)}\n`);
		}
		rl.prompt();
	}
	rl.close();
}

async function main(): Promise<number> {
	const values = options();
	if (values.help) {
		process.stdout.write(`${HELP}\n`);
		return 0;
	}
	if (values.scenario === 'list') {
		for (const name of [...scenarioNames(), UNREACHABLE]) {
			process.stdout.write(
				`${name.padEnd(16)} ${name === UNREACHABLE ? 'the server URL points at a closed port' : describeScenario(name)}\n`,
			);
		}
		return 0;
	}
	if (values.server && (!process.env.RC_USER_ID || !process.env.RC_TOKEN)) {
		process.stderr.write('--server needs the environment variables RC_USER_ID and RC_TOKEN (a personal access token and its user id).\n');
		return 2;
	}
	const print = (message: IPostedMessage) => process.stdout.write(values.json ? `${asJsonLine(message)}\n` : asReadable(message));
	let state;
	try {
		state = values.state ? readStateFile(values.state) : undefined;
	} catch (error) {
		if (error instanceof StateFileError) {
			process.stderr.write(`${error.message}\n`);
			return 2;
		}
		throw error;
	}
	const session = await Session.open({
		scenario: values.scenario,
		server: values.server,
		userId: process.env.RC_USER_ID,
		token: process.env.RC_TOKEN,
		settings: parseSettings(values.setting),
		state,
		serverLanguage: values['server-language'],
		userLanguages: values.language ? { [values.user as string]: values.language } : undefined,
		onMessage: print,
		onLog: (entry) => logLines(entry).forEach((line) => process.stderr.write(`${line}\n`)),
	});
	try {
		const steps = stepsInOrder(process.argv.slice(2));
		const user = values.user as string;
		if (steps.length === 0) {
			if (!values.json) {
				process.stdout.write(
					`LicenseApp in the real Apps-Engine · workspace: ${values.server ?? `simulated, scenario "${values.scenario ?? DEFAULT_SCENARIO}"`}\n`,
				);
			}
			steps.push({ kind: 'run', line: '/license' }, { kind: 'run', line: '/seats' }, { kind: 'job', id: JOB });
		}
		for (const step of steps) {
			if (!values.json) {
				process.stdout.write(`\n${step.kind === 'run' ? `${user}> ${step.line}` : `(scheduler) ${step.id}`}\n`);
			}
			const posted = await (step.kind === 'run'
				? session.run(user, step.line, { direct: values.direct as boolean })
				: session.job(step.id));
			if (!values.json) {
				reportEmpty(posted);
			}
		}
		if (stepsInOrder(process.argv.slice(2)).length === 0 && process.stdin.isTTY && !values.json) {
			await interactive(session, user, values.direct as boolean);
		}
	} finally {
		if (values.state) {
			writeStateFile(values.state, session.exportState());
		}
		await session.close();
	}
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`playground: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	},
);
