/**
 * The playground's `--state FILE`: the app's persistence as `{"persistence": [records]}`, and the simulated users an
 * earlier run changed as `{"workspace": {"users": {id: active}}}`. A file that is not one is refused and left untouched
 * (a typo must not overwrite package.json); an empty file is a fresh state. The path is proven writable the way the run
 * will write it (a temporary file in the same folder, then a rename) before the first step runs, so a run's state is
 * never lost at exit; at exit the file is checked again, and one that became something else is left alone. Every error
 * names the file and option.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import type { IPersistedRecord } from './engine/world';

export class StateFileError extends Error {}

const problem = (file: string, what: string) => new StateFileError(`--state ${file}: ${what}`);
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/** Folders of kernel views: files there read and write the kernel, not data, and cannot be replaced by a rename. */
const KERNEL_VIEWS = ['/proc', '/sys'];

function isRecord(value: unknown): value is IPersistedRecord {
	const record = value as Partial<IPersistedRecord>;
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof record.id === 'string' &&
		typeof record.appId === 'string' &&
		typeof record.data === 'object' &&
		Array.isArray(record.associations)
	);
}

export interface IStateFile {
	records: IPersistedRecord[];
	/** Active flags of simulated users changed by an earlier run. */
	users?: Record<string, boolean>;
}

/** Where a run saves its state, and what the file held when the run began (undefined: it did not exist). */
export interface IStateTarget {
	/** The path as given, for messages. */
	file: string;
	/** The path written: symbolic links resolved, so a link to a state file stays a link. */
	real: string;
	seen: string | undefined;
}

/** The state file's content, or undefined when `text` is empty; a reason string when it is not a state file. */
function parseState(text: string): IStateFile | undefined | string {
	if (text.trim() === '') {
		return undefined;
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return 'is not JSON, so it is not a playground state file';
	}
	const keys = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.keys(parsed) : [];
	const { persistence: records, workspace } = parsed as { persistence?: unknown; workspace?: { users?: unknown } };
	const users = workspace?.users;
	const usersOk =
		workspace === undefined ||
		(typeof users === 'object' && users !== null && Object.values(users).every((active) => typeof active === 'boolean'));
	const recordsOk = Array.isArray(records) && records.every(isRecord);
	if (!keys.includes('persistence') || keys.some((key) => key !== 'persistence' && key !== 'workspace') || !usersOk || !recordsOk) {
		return 'is not a playground state file (expected {"persistence": [...]})';
	}
	return { records, users: users as Record<string, boolean> | undefined };
}

