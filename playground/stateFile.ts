/**
 * The playground's `--state FILE`: the app's persistence as `{"persistence": [records]}`, and the simulated users an
 * earlier run changed as `{"workspace": {"users": {id: active}}}`. A file that is not one is
 * refused and left untouched (a typo must not overwrite package.json); an empty file is a fresh state; the path must
 * be writable before the first step runs, so a run's state is never lost at exit. Every error names the file and option.
 */
import * as fs from 'fs';
import * as path from 'path';

import type { IPersistedRecord } from './engine/world';

export class StateFileError extends Error {}

const problem = (file: string, what: string) => new StateFileError(`--state ${file}: ${what}`);

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

/** The records in `file` (none when it is missing or empty); throws StateFileError for anything else. */
export function readStateFile(file: string): IStateFile | undefined {
	let text: string;
	try {
		if (!fs.existsSync(file)) {
			fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
			return undefined;
		}
		if (fs.statSync(file).isDirectory()) {
			throw problem(file, 'is a directory, not a playground state file.');
		}
		fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		if (error instanceof StateFileError) {
			throw error;
		}
		throw problem(file, `cannot be read and written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
	}
	if (text.trim() === '') {
		return undefined;
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw problem(file, 'is not JSON, so it is not a playground state file; it was left untouched.');
	}
	const keys = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.keys(parsed) : [];
	const { persistence: records, workspace } = parsed as { persistence?: unknown; workspace?: { users?: unknown } };
	const users = workspace?.users;
	const usersOk =
		workspace === undefined ||
		(typeof users === 'object' && users !== null && Object.values(users).every((active) => typeof active === 'boolean'));
	const recordsOk = Array.isArray(records) && records.every(isRecord);
	if (!keys.includes('persistence') || keys.some((key) => key !== 'persistence' && key !== 'workspace') || !usersOk || !recordsOk) {
		throw problem(file, 'is not a playground state file (expected {"persistence": [...]}); it was left untouched.');
	}
	return { records, users: users as Record<string, boolean> | undefined };
}

export function writeStateFile(file: string, records: IPersistedRecord[], users?: Record<string, boolean>): void {
	const workspace = users && Object.keys(users).length ? { workspace: { users } } : {};
	fs.writeFileSync(file, JSON.stringify({ persistence: records, ...workspace }, null, '\t'));
}
