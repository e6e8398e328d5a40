/** Builds the zip and the watcher's bundle once before any suite: packaging is part of the tests, and parallel suites must not race on it. */
import { buildWatch, buildZip } from '../../playground/build/package';
import { ensureDenoRuntime } from '../../playground/engine/denoSetup';

export default function globalSetup(): void {
	ensureDenoRuntime();
	buildZip();
	buildWatch();
}
