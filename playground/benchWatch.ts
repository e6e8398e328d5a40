/**
 * The watcher's figures for `npm run bench`: one workspace `--once`, a fleet of 1,000 against the simulated workspace at
 * 100 ms per request, and the bundle's size. Peak memory is the child's VmHWM, read from /proc while it runs.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { buildWatch } from './build/package';
import { startWorkspace } from './workspace/server';
import { CONCURRENCY } from '../watch/concurrency';

const TOKEN = 'bench-token';

function peakKb(pid: number): number {
	try {
		return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
	} catch {
		return NaN;
	}
}

/** Runs the bundle once; wall time in ms and peak resident memory in MB. */
function run(bundle: string, args: string[]): Promise<{ ms: number; mb: number; code: number | null }> {
	const started = process.hrtime.bigint();
	const child = spawn(process.execPath, [bundle, ...args], { env: { PATH: process.env.PATH, RC_TOKEN: TOKEN }, stdio: 'ignore' });
	let peak = 0;
	const timer = setInterval(() => {
		peak = Math.max(peak, peakKb(child.pid ?? 0) || 0);
	}, 20);
	return new Promise((resolve) => {
		child.on('exit', (code) => {
			clearInterval(timer);
			resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, mb: peak / 1024, code });
		});
	});
}

export async function watchFigures(): Promise<string[]> {
	const bundle = buildWatch();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-bench-watch-'));
	const ws = await startWorkspace({ scenario: 'community', userId: 'bench', token: TOKEN, rateLimit: false, delayMs: 100 });
	try {
		const entry = (name: string) => ({ name, url: ws.url, userId: 'bench', tokenEnv: 'RC_TOKEN', room: 'admins' });
		const single = path.join(dir, 'one.json');
		fs.writeFileSync(single, JSON.stringify({ workspaces: [entry('one')] }));
		const fleet = path.join(dir, 'fleet.json');
		fs.writeFileSync(fleet, JSON.stringify({ workspaces: Array.from({ length: 1000 }, (_, index) => entry(`ws-${index}`)) }));
		const one = await run(bundle, ['--config', single, '--once', '--state-dir', path.join(dir, 'state-one')]);
		const many = await run(bundle, ['--config', fleet, '--once', '--state-dir', path.join(dir, 'state-fleet')]);
		return [
			'',
			'licenseapp-watch (dist/licenseapp-watch.mjs, Node.js):',
			`  bundle size:                         ${(fs.statSync(bundle).size / 1024).toFixed(1)} KB`,
			`  one workspace --once, +100 ms/call:  ${one.ms.toFixed(0)} ms, peak ${one.mb.toFixed(0)} MB RSS (exit ${one.code})`,
			`  1,000 workspaces --once, +100 ms/call, ${CONCURRENCY} at a time: ${(many.ms / 1000).toFixed(1)} s (goal < 60 s), peak ${many.mb.toFixed(0)} MB RSS (exit ${many.code})`,
		];
	} finally {
		await ws.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

if (require.main === module) {
	watchFigures().then(
		(lines) => process.stdout.write(`${lines.join('\n')}\n`),
		(error: unknown) => {
			process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 1;
		},
	);
}
