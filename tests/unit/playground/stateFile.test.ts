/**
 * The playground's --state path checks and its atomic save, on real files in a temporary folder: every path a run could
 * not save to is refused before the run, and a file that changed during the run into something else is left alone.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import type { IPersistedRecord } from '../../../playground/engine/world';
import { StateFileError, checkStatePath, readStateFile, writeStateFile } from '../../../playground/stateFile';

const RECORD: IPersistedRecord = { id: 'r1', appId: 'app', data: { n: 1 }, associations: [] };
const STATE = JSON.stringify({ persistence: [RECORD] });

let dir: string;
beforeEach(() => {
	dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-statefile-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The message thrown by `action`, or undefined when it does not throw a StateFileError. */
function refusal(action: () => unknown): string | undefined {
	try {
		action();
	} catch (error) {
		if (error instanceof StateFileError) {
			return error.message;
		}
		throw error;
	}
	return undefined;
}

describe('checkStatePath: refused before the first step', () => {
	it('a dangling symbolic link, named as such with the option prefix', () => {
		const link = path.join(dir, 'state.json');
		fs.symlinkSync(path.join(dir, 'gone.json'), link);
		expect(refusal(() => checkStatePath(link))).toBe(
			`--state ${link}: is a symbolic link to ${path.join(dir, 'gone.json')}, which does not exist (a dangling link); point it at a file, or remove it.`,
		);
	});

	it('a 300-character file name (ENAMETOOLONG)', () => {
		const long = path.join(dir, `${'s'.repeat(295)}.json`);
		expect(refusal(() => checkStatePath(long))).toBe(
			`--state ${long}: its name is too long for the file system (ENAMETOOLONG); choose a shorter one.`,
		);
	});

	it('a path under /proc, whether or not it exists', () => {
		expect(refusal(() => checkStatePath('/proc/self/status'))).toContain('--state /proc/self/status: is under /proc');
		expect(refusal(() => checkStatePath('/proc/state.json'))).toContain('--state /proc/state.json: is under /proc');
	});

	it('a link into /proc is judged by where it leads', () => {
		const link = path.join(dir, 'state.json');
		fs.symlinkSync('/proc/self/status', link);
		expect(refusal(() => checkStatePath(link))).toContain(`--state ${link}: is under /proc`);
	});

	it('a directory, a FIFO and a missing folder', () => {
		expect(refusal(() => checkStatePath(dir))).toBe(`--state ${dir}: is a directory, not a playground state file.`);
		const fifo = path.join(dir, 'fifo');
		execFileSync('mkfifo', [fifo]);
		expect(refusal(() => checkStatePath(fifo))).toBe(`--state ${fifo}: is not a regular file, so it cannot hold a playground state.`);
		const missing = path.join(dir, 'nowhere', 'state.json');
		expect(refusal(() => checkStatePath(missing))).toContain(`--state ${missing}: cannot be read and written (ENOENT)`);
	});

	it('accepts a new file and leaves nothing behind', () => {
		const file = path.join(dir, 'state.json');
		expect(checkStatePath(file)).toEqual({ real: file, exists: false });
		expect(fs.readdirSync(dir)).toEqual([]);
	});

	it('accepts a link to a state file, and saves through it', () => {
		const real = path.join(dir, 'real.json');
		const link = path.join(dir, 'state.json');
		fs.writeFileSync(real, STATE);
		fs.symlinkSync(real, link);
		const { target } = readStateFile(link);
		expect(target.real).toBe(real);
		writeStateFile(target, [{ ...RECORD, id: 'r2' }]);
		expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
		expect(JSON.parse(fs.readFileSync(real, 'utf8')).persistence[0].id).toBe('r2');
	});
});

describe('writeStateFile: atomic, and never over something else', () => {
	it('replaces the file by a rename, keeps its mode, and leaves no temporary file', () => {
		const file = path.join(dir, 'state.json');
		fs.writeFileSync(file, STATE, { mode: 0o600 });
		const { target } = readStateFile(file);
		const before = fs.statSync(file).ino;
		writeStateFile(target, [{ ...RECORD, id: 'r2' }], { u1: false });
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
			persistence: [{ ...RECORD, id: 'r2' }],
			workspace: { users: { u1: false } },
		});
		expect(fs.statSync(file).ino).not.toBe(before);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(fs.readdirSync(dir)).toEqual(['state.json']);
	});

	it('leaves a file that became something else untouched, and says so', () => {
		const file = path.join(dir, 'state.json');
		fs.writeFileSync(file, STATE);
		const { target } = readStateFile(file);
		fs.writeFileSync(file, '{"name": "x"}');
		expect(refusal(() => writeStateFile(target, [RECORD]))).toBe(
			`--state ${file}: changed during the run into something that is not a playground state file; it was left untouched, and this run's state was not saved.`,
		);
		expect(fs.readFileSync(file, 'utf8')).toBe('{"name": "x"}');
		expect(fs.readdirSync(dir)).toEqual(['state.json']);
	});

	it('leaves a file replaced by a directory alone', () => {
		const file = path.join(dir, 'state.json');
		const { target } = readStateFile(file);
		fs.mkdirSync(file);
		expect(refusal(() => writeStateFile(target, [RECORD]))).toContain(
			'was replaced during the run by something that is not a regular file',
		);
		expect(fs.statSync(file).isDirectory()).toBe(true);
	});

	it('saves over a file that changed into another state file, or was removed', () => {
		const file = path.join(dir, 'state.json');
		fs.writeFileSync(file, STATE);
		const { target } = readStateFile(file);
		fs.writeFileSync(file, JSON.stringify({ persistence: [] }));
		writeStateFile(target, [{ ...RECORD, id: 'r3' }]);
		expect(JSON.parse(fs.readFileSync(file, 'utf8')).persistence[0].id).toBe('r3');
		fs.rmSync(file);
		writeStateFile(target, [{ ...RECORD, id: 'r4' }]);
		expect(JSON.parse(fs.readFileSync(file, 'utf8')).persistence[0].id).toBe('r4');
	});

	it('a folder removed during the run is said, not thrown as a crash', () => {
		const sub = path.join(dir, 'sub');
		fs.mkdirSync(sub);
		const file = path.join(sub, 'state.json');
		const { target } = readStateFile(file);
		fs.rmSync(sub, { recursive: true });
		expect(refusal(() => writeStateFile(target, [RECORD]))).toBe(
			`--state ${file}: cannot be written (ENOENT); this run's state was not saved.`,
		);
	});
});
