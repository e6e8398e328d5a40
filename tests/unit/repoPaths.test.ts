/**
 * Nothing tracked names a path outside the repository: no absolute path on someone's machine, and no relative path
 * that climbs out of the repository or points at a folder it does not have. Domain facts live in docs/ instead.
 */
import * as fs from 'fs';
import * as path from 'path';

import { ROOT, trackedFiles } from '../support/trackedFiles';

/** Top folders of machines and home directories; written without slashes so this file does not name them itself. */
const MACHINE_ROOTS = ['work', 'farm', 'tmp', 'home', 'Users', 'root', 'mnt', 'opt', 'srv', 'var', 'private', 'Volumes'];
const ABSOLUTE = new RegExp(`(?<![\\w.:/~-])/(?:${MACHINE_ROOTS.join('|')})/[\\w.-]+`, 'g');
const WINDOWS = /\b[A-Z]:\\(?:Users|work)\\/g;
/** A relative path: one or more "../" and what follows them. */
const RELATIVE = /(?<![\w.])(?:\.\.\/)+[\w.@-]*[\w@-](?:\/[\w.@-]*[\w@-])*/g;
/** What an extensionless import may stand for. */
const IMPORT_SUFFIXES = ['', '.ts', '.js', '.json', '.mjs', '/index.ts', '/index.js'];

const EXCLUDED = new Set(['package-lock.json']);

/** Every place in `text` (the content of `file`, relative to the repository) naming a path outside the repository. */
function outsidePaths(file: string, text: string, exists: (relative: string) => boolean): string[] {
	const found: string[] = [];
	for (const pattern of [ABSOLUTE, WINDOWS]) {
		for (const match of text.matchAll(pattern)) {
			found.push(match[0]);
		}
	}
	for (const match of text.matchAll(RELATIVE)) {
		const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[0]));
		if (target.startsWith('..') || !IMPORT_SUFFIXES.some((suffix) => exists(target + suffix))) {
			found.push(match[0]);
		}
	}
	return found;
}

describe('paths named in tracked files', () => {
	const files = trackedFiles().filter((file) => !EXCLUDED.has(file));
	const known = new Set(files.flatMap((file) => file.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'))));
	const exists = (relative: string) => known.has(relative);

	it('reads the whole repository: every top-level folder holding tracked files, and every file of it on disk', () => {
		const folders = new Set(files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]));
		const onDisk = fs.readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'));
		const sourceFolders = onDisk.map((entry) => entry.name).filter((name) => name !== 'node_modules' && name !== 'dist');
		expect(sourceFolders.filter((name) => !folders.has(name) && fs.readdirSync(path.join(ROOT, name)).length > 0)).toEqual([]);
		expect(files).not.toContain('package-lock.json');
	});

	it('none of them names a path outside the repository', () => {
		const offending = files.flatMap((file) => {
			const content = fs.readFileSync(path.join(ROOT, file));
			if (content.includes(0)) {
				return [];
			}
			return outsidePaths(file, content.toString('utf8'), exists).map((found) => `${file}: ${found}`);
		});
		expect(offending).toEqual([]);
	});

	it('would catch machine paths and paths that leave the repository', () => {
		const slash = '/';
		const samples = [
			`see ${slash}work${slash}shared${slash}notes${slash}api.md`,
			`(${slash}farm${slash}runs${slash}x)`,
			`'${slash}tmp${slash}session${slash}notes'`,
			`${slash}home${slash}ada${slash}repo`,
			`see ..${slash}shared${slash}notes`,
			`at ..${slash}..${slash}shared notes`,
			`..${slash}.library${slash}env`,
			`C:\\Users\\ada\\repo`,
		];
		for (const sample of samples) {
			expect(outsidePaths('tests/unit/x.test.ts', sample, exists)).not.toEqual([]);
		}
		expect(outsidePaths('README.md', `..${slash}shared${slash}notes`, exists)).not.toEqual([]);
	});

	it('accepts imports and paths inside the repository, and URLs', () => {
		const fine = [
			"import { x } from '../../lib/api/cache';",
			"path.join(__dirname, '../../i18n/en.json')",
			'see docs/rocketchat-api.md',
			'https://chat.example.com/api/v1/licenses.info',
			'GET /api/v1/licenses.info',
		];
		for (const sample of fine) {
			expect(outsidePaths('tests/unit/x.test.ts', sample, exists)).toEqual([]);
		}
	});
});