/** A name for a temporary file next to the state file, short whatever the state file's name. */
const temporaryName = (folder: string) =>
	path.join(folder, `.licenseapp-state-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);

/** Writes `text` to a new file in `folder`, flushed to disk; returns its path. */
function writeTemporary(folder: string, text: string, mode: number): string {
	const temporary = temporaryName(folder);
	const fd = fs.openSync(temporary, 'wx', mode);
	try {
		fs.writeSync(fd, text);
		fs.fsyncSync(fd);
	} catch (error) {
		fs.closeSync(fd);
		fs.rmSync(temporary, { force: true });
		throw error;
	}
	fs.closeSync(fd);
	return temporary;
}

/** Flushes a folder's entries (the rename) to disk, where the platform allows opening a folder. */
function syncFolder(folder: string): void {
	let fd: number | undefined;
	try {
		fd = fs.openSync(folder, 'r');
		fs.fsyncSync(fd);
	} catch {
		// Not every platform can fsync a folder; the rename itself has happened.
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}
	}
}

/** The path to write for `file`, its status (undefined: absent); throws StateFileError for a path no run can save to. */
function resolveTarget(file: string): { real: string; stat: fs.Stats | undefined } {
	let link: fs.Stats | undefined;
	try {
		link = fs.lstatSync(file);
	} catch (error) {
		const code = codeOf(error);
		if (code === 'ENAMETOOLONG') {
			throw problem(file, 'its name is too long for the file system (ENAMETOOLONG); choose a shorter one.');
		}
		if (code !== 'ENOENT') {
			throw problem(file, `cannot be read and written (${code}).`);
		}
	}
	if (link?.isSymbolicLink()) {
		try {
			return { real: fs.realpathSync(file), stat: fs.statSync(file) };
		} catch (error) {
			const code = codeOf(error);
			const target = fs.readlinkSync(file);
			throw code === 'ENOENT'
				? problem(file, `is a symbolic link to ${target}, which does not exist (a dangling link); point it at a file, or remove it.`)
				: problem(file, `is a symbolic link that cannot be followed (${code}).`);
		}
	}
	let folder: string;
	try {
		folder = fs.realpathSync(path.dirname(path.resolve(file)));
	} catch (error) {
		throw problem(file, `cannot be read and written (${codeOf(error)}): its folder cannot be found.`);
	}
	return { real: path.join(folder, path.basename(file)), stat: link };
}

/**
 * Proves before the first step that the run can save to `file` as it will at exit: a path under a kernel view, a
 * dangling link, a name too long, anything but a regular file, or a folder where a temporary file cannot be created and
 * renamed is refused. Returns the path to write.
 */
export function checkStatePath(file: string): { real: string; exists: boolean } {
	const { real, stat } = resolveTarget(file);
	const view = KERNEL_VIEWS.find((root) => real === root || real.startsWith(`${root}/`));
	if (view) {
		throw problem(file, `is under ${view}, where the kernel's views are, not files; choose a file elsewhere.`);
	}
	if (stat?.isDirectory()) {
		throw problem(file, 'is a directory, not a playground state file.');
	}
	if (stat && !stat.isFile()) {
		throw problem(file, 'is not a regular file, so it cannot hold a playground state.');
	}
	const folder = path.dirname(real);
	try {
		if (stat) {
			fs.accessSync(real, fs.constants.R_OK | fs.constants.W_OK);
		}
		const probe = writeTemporary(folder, '', 0o600);
		if (stat) {
			fs.rmSync(probe);
		} else {
			// The exact move the run makes at exit, so a name the file system refuses is found now.
			try {
				fs.renameSync(probe, real);
			} catch (error) {
				fs.rmSync(probe, { force: true });
				throw error;
			}
			fs.rmSync(real);
		}
	} catch (error) {
		const code = codeOf(error);
		throw code === 'ENAMETOOLONG'
			? problem(file, 'its name is too long for the file system (ENAMETOOLONG); choose a shorter one.')
			: problem(file, `cannot be read and written (${code}): a temporary file cannot be created and renamed in ${folder}.`);
	}
	return { real, exists: stat !== undefined };
}

/** The state in `file` (none when it is missing or empty) and where to save it; throws StateFileError for anything else. */
export function readStateFile(file: string): { saved: IStateFile | undefined; target: IStateTarget } {
	const { real, exists } = checkStatePath(file);
	let seen: string | undefined;
	try {
		seen = exists ? fs.readFileSync(real, 'utf8') : undefined;
	} catch (error) {
		throw problem(file, `cannot be read and written (${codeOf(error)}).`);
	}
	const saved = parseState(seen ?? '');
	if (typeof saved === 'string') {
		throw problem(file, `${saved}; it was left untouched.`);
	}
	return { saved, target: { file, real, seen } };
}

/**
 * Saves the run's state atomically: a temporary file in the same folder, flushed, then renamed over the file. A file
 * that changed during the run into something that is not a state file (or into anything but a regular file) is left
 * alone, and StateFileError says so.
 */
export function writeStateFile(target: IStateTarget, records: IPersistedRecord[], users?: Record<string, boolean>): void {
	const { file, real } = target;
	const unsaved = "; it was left untouched, and this run's state was not saved.";
	let mode = 0o644;
	let now: fs.Stats | undefined;
	try {
		now = fs.lstatSync(real);
	} catch (error) {
		if (codeOf(error) !== 'ENOENT') {
			throw problem(file, `cannot be read (${codeOf(error)})${unsaved}`);
		}
	}
	if (now) {
		if (!now.isFile()) {
			throw problem(file, `was replaced during the run by something that is not a regular file${unsaved}`);
		}
		mode = now.mode & 0o777;
		const text = fs.readFileSync(real, 'utf8');
		if (text !== target.seen && typeof parseState(text) === 'string') {
			throw problem(file, `changed during the run into something that is not a playground state file${unsaved}`);
		}
	}
	const workspace = users && Object.keys(users).length ? { workspace: { users } } : {};
	const folder = path.dirname(real);
	let temporary: string | undefined;
	try {
		temporary = writeTemporary(folder, JSON.stringify({ persistence: records, ...workspace }, null, '\t'), mode);
		fs.renameSync(temporary, real);
	} catch (error) {
		if (temporary) {
			fs.rmSync(temporary, { force: true });
		}
		throw problem(file, `cannot be written (${codeOf(error)}); this run's state was not saved.`);
	}
	syncFolder(folder);
}
