/**
 * licenseapp-watch: the app's daily check run from outside Rocket.Chat, where nothing can switch it off.
 *   --config FILE     the workspaces and settings (docs/watch.md)
 *   --once            check every workspace once and exit (cron, systemd timer, Kubernetes CronJob)
 *   --state-dir DIR   where each workspace's state file lives (default: licenseapp-watch-state)
 *   --listen HOST:PORT  Prometheus metrics of every workspace at /metrics, while it keeps running
 *   --json            each notice as one JSON line on stdout
 *   --now ISO         the world's clock, as in the playground
 * Exit codes: 0 all read, 1 a workspace failed, 2 bad options or config (before any request).
 */
import * as fs from 'fs';

import type { IRunOptions, WorkspaceResult } from './check';
import { checkWorkspace } from './check';
import { CONCURRENCY, pooled } from './concurrency';
import type { IWatchConfig, IWatchedWorkspace } from './config';
import { readConfigFile } from './config';
import { WatchMetrics } from './metrics';
import { output } from './output';
import { watchTexts } from './texts';
import { pickLanguage } from '../lib/i18n/texts';

const DEFAULT_STATE_DIR = 'licenseapp-watch-state';

interface IOptions {
	config: string;
	once: boolean;
	stateDir: string;
	json: boolean;
	/** Offset of the world's clock from the machine's, in ms. */
	shiftMs: number;
	listen?: { host: string; port: number };
}

const VALUED = ['--config', '--state-dir', '--now', '--listen'];
const FLAGS = ['--once', '--json'];

function parseOptions(argv: string[]): { ok: true; options: IOptions } | { ok: false; problem: string } {
	const t = watchTexts(pickLanguage(process.env.LC_ALL, process.env.LANG));
	const values: Record<string, string> = {};
	const flags = new Set<string>();
	for (let index = 0; index < argv.length; index++) {
		const equals = argv[index].indexOf('=');
		const name = equals < 0 ? argv[index] : argv[index].slice(0, equals);
		const inline = equals < 0 ? undefined : argv[index].slice(equals + 1);
		if (FLAGS.includes(name) && inline === undefined) {
			flags.add(name);
		} else if (VALUED.includes(name)) {
			const value = inline ?? argv[++index];
			if (value === undefined || value.startsWith('--')) {
				return { ok: false, problem: t('option_problem', { detail: name }) };
			}
			values[name] = value;
		} else {
			return { ok: false, problem: t('option_problem', { detail: argv[index] }) };
		}
	}
	if (!values['--config']) {
		return { ok: false, problem: t('option_problem', { detail: '--config' }) };
	}
	let shiftMs = 0;
	if (values['--now'] !== undefined) {
		const at = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(values['--now']) ? Date.parse(values['--now']) : NaN;
		if (Number.isNaN(at)) {
			return { ok: false, problem: t('now_invalid', { value: values['--now'] }) };
		}
		shiftMs = at - Date.now();
	}
	let listen: IOptions['listen'];
	if (values['--listen'] !== undefined) {
		const match = /^(.+):(\d{1,5})$/.exec(values['--listen']);
		if (!match || Number(match[2]) > 65535) {
			return { ok: false, problem: t('listen_invalid', { value: values['--listen'] }) };
		}
		if (flags.has('--once')) {
			return { ok: false, problem: t('listen_once') };
		}
		listen = { host: match[1].replace(/^\[|\]$/g, ''), port: Number(match[2]) };
	}
	return {
		ok: true,
		options: {
			listen,
			config: values['--config'],
			once: flags.has('--once'),
			stateDir: values['--state-dir'] ?? DEFAULT_STATE_DIR,
			json: flags.has('--json'),
			shiftMs,
		},
	};
}

async function checkAll(workspaces: IWatchedWorkspace[], run: IRunOptions, metrics?: WatchMetrics): Promise<WorkspaceResult[]> {
	const t = watchTexts(run.language);
	return pooled(workspaces, CONCURRENCY, async (workspace) => {
		const result = await checkWorkspace(workspace, run).catch((error: unknown): WorkspaceResult => {
			output.log(t('workspace_failed', { name: workspace.name, reason: error instanceof Error ? error.message : String(error) }));
			return { name: workspace.name, status: 'failed', notices: [] };
		});
		if (result.reading) {
			metrics?.record(workspace.name, result.reading);
		}
		return result;
	});
}

/** Without --once: every minute, the workspaces whose check time (check_time, server's local time) is now. */
async function daily(config: IWatchConfig, options: IOptions): Promise<never> {
	const done = new Map<string, string>();
	const metrics = options.listen ? new WatchMetrics() : undefined;
	if (metrics && options.listen) {
		const address = await metrics.listen(options.listen.host, options.listen.port);
		output.log(watchTexts(config.language)('listening', { address }));
	}
	for (;;) {
		const now = new Date(Date.now() + options.shiftMs);
		const today = now.toDateString();
		const due = config.workspaces.filter(
			({ name, config: settings }) =>
				done.get(name) !== today &&
				(now.getHours() > settings.checkTime.hour ||
					(now.getHours() === settings.checkTime.hour && now.getMinutes() >= settings.checkTime.minute)),
		);
		due.forEach(({ name }) => done.set(name, today));
		if (due.length) {
			await checkAll(due, { now, stateDir: options.stateDir, json: options.json, language: config.language }, metrics);
		}
		await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000)));
	}
}

export async function main(argv: string[]): Promise<number> {
	const parsed = parseOptions(argv);
	if (!parsed.ok) {
		output.log(parsed.problem);
		return 2;
	}
	const { options } = parsed;
	const read = readConfigFile(options.config, { env: process.env, readFile: (file) => fs.readFileSync(file, 'utf8') });
	if (!read.ok) {
		read.problems.forEach((problem) => output.log(problem));
		return 2;
	}
	fs.mkdirSync(options.stateDir, { recursive: true, mode: 0o700 });
	if (!options.once) {
		return daily(read.config, options);
	}
	const now = new Date(Date.now() + options.shiftMs);
	const results = await checkAll(read.config.workspaces, {
		now,
		stateDir: options.stateDir,
		json: options.json,
		language: read.config.language,
	});
	return results.some((result) => result.status === 'failed') ? 1 : 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		output.log(error instanceof Error ? error.message : String(error));
		process.exitCode = 1;
	},
);
