/**
 * The engine writes to its Deno subprocess's stdin (requests, liveness pings) and listens for errors on the process but
 * not on that stream. A ping that races the process's end at close then raises EPIPE as an uncaught error in whatever
 * runs next. Rocket.Chat's server lives on and never closes its engine; the playground closes one per session, so it
 * gives every child process's stdin an error listener. A write to a dead process is the only error that stream has.
 */
import type * as ChildProcessModule from 'child_process';

// The module object itself (an ES namespace import is read-only): the engine calls child_process.spawn through it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const childProcess: typeof ChildProcessModule = require('child_process');

let installed = false;

export function quietChildStdin(): void {
	if (installed) {
		return;
	}
	installed = true;
	const { spawn } = childProcess;
	childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
		const child = spawn(...args);
		child.stdin?.on('error', () => undefined);
		return child;
	}) as typeof spawn;
}
