/**
 * Engine 1.62 lets the app's Deno runtime read the AppManager's temporary folder, where the playground keeps its clock
 * file (clock.ts). Engines before it allow only their own folder and node_modules, so the runtime would neither find nor
 * read the clock. When an engine starts `deno`, the playground adds the session's temporary folder to --allow-read, as
 * 1.62 does itself.
 */
import type * as ChildProcessModule from 'child_process';

// The module object itself (an ES namespace import is read-only): the engine calls child_process.spawn through it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const childProcess: typeof ChildProcessModule = require('child_process');

let readable: string | undefined;
let installed = false;

/** `arg` with `dir` added when it is an --allow-read list that lacks it; any other argument unchanged. */
export function withReadable(arg: string, dir: string): string {
	const prefix = '--allow-read=';
	if (!arg.startsWith(prefix) || arg.slice(prefix.length).split(',').includes(dir)) {
		return arg;
	}
	return `${arg},${dir}`;
}

/** From now on, every `deno` the engine starts may read `dir` (the session's temporary folder). */
export function letRuntimeRead(dir: string): void {
	readable = dir;
	if (installed) {
		return;
	}
	installed = true;
	const { spawn } = childProcess;
	childProcess.spawn = ((command: string, args?: readonly string[], ...rest: unknown[]) => {
		const widened = command === 'deno' && readable && Array.isArray(args) ? args.map((arg) => withReadable(arg, readable as string)) : args;
		return (spawn as (...all: unknown[]) => ChildProcessModule.ChildProcess)(command, widened, ...rest);
	}) as typeof spawn;
}
