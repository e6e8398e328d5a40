/**
 * Points `apps-engine-runtime` (what the playground's modules import) at the chosen engine's npm alias. Imported first by
 * the entry points that tsx runs (cli.ts, bench.ts), before anything loads the engine: `--engine VERSION` on the command
 * line, else LICENSEAPP_ENGINE. Jest does the same with moduleNameMapper (jest.config.js). An unknown version maps
 * nothing here: the CLI refuses it with the supported ones before the engine boots.
 */

import { ENGINE_VARIABLE, engineArgument, engineNamed } from './engines';

const RUNTIME = /^apps-engine-runtime(?=\/|$)/;

const typed = engineArgument(process.argv.slice(2));
if (typed !== undefined) {
	process.env[ENGINE_VARIABLE] = typed;
}
const engine = engineNamed(process.env[ENGINE_VARIABLE] || undefined);
if (engine && engine.runtimePackage !== 'apps-engine-runtime') {
	// The module object itself (an ES namespace import is a copy): Node resolves every require through it.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const loader = require('module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
	const resolve = loader._resolveFilename;
	loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
		return resolve.call(this, request.replace(RUNTIME, engine.runtimePackage), ...rest);
	};
}
