/**
 * `npm run bench`: speed and memory of the packaged app in the real engine, printed as figures. Round trips are read
 * as ratios from one run (command time with a simulated API delay, minus the time without, over the delay), so a
 * noisy shared machine shifts both sides alike.
 */
// First: LICENSEAPP_ENGINE picks the engine this process loads (the per-engine boot figures run one process each).
import './engine/engineHook';

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { backtestLines } from './backtest/backtest';
import { CONTACT_SHAPES } from './backtest/contactMonths';
import { watchFigures } from './benchWatch';
import { APP_FILES, buildZipFrom, ensureZip, root } from './build/package';
import { ENGINES, ENGINE_VARIABLE, selectedEngine } from './engine/engines';
import type { IPostedMessage } from './engine/world';
import { findChromium } from './preview/chromium';
import { Session } from './session';
import { userId } from './workspace/fixtures';
import { seenAmong } from '../lib/api/idleUsers';

const DELAY_MS = 200;
const REPEAT = 5;
/** Idle-seat figures start at a pinned instant: the same users are idle on every run. */
const BENCH_NOW = '2027-01-27T10:00:00Z';
/** The seat back-test's today: a fixed day, so its figures do not depend on when the bench runs. */
const BACKTEST_TODAY = '2026-11-24';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(step: () => Promise<unknown>): Promise<number> {
	const started = process.hrtime.bigint();
	await step();
	return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Resident memory of this process's children (the Deno runtime of the app), in MB. */
function childRssMb(): number {
	try {
		const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(process.pid)], { encoding: 'utf8' });
		return (
			out
				.split('\n')
				.filter(Boolean)
				.reduce((sum, kb) => sum + Number(kb), 0) / 1024
		);
	} catch {
		return NaN;
	}
}

interface IFigures {
	boot: number;
	cold: number;
	cachedLicense: number;
	cachedSeats: number;
	freshCheck: number;
	job: number;
}

async function measure(delayMs: number): Promise<IFigures> {
	const samples: IFigures[] = [];
	for (let i = 0; i < REPEAT; i++) {
		const started = process.hrtime.bigint();
		const session = await Session.open({ scenario: 'near-cap', delayMs, rateLimit: false, settings: { admin_room: 'admins' } });
		const opened = Number(process.hrtime.bigint() - started) / 1e6;
		const cold = await timed(() => session.run('admin', '/license'));
		const cachedLicense = await timed(() => session.run('admin', '/license'));
		const cachedSeats = await timed(() => session.run('admin', '/seats'));
		const freshCheck = await timed(() => session.run('admin', '/license check'));
		const job = await timed(() => session.job('daily-check'));
		samples.push({ boot: opened + cold, cold, cachedLicense, cachedSeats, freshCheck, job });
		await session.close();
	}
	const pick = (key: keyof IFigures) => median(samples.map((sample) => sample[key]));
	return {
		boot: pick('boot'),
		cold: pick('cold'),
		cachedLicense: pick('cachedLicense'),
		cachedSeats: pick('cachedSeats'),
		freshCheck: pick('freshCheck'),
		job: pick('job'),
	};
}

const BOOT_ONLY = '--boot-only';

/** Boot to the first /license reply on this process's engine, median of REPEAT sessions: one JSON line on stdout. */
async function bootOnly(): Promise<void> {
	console.log = () => undefined;
	const boots: number[] = [];
	let runsOn = { engine: '', deno: '' };
	for (let i = 0; i < REPEAT; i++) {
		const started = process.hrtime.bigint();
		const session = await Session.open({ scenario: 'near-cap', rateLimit: false });
		await session.run('admin', '/license');
		boots.push(Number(process.hrtime.bigint() - started) / 1e6);
		runsOn = session.playground.runsOn;
		await session.close();
	}
	process.stdout.write(`${JSON.stringify({ ...runsOn, boot: median(boots) })}\n`);
}

