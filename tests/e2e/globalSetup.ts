/**
 * Before any suite of a project: its engine's Deno runtime, and the zip and the watcher's bundle, built once per run
 * (every project shares them): packaging is part of the tests, and parallel suites must not race on it.
 */
import type { Config } from '@jest/types';

import { buildWatch, buildZip } from '../../playground/build/package';
import { ensureDenoRuntime } from '../../playground/engine/denoSetup';
import { ENGINE_VARIABLE, selectedEngine } from '../../playground/engine/engines';

const BUILT = Symbol.for('licenseapp.zipBuilt');

export default function globalSetup(_global: Config.GlobalConfig, project: Config.ProjectConfig): void {
	ensureDenoRuntime(selectedEngine({ [ENGINE_VARIABLE]: project.globals[ENGINE_VARIABLE] as string }));
	const run = globalThis as Record<symbol, unknown>;
	if (!run[BUILT]) {
		buildZip();
		buildWatch();
		run[BUILT] = true;
	}
}
