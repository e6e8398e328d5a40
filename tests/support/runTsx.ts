/**
 * Runs a TypeScript entry point of the repository in a child Node process through tsx, the way `npm start` and the
 * other scripts run it: no shell, the repository as the working directory, and an environment that holds only PATH,
 * HOME and what the caller adds. Tests start tsx through here, except the playground CLI cases that need a shell pipe
 * or a terminal: they spawn it themselves with this TSX and BASE_ENV.
 */
import type { ChildProcess } from 'child_process';
import { execFile } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** tsx's command line, run by this Node. */
export const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
/** The environment a child starts from. */
export const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

export interface ITsxResult {
	code: number;
	stdout: string;
	stderr: string;
}

export interface ITsxOptions {
	env?: Record<string, string>;
	timeout?: number;
	maxBuffer?: number;
	/** Sees stdout as it comes, to act while the run is still going. */
	onStdout?: (chunk: string) => void;
	/** The child itself, for a caller that writes to it or ends it. */
	started?: (child: ChildProcess) => void;
}

/** `tsx <script> args`, with `script` relative to the repository; resolves with its exit code and output, never rejects. */
export function runTsx(script: string, args: readonly string[], options: ITsxOptions = {}): Promise<ITsxResult> {
	return new Promise((resolve) => {
		const child = execFile(
			process.execPath,
			[TSX, path.join(ROOT, script), ...args],
			{ cwd: ROOT, env: { ...BASE_ENV, ...options.env }, timeout: options.timeout, maxBuffer: options.maxBuffer },
			(error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
		);
		if (options.onStdout) {
			const { onStdout } = options;
			child.stdout?.on('data', (chunk: Buffer | string) => onStdout(String(chunk)));
		}
		options.started?.(child);
	});
}