/** Boot to first reply on every engine, each in a process of its own: a process loads one engine. */
function bootPerEngine(): string[] {
	return ENGINES.map((engine) => {
		const out = execFileSync(process.execPath, [...process.execArgv, __filename, BOOT_ONLY], {
			env: { ...process.env, [ENGINE_VARIABLE]: engine.version },
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		const figure = JSON.parse(out.trim().split('\n').pop() as string) as { engine: string; deno: string; boot: number };
		return `${`  Apps-Engine ${figure.engine} on Deno ${figure.deno}:`.padEnd(39)} ${figure.boot.toFixed(0)} ms`;
	});
}

/** --preview on a handful of messages: bundling the page, starting Chromium, drawing, one screenshot per message. */
async function previewFigures(): Promise<string[]> {
	const chromium = findChromium();
	if (!chromium) {
		return ['preview rendering:                    skipped, no Chromium (apt-get install chromium fonts-inter fonts-noto-color-emoji)'];
	}
	const posted: IPostedMessage[] = [];
	const session = await Session.open({ scenario: 'near-cap', onMessage: (message) => posted.push(message) });
	for (const line of ['/license', '/license limits', '/seats', '/license check']) {
		await session.run('admin', line);
	}
	await session.job('daily-check');
	await session.close();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-bench-preview-'));
	try {
		const { writePreview } = await import('./preview/writer');
		const started = process.hrtime.bigint();
		const t = await writePreview(dir, posted, chromium);
		const total = Number(process.hrtime.bigint() - started) / 1e6;
		const kb = t.files.filter((file) => file.endsWith('.png')).map((file) => fs.statSync(path.join(dir, file)).size / 1024);
		return [
			`preview of ${posted.length} messages (--preview):      ${total.toFixed(0)} ms: bundle ${t.bundleMs.toFixed(0)}, browser start ${t.browserMs.toFixed(0)}, draw ${t.renderMs.toFixed(0)}, screenshots ${t.screenshotMs.toFixed(0)} (${(t.screenshotMs / posted.length).toFixed(0)} per message)`,
			`preview sizes:                         index.html ${(fs.statSync(path.join(dir, 'index.html')).size / 1024).toFixed(0)} KB, PNG ${Math.min(...kb).toFixed(0)}–${Math.max(...kb).toFixed(0)} KB`,
		];
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const IDLE_DELAY_MS = 150;
const LIST = '/api/v1/users.listByStatus';

/** The processes this one started, and theirs (the app's Deno runtime among them), from /proc. */
function descendants(): number[] {
	const parents = new Map<number, number>();
	for (const name of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
		try {
			// "pid (comm) state ppid …": the command name may hold spaces, so read after its closing parenthesis.
			const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
			parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended meanwhile.
		}
	}
	const found: number[] = [];
	const walk = (pid: number) =>
		parents.forEach((parent, child) => {
			if (parent === pid) {
				found.push(child);
				walk(child);
			}
		});
	walk(process.pid);
	return found;
}

/** The highest peak resident memory (VmHWM) among this process's descendants: the app's Deno runtime, in MB. */
function appPeakMb(): number {
	const peaks = descendants().map((pid) => {
		try {
			return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
		} catch {
			return 0;
		}
	});
	return Math.max(0, ...peaks);
}

interface IIdleRun {
	ms: number;
	/** users.listByStatus requests, and every request to the workspace. */
	lists: number;
	requests: number;
	head: string;
	listed: number;
	overruns: number;
}

/** One step of a session, with the requests it made. */
async function idleStep(session: Session, step: () => Promise<IPostedMessage[]>): Promise<IIdleRun> {
	const calls = () => session.workspace?.calls ?? [];
	const before = calls().length;
	const overruns = session.overruns.length;
	let posted: IPostedMessage[] = [];
	const ms = await timed(async () => {
		posted = await step();
	});
	const made = calls().slice(before);
	const text = posted.map((message) => message.text).join('\n');
	return {
		ms,
		lists: made.filter((call) => call.path === LIST).length,
		requests: made.length,
		head: /^\*?([^*\n]*(?:idle|logged in|answer)[^*\n]*)\*?$/m.exec(text)?.[1] ?? text.split('\n')[0],
		listed: text.split('\n').filter((line) => line.startsWith('*@')).length,
		overruns: session.overruns.length - overruns,
	};
}

/** One step on idle-100k at IDLE_DELAY_MS per request, after /license, in a session of its own (nothing cached). */
async function idleAtScale(step: (session: Session) => Promise<IPostedMessage[]>): Promise<IIdleRun> {
	const session = await Session.open({ scenario: 'idle-100k', delayMs: IDLE_DELAY_MS, rateLimit: false, now: BENCH_NOW });
	try {
		await session.run('admin', '/license');
		return await idleStep(session, () => step(session));
	} finally {
		await session.close();
	}
}

/** This checkout's app and another build (`zip`) on idle-20k, one after the other, each in a session of its own. */
async function idleSideBySide(zip: string | undefined): Promise<{ run: IIdleRun; peakMb: number }> {
	const session = await Session.open({ scenario: 'idle-20k', delayMs: IDLE_DELAY_MS, rateLimit: false, now: BENCH_NOW, zip });
	try {
		await session.run('admin', '/license');
		const run = await idleStep(session, () => session.run('admin', '/seats idle'));
		return { run, peakMb: appPeakMb() };
	} finally {
		await session.close();
	}
}

/** What the side-by-side figures compare with: main, or another git ref (BENCH_BASE=<ref>, e.g. once this is merged). */
const BASE_REF = process.env.BENCH_BASE ?? 'main';

/** The base's app files (git archive), packaged in a temporary folder: "today's main" for the side-by-side figures. */
function mainZip(): { zip?: string; dir: string; why?: string } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-bench-main-'));
	try {
		const archive = execFileSync('git', ['archive', '--format=tar', BASE_REF, ...APP_FILES], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
		execFileSync('tar', ['-x', '-C', dir], { input: archive });
		return { zip: buildZipFrom(dir, path.join(dir, 'main.zip')), dir };
	} catch (error) {
		return { dir, why: error instanceof Error ? error.message : String(error) };
	}
}

/** The engagement-dashboard cross-check on 30 days of 20,000 daily users (600,000 ids) against a bare JSON.parse of it. */
function dashboardCrossCheck(): { parseMs: number; checkMs: number; ids: number; mb: number } {
	const ids = Array.from({ length: 20_000 }, (_, n) => userId(n));
	const month = Array.from({ length: 30 }, (_, day) => ({ day: day + 1, month: 11, year: 2026, usersList: ids, users: ids.length }));
	const payload = JSON.stringify({ month, success: true });
	const candidates = new Set(ids.slice(-2000).map((id, n) => (n % 2 ? id : `${id}x`)));
	const parseMs = median(Array.from({ length: REPEAT }, () => measureSync(() => JSON.parse(payload))));
	const body = JSON.parse(payload);
	const checkMs = median(Array.from({ length: REPEAT }, () => measureSync(() => seenAmong(body, candidates))));
	return { parseMs, checkMs, ids: 30 * ids.length, mb: payload.length / 1024 / 1024 };
}

function measureSync(step: () => unknown): number {
	const started = process.hrtime.bigint();
	step();
	return Number(process.hrtime.bigint() - started) / 1e6;
}

interface IHistoryFigures {
	backfillMs: number;
	backfillRuns: number;
	pages: number;
	megabytes: number;
	trendMs: number;
	trendPaths: string[];
	jobPages: number;
}

/**
 * The seat history: a year of realistic statistics documents backfilled through `/seats trend` (bounded runs, resumed until
 * done), then a trend from the stored series (no statistics read), then a daily check (one page at most).
 */
async function measureHistory(): Promise<IHistoryFigures> {
	const session = await Session.open({ scenario: 'seats-growth', rateLimit: false });
	const calls = () => session.workspace?.calls ?? [];
	const pagesSoFar = () => calls().filter((call) => call.path === '/api/v1/statistics.list').length;
	let backfillRuns = 0;
	let backfillMs = 0;
	let reply: string;
	do {
		const started = process.hrtime.bigint();

		const [answer] = await session.run('admin', '/seats trend');
		backfillMs += Number(process.hrtime.bigint() - started) / 1e6;
		reply = answer.text;
		backfillRuns++;
	} while (reply.includes('Still reading') && backfillRuns < 10);
	const pages = pagesSoFar();
	const page = await fetch(`${session.workspace?.url}/api/v1/statistics.list?count=50&sort=${encodeURIComponent('{"createdAt":-1}')}`, {
		headers: { 'X-User-Id': 'admin-id', 'X-Auth-Token': session.token },
	}).then((response) => response.text());
	const before = calls().length;
	const trendMs = await timed(() => session.run('admin', '/seats trend'));
	const trendPaths = [
		...new Set(
			calls()
				.slice(before)
				.map((call) => call.path),
		),
	];
	const beforeJob = pagesSoFar();
	await session.job('daily-check');
	const jobPages = pagesSoFar() - beforeJob;
	await session.close();
	return { backfillMs, backfillRuns, pages, megabytes: ((page.length / 50) * 365) / 1024 / 1024, trendMs, trendPaths, jobPages };
}

const runLine = (run: IIdleRun): string =>
	`${run.ms.toFixed(0)} ms, ${run.lists} users.listByStatus of ${run.requests} requests${run.overruns ? `, ${run.overruns} engine overrun(s)` : ''}`;

/** The idle-seat figures: idle-100k, then idle-20k with this checkout and with main side by side. */
async function idleLines(): Promise<string[]> {
	const scale = {
		list: await idleAtScale((session) => session.run('admin', '/seats idle')),
		// The seat notice (83 % of the seats) carries the idle count.
		daily: await idleAtScale((session) => session.job('daily-check')),
	};
	const main = mainZip();
	try {
		const ours = await idleSideBySide(undefined);
		const theirs = main.zip ? await idleSideBySide(main.zip) : undefined;
		const side = (label: string, figures: { run: IIdleRun; peakMb: number }) =>
			`  ${label.padEnd(14)}${figures.run.ms.toFixed(0).padStart(7)} ms${String(figures.run.lists).padStart(8)}${String(figures.run.requests).padStart(10)}${figures.peakMb.toFixed(0).padStart(10)} MB   ${figures.run.head}`;
		return [
			`idle seats, 100,000 users with 10,000 idle (scenario idle-100k, +${IDLE_DELAY_MS} ms per request, run budget 8,000 ms):`,
			`  /seats idle:                         ${runLine(scale.list)} (goal ≤ 25 requests); ${scale.list.listed} users listed`,
			`    ${scale.list.head}`,
			`  daily check with its idle count:     ${runLine(scale.daily)}`,
			`    ${scale.daily.head}`,
			`idle seats, 20,000 users with 2,000 idle (scenario idle-20k, +${IDLE_DELAY_MS} ms per request), /seats idle after /license:`,
			`  ${'app'.padEnd(14)}${'first page'.padStart(10)}${'lists'.padStart(8)}${'requests'.padStart(10)}${'peak RSS'.padStart(13)}   head line (peak: the app's Deno runtime over the session)`,
			side('this branch', ours),
			theirs ? side(BASE_REF, theirs) : `  ${BASE_REF}: not measured (${main.why ?? 'no zip'})`,
		];
	} finally {
		fs.rmSync(main.dir, { recursive: true, force: true });
	}
}

async function main(): Promise<void> {
	// The engine reports its own diagnostics on the console; the figures are what this script prints.
	console.log = () => undefined;
	if (process.argv.includes('--idle')) {
		// Only the idle-seat figures (npm run bench -- --idle).
		process.stdout.write(`${(await idleLines()).join('\n')}\n`);
		return;
	}
	const zip = ensureZip();
	const fast = await measure(0);
	const slow = await measure(DELAY_MS);
	const depth = (key: keyof IFigures) => ((slow[key] - fast[key]) / DELAY_MS).toFixed(2);
	const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);

	const history = await measureHistory();

	const memory = await Session.open({ scenario: 'healthy' });
	await memory.run('admin', '/license');
	const rss = process.memoryUsage().rss / 1024 / 1024;
	const denoRss = childRssMb();
	await memory.close();

	const idle = await idleLines();
	const cross = dashboardCrossCheck();
	const boots = bootPerEngine();

	const rows: Array<[string, number, number, string]> = [
		['/license, first after boot (permissions + license data)', fast.cold, slow.cold, depth('cold')],
		['/license, cached', fast.cachedLicense, slow.cachedLicense, depth('cachedLicense')],
		['/seats, cached', fast.cachedSeats, slow.cachedSeats, depth('cachedSeats')],
		['/license check (reuses answers up to 30 s old)', fast.freshCheck, slow.freshCheck, depth('freshCheck')],
		['daily job (fresh data)', fast.job, slow.job, depth('job')],
	];
	const lines = [
		`LicenseApp benchmark · packaged zip in the real Apps-Engine ${selectedEngine().version} runtime · median of ${REPEAT} sessions`,
		'',
		`${'step'.padEnd(58)}${'no delay'.padStart(10)}${`+${DELAY_MS} ms/call`.padStart(16)}   round trips deep`,
		...rows.map(([name, a, b, d]) => `${name.padEnd(58)}${ms(a)}${ms(b).padStart(16)}   ${d}`),
		'',
		`engine boot to first /license reply:   ${fast.boot.toFixed(0)} ms (target < 3000 ms)`,
		`boot to first /license reply on each engine (median of ${REPEAT}):`,
		...boots,
		`zip size:                              ${(fs.statSync(zip).size / 1024).toFixed(1)} KB (target < 160 KB, as tests/e2e/package.test.ts)`,
		`seat history backfill, 365 documents:  ${history.backfillMs.toFixed(0)} ms over ${history.backfillRuns} /seats trend run(s), ${history.pages} pages, about ${history.megabytes.toFixed(1)} MB read`,
		`/seats trend after the backfill:       ${history.trendMs.toFixed(1)} ms; API calls: ${history.trendPaths.join(', ') || 'none (all cached)'}`,
		`daily check after the backfill:        ${history.jobPages} statistics.list page(s)`,
		`memory after boot and a command:       host process ${rss.toFixed(0)} MB RSS, app's Deno runtime ${denoRss.toFixed(0)} MB RSS`,
		...(await previewFigures()),
		...(await watchFigures()),
		'',
		...idle,
		`engagement-dashboard cross-check, ${cross.ids.toLocaleString('en')} ids (${cross.mb.toFixed(1)} MB):`,
		`  bare JSON.parse ${cross.parseMs.toFixed(1)} ms · cross-check ${cross.checkMs.toFixed(1)} ms = ${(cross.checkMs / cross.parseMs).toFixed(2)} × parse (target ≤ 1.5)`,
		'',
		...backtestLines(BACKTEST_TODAY, CONTACT_SHAPES),
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

(process.argv.includes(BOOT_ONLY) ? bootOnly() : main()).then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	},
);
