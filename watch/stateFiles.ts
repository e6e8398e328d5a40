/**
 * One state file per workspace in --state-dir: the app's announce state in the app's record format, read with the
 * app's reader (lib/domain/findings/stateSchema.ts). Written atomically (a temporary file, then a rename), so a crash
 * mid-write leaves the previous state whole; guarded by a lock file, so two overlapping runs never post twice.
 */
import * as fs from 'fs';
import * as path from 'path';

import type { ICheckState } from '../lib/domain/findings/announce';
import { readCheckState, writeCheckState } from '../lib/domain/findings/stateSchema';

/** A lock older than this is from a run that died without removing it (a run takes seconds). */
export const STALE_LOCK_MS = 10 * 60 * 1000;

export const stateFile = (dir: string, name: string): string => path.join(dir, `${name}.json`);

export type LoadedState = { state: ICheckState; problem?: string };

/** The saved state; a file that is not JSON or not a state is set aside as `<file>.broken` and a fresh state begins. */
export function loadState(file: string): LoadedState {
	let content: string;
	try {
		content = fs.readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return readCheckState(undefined);
		}
		throw error;
	}
	let reading: LoadedState;
	try {
		reading = readCheckState(JSON.parse(content));
	} catch {
		reading = { state: readCheckState(undefined).state, problem: 'not JSON' };
	}
	if (reading.problem) {
		fs.renameSync(file, `${file}.broken`);
	}
	return reading;
}

export function saveState(file: string, state: ICheckState): void {
	const temporary = `${file}.${process.pid}.tmp`;
	const handle = fs.openSync(temporary, 'w', 0o600);
	try {
		fs.writeFileSync(handle, `${JSON.stringify(writeCheckState(state))}\n`);
		fs.fsyncSync(handle);
	} finally {
		fs.closeSync(handle);
	}
	fs.renameSync(temporary, file);
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** A lock left by a run that is gone: its process no longer exists, or it is older than STALE_LOCK_MS. */
function isStale(lock: string, nowMs: number): boolean {
	try {
		const [pid, since] = fs.readFileSync(lock, 'utf8').split(' ').map(Number);
		return !alive(pid) || nowMs - since > STALE_LOCK_MS;
	} catch {
		return false;
	}
}

/** Takes `<file>.lock` (O_EXCL); undefined when another live run holds it. The release function removes it. */
export function takeLock(file: string): (() => void) | undefined {
	const lock = `${file}.lock`;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const handle = fs.openSync(lock, 'wx', 0o600);
			fs.writeFileSync(handle, `${process.pid} ${Date.now()}`);
			fs.closeSync(handle);
			return () => fs.rmSync(lock, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isStale(lock, Date.now())) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
					throw error;
				}
				return undefined;
			}
			fs.rmSync(lock, { force: true });
		}
	}
	return undefined;
}
