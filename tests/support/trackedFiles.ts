/** The repository's own files, as git tracks them, for the tests that read the whole source or a part of it. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The repository's root folder. */
export const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The files git tracks under `paths` (files or folders; the whole repository without any), relative to ROOT. A file
 * deleted from disk but not yet from git is left out: there is nothing to read.
 */
export function trackedFiles(...paths: string[]): string[] {
	return execFileSync('git', ['ls-files', '-z', ...paths], { cwd: ROOT, encoding: 'utf8' })
		.split('\0')
		.filter((file) => file && fs.existsSync(path.join(ROOT, file)));
}
