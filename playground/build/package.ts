/**
 * Builds dist/<slug>_<version>.zip with `rc-apps package`, from a staging copy that holds only the app's own
 * files: the packager compiles every .ts under the folder it packages, so tests and the playground must not be there.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { buildSync } from 'esbuild';

export const root = path.resolve(__dirname, '..', '..');
export const APP_FILES = ['app.json', 'package.json', 'tsconfig.json', 'LicenseApp.ts', 'icon.png', 'commands', 'lib', 'i18n'];
const distDir = path.join(root, 'dist');

export function zipPath(): string {
	const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as { nameSlug: string; version: string };
	return path.join(distDir, `${app.nameSlug}_${app.version}.zip`);
}

function newestMtime(entry: string): number {
	const stat = fs.statSync(entry);
	if (!stat.isDirectory()) {
		return stat.mtimeMs;
	}
	return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function isStale(): boolean {
	const zip = zipPath();
	return !fs.existsSync(zip) || APP_FILES.some((file) => newestMtime(path.join(root, file)) > fs.statSync(zip).mtimeMs);
}

/**
 * The packager resolves the engine from <appDir>/node_modules and validates permissions against its server/ folder,
 * which only the runtime build (1.62.0) has; the ^1.47.0 range in package.json stays the app's promise.
 */
function linkNodeModules(stageDir: string): void {
	const source = path.join(root, 'node_modules');
	const target = path.join(stageDir, 'node_modules');
	fs.mkdirSync(path.join(target, '@rocket.chat'), { recursive: true });
	for (const name of fs.readdirSync(source)) {
		if (name !== '@rocket.chat') {
			fs.symlinkSync(path.join(source, name), path.join(target, name));
		}
	}
	for (const name of fs.readdirSync(path.join(source, '@rocket.chat'))) {
		const real = name === 'apps-engine' ? path.join(source, 'apps-engine-runtime') : path.join(source, '@rocket.chat', name);
		fs.symlinkSync(real, path.join(target, '@rocket.chat', name));
	}
}

/**
 * Runs `rc-apps <args>` in a staging copy of the app's own files: the packager compiles every .ts under the folder it
 * works in, and skips every path under a folder named dist, so the stage lives outside the project.
 */
export function inStage<T>(args: string[], after: (stageDir: string) => T, output: 'pipe' | 'inherit' = 'pipe', from = root): T {
	const stageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-stage-'));
	try {
		for (const file of APP_FILES) {
			fs.cpSync(path.join(from, file), path.join(stageDir, file), { recursive: true });
		}
		linkNodeModules(stageDir);
		try {
			execFileSync(process.execPath, [path.join(root, 'node_modules', '@rocket.chat', 'apps-cli', 'bin', 'run'), ...args], {
				cwd: stageDir,
				stdio: ['ignore', process.env.LICENSEAPP_VERBOSE ? 'inherit' : output, 'inherit'],
			});
		} catch (error) {
			// The failed command line would carry deploy's credentials: say only which step failed (rc-apps said why above).
			throw new Error(`rc-apps ${args[0]} failed with exit code ${(error as { status?: number }).status ?? '?'}`, { cause: error });
		}
		return after(stageDir);
	} finally {
		fs.rmSync(stageDir, { recursive: true, force: true });
	}
}

export function buildZip(): string {
	return inStage(['package'], (stageDir) => {
		fs.mkdirSync(distDir, { recursive: true });
		fs.copyFileSync(path.join(stageDir, 'dist', path.basename(zipPath())), zipPath());
		return zipPath();
	});
}

/** The zip of the app's files as they are under `from` (another revision's checkout), written to `target`. */
export function buildZipFrom(from: string, target: string): string {
	return inStage(
		['package'],
		(stageDir) => {
			const dist = path.join(stageDir, 'dist');
			fs.copyFileSync(path.join(dist, fs.readdirSync(dist).find((name) => name.endsWith('.zip')) as string), target);
			return target;
		},
		'pipe',
		from,
	);
}

export function ensureZip(): string {
	return isStale() ? buildZip() : zipPath();
}

export const watchBundlePath = (): string => path.join(distDir, 'licenseapp-watch.mjs');

/** dist/licenseapp-watch.mjs: watch/cli.ts and everything it uses in one file that needs only Node.js 20 (docs/watch.md). */
export function buildWatch(): string {
	buildSync({
		entryPoints: [path.join(root, 'watch', 'cli.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		banner: { js: '#!/usr/bin/env node' },
		outfile: watchBundlePath(),
		logLevel: 'warning',
	});
	return watchBundlePath();
}

if (require.main === module) {
	process.stdout.write(`${buildZip()}\n${buildWatch()}\n`);
}
