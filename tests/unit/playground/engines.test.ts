/** Which engine and which Deno build the playground runs the app on: pure functions of the machine and the choice. */
import { ENGINES, ENGINE_VARIABLE, denoBuildFor, engineArgument, selectedEngine } from '../../../playground/engine/engines';
import { isOverrun } from '../../../playground/engine/runtime';
import { withReadable } from '../../../playground/engine/tempReadable';

describe('the Deno build for a machine', () => {
	it('runs each engine on its own Deno line on Linux x64, the only machine npm has Deno 1 for', () => {
		expect(denoBuildFor('linux', 'x64', 2)).toEqual({ packageName: '@deno/linux-x64-glibc', binary: 'deno', line: 2 });
		expect(denoBuildFor('linux', 'x64', 1)).toEqual({ packageName: 'deno1-linux-x64-glibc', binary: 'deno', line: 1 });
	});

	it("picks the machine's own package, and Deno 2 where npm has no Deno 1 for it", () => {
		expect(denoBuildFor('darwin', 'arm64', 1)).toEqual({ packageName: '@deno/darwin-arm64', binary: 'deno', line: 2 });
		expect(denoBuildFor('darwin', 'x64', 2)?.packageName).toBe('@deno/darwin-x64');
		expect(denoBuildFor('linux', 'arm64', 2)?.packageName).toBe('@deno/linux-arm64-glibc');
		expect(denoBuildFor('win32', 'x64', 1)).toEqual({ packageName: '@deno/win32-x64', binary: 'deno.exe', line: 2 });
	});

	it('has none for a machine npm publishes no Deno for', () => {
		expect(denoBuildFor('freebsd', 'x64', 2)).toBeUndefined();
		expect(denoBuildFor('linux', 'ia32', 1)).toBeUndefined();
	});

	it("names only packages package.json installs, at the version that stands for the engine's servers", () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const optional: Record<string, string> = require('../../../package.json').optionalDependencies;
		const machines = ['linux-x64', 'linux-arm64', 'darwin-arm64', 'darwin-x64', 'win32-x64'];
		for (const [platform, arch] of machines.map((machine) => machine.split('-'))) {
			for (const line of [1, 2] as const) {
				expect(Object.keys(optional)).toContain(denoBuildFor(platform, arch, line)?.packageName);
			}
		}
		expect(optional['deno1-linux-x64-glibc']).toBe('npm:@deno/linux-x64-glibc@1.46.3');
		expect(optional['@deno/linux-x64-glibc']).toBe('2.3.1');
	});
});

describe('the engine', () => {
	it('is the newest unless LICENSEAPP_ENGINE names another', () => {
		expect(selectedEngine({}).version).toBe('1.62.0');
		expect(selectedEngine({ [ENGINE_VARIABLE]: '' }).version).toBe('1.62.0');
		expect(selectedEngine({ [ENGINE_VARIABLE]: '1.53.1' })).toMatchObject({ runtimePackage: 'apps-engine-runtime-1.53.1', denoLine: 1 });
	});

	it('refuses an unknown version, naming the supported ones', () => {
		expect(() => selectedEngine({ [ENGINE_VARIABLE]: '1.47.0' })).toThrow(
			'There is no engine "1.47.0" in the playground. Engines: 1.62.0, 1.53.1.',
		);
	});

	it('each comes from an exact npm alias of the engine (a range would resolve to a types-only release)', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const dev: Record<string, string> = require('../../../package.json').devDependencies;
		for (const engine of ENGINES) {
			expect(dev[engine.runtimePackage]).toBe(`npm:@rocket.chat/apps-engine@${engine.version}`);
		}
	});

	it('is read from --engine VERSION or --engine=VERSION, not from --engine-timeout', () => {
		expect(engineArgument(['--run', '/license', '--engine', '1.53.1'])).toBe('1.53.1');
		expect(engineArgument(['--engine=1.53.1', '--json'])).toBe('1.53.1');
		expect(engineArgument(['--engine-timeout', '30'])).toBeUndefined();
	});
});

describe('an overrun', () => {
	it('is told in either wording the engines use, and nothing else is', () => {
		expect(isOverrun('[app] Request "7" for method "slashcommand:license:executor" timed out after 10000ms')).toBe(true);
		expect(isOverrun('[app] Request "7" for method "scheduler:daily-check" timed out')).toBe(true);
		expect(isOverrun('The license server timed out')).toBe(false);
	});
});

describe("the runtime's read permission", () => {
	it("gains the session's folder where an older engine leaves it out, once", () => {
		expect(withReadable('--allow-read=/e,/nm', '/session')).toBe('--allow-read=/e,/nm,/session');
		expect(withReadable('--allow-read=/e,/session', '/session')).toBe('--allow-read=/e,/session');
		expect(withReadable('--allow-env=PATH', '/session')).toBe('--allow-env=PATH');
	});
});
