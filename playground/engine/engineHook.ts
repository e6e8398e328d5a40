/**
 * Points `apps-engine-runtime` (what the playground's modules import) at the chosen engine's npm alias. Imported first by
 * the entry points that tsx runs (cli.ts, bench.ts), before anything loads the engine: `--engine VERSION` on the command
 * line, else LICENSEAPP_ENGINE. Jest does the same with moduleNameMapper (jest.config.js). An unknown version maps
 * nothing here: the CLI refuses it with the supported ones before the engine boots.
 */
import Module = require('module');

import { ENGINE_VARIABLE, engineNamed } from './engines';

/** The value of `--engine VERSION` or `--engine=VERSION` among command-line arguments. */
export function engineArgument(argv: string[]): string | undefined {
	const at = argv.findIndex((arg) => arg === '--engine' || arg.startsWith('--engine='));
	if (at < 0) {
		return undefined;
	}
	return argv[at].includes('=') ? argv[at].slice('--engine='.length) : argv[at + 1];
}

const RUNTIME = /^apps-engine-runtime(?=\/|$)/;

const typed = engineArgument(process.argv.slice(2));
if (typed !== undefined) {
	process.env[ENGINE_VARIABLE] = typed;
}
const engine = engineNamed(process.env[ENGINE_VARIABLE] || undefined);
if (engine && engine.runtimePackage !== 'apps-engine-runtime') {
	const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
	const resolve = loader._resolveFilename;
	loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
		return resolve.call(this, request.replace(RUNTIME, engine.runtimePackage), ...rest);
	};
}
