/**
 * `npm run bench`: speed and memory of the packaged app in the real engine, printed as figures. Round trips are read
 * as ratios from one run (command time with a simulated API delay, minus the time without, over the delay), so a
 * noisy shared machine shifts both sides alike.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';

import { ensureZip } from './build/package';
import { Session } from './session';

const DELAY_MS = 200;
const REPEAT = 5;

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

async function main(): Promise<void> {
	// The engine reports its own diagnostics on the console; the figures are what this script prints.
	console.log = () => undefined;
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

	const rows: Array<[string, number, number, string]> = [
		['/license, first after boot (permissions + license data)', fast.cold, slow.cold, depth('cold')],
		['/license, cached', fast.cachedLicense, slow.cachedLicense, depth('cachedLicense')],
		['/seats, cached', fast.cachedSeats, slow.cachedSeats, depth('cachedSeats')],
		['/license check (reuses answers up to 30 s old)', fast.freshCheck, slow.freshCheck, depth('freshCheck')],
		['daily job (fresh data)', fast.job, slow.job, depth('job')],
	];
	const lines = [
		`LicenseApp benchmark · packaged zip in the real Apps-Engine 1.62 runtime · median of ${REPEAT} sessions`,
		'',
		`${'step'.padEnd(58)}${'no delay'.padStart(10)}${`+${DELAY_MS} ms/call`.padStart(16)}   round trips deep`,
		...rows.map(([name, a, b, d]) => `${name.padEnd(58)}${ms(a)}${ms(b).padStart(16)}   ${d}`),
		'',
		`engine boot to first /license reply:   ${fast.boot.toFixed(0)} ms (target < 3000 ms)`,
		`zip size:                              ${(fs.statSync(zip).size / 1024).toFixed(1)} KB (target < 100 KB)`,
		`seat history backfill, 365 documents:  ${history.backfillMs.toFixed(0)} ms over ${history.backfillRuns} /seats trend run(s), ${history.pages} pages, about ${history.megabytes.toFixed(1)} MB read`,
		`/seats trend after the backfill:       ${history.trendMs.toFixed(1)} ms; API calls: ${history.trendPaths.join(', ') || 'none (all cached)'}`,
		`daily check after the backfill:        ${history.jobPages} statistics.list page(s)`,
		`memory after boot and a command:       host process ${rss.toFixed(0)} MB RSS, app's Deno runtime ${denoRss.toFixed(0)} MB RSS`,
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	},
);
