/**
 * The Apps-Engine versions the playground runs the app on, each from its own exact npm alias (a caret range would
 * resolve to a types-only release), with the Deno line the Rocket.Chat releases it stands for ship. And which Deno
 * build from npm runs on this machine. Chosen with `--engine VERSION` (the CLI) or LICENSEAPP_ENGINE (tests, bench).
 */

export interface IEngine {
	version: string;
	/** The npm alias that holds this engine's server runtime. */
	runtimePackage: string;
	/** The Deno release the servers it stands for run on: 1 (Rocket.Chat 7.x–8.0) or 2 (8.7 and later). */
	denoLine: DenoLine;
	/** The Rocket.Chat releases this engine stands for, as the engine table of docs/development.md says. */
	standsFor: string;
}

export type DenoLine = 1 | 2;

/** Newest first: the first one is the default. */
export const ENGINES: readonly IEngine[] = [
	{
		version: '1.62.0',
		runtimePackage: 'apps-engine-runtime',
		denoLine: 2,
		standsFor: 'Rocket.Chat 8.x on Deno 2 (8.7 ships engine 1.65.1 on Deno 2.3.1)',
	},
	{
		version: '1.53.1',
		runtimePackage: 'apps-engine-runtime-1.53.1',
		denoLine: 1,
		standsFor: 'Rocket.Chat 7.x to 8.0 (engines 1.47 to 1.59 on Deno 1.43.5)',
	},
];

export const DEFAULT_ENGINE = ENGINES[0];

/** The environment variable that picks the engine for tests and the bench (the CLI sets it from --engine). */
export const ENGINE_VARIABLE = 'LICENSEAPP_ENGINE';

export const engineNamed = (version: string | undefined): IEngine | undefined =>
	version === undefined ? DEFAULT_ENGINE : ENGINES.find((engine) => engine.version === version);

export const engineVersions = (): string => ENGINES.map((engine) => engine.version).join(', ');

/** The engine LICENSEAPP_ENGINE names (the newest when unset); an unknown version is refused with the supported ones. */
export function selectedEngine(env: NodeJS.ProcessEnv = process.env): IEngine {
	const engine = engineNamed(env[ENGINE_VARIABLE] || undefined);
	if (!engine) {
		throw new Error(`There is no engine "${env[ENGINE_VARIABLE]}" in the playground. Engines: ${engineVersions()}.`);
	}
	return engine;
}

/** The value of `--engine VERSION` or `--engine=VERSION` among command-line arguments. */
export function engineArgument(argv: string[]): string | undefined {
	const at = argv.findIndex((arg) => arg === '--engine' || arg.startsWith('--engine='));
	if (at < 0) {
		return undefined;
	}
	return argv[at].includes('=') ? argv[at].slice('--engine='.length) : argv[at + 1];
}

export interface IDenoBuild {
	/** The npm package (or alias) holding the binary. */
	packageName: string;
	/** The binary's file name inside the package. */
	binary: string;
	/** The Deno line the build belongs to: may be 2 where the engine wants 1 and npm has no Deno 1 for the machine. */
	line: DenoLine;
}

/**
 * Deno builds published on npm, by machine (`${platform}-${arch}`) and line; see package.json's optionalDependencies.
 * Deno 2.3.1, what 8.x servers ship, is published for Linux x64 only; 2.3.7 is the nearest for the others. Deno 1 is
 * published (1.46.x) for Linux x64 only.
 */
const DENO_BUILDS: Record<string, Partial<Record<DenoLine, string>>> = {
	'linux-x64': { 1: 'deno1-linux-x64-glibc', 2: '@deno/linux-x64-glibc' },
	'linux-arm64': { 2: '@deno/linux-arm64-glibc' },
	'darwin-arm64': { 2: '@deno/darwin-arm64' },
	'darwin-x64': { 2: '@deno/darwin-x64' },
	'win32-x64': { 2: '@deno/win32-x64' },
};

/**
 * The Deno build to run `line` with on this machine: that line's build where npm has one, else Deno 2 (older engines
 * run there too, with Deno's CommonJS detection). Undefined where npm has no Deno at all.
 */
export function denoBuildFor(platform: string, arch: string, line: DenoLine): IDenoBuild | undefined {
	const builds = DENO_BUILDS[`${platform}-${arch}`];
	const chosen: DenoLine = builds?.[line] ? line : 2;
	if (!builds?.[chosen]) {
		return undefined;
	}
	return { packageName: builds[chosen], binary: platform === 'win32' ? 'deno.exe' : 'deno', line: chosen };
}

/** The machines npm has a Deno build for, for the error message on any other. */
export const denoMachines = (): string => Object.keys(DENO_BUILDS).join(', ');
