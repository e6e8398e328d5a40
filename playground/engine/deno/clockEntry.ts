/**
 * The app's Deno runtime, started on the playground's clock. The `deno` wrapper (see ../denoSetup.ts) runs this file
 * instead of the engine's `main.ts` and appends `--licenseapp-main <main.ts> --licenseapp-clock <file>` to its arguments.
 * The file holds the world's time as the playground last wrote it (at the start of each call into the app); from there
 * the runtime's clock runs on at the host's pace until the file changes. Then it loads the engine's runtime as usual.
 */
// Deno's own module: type-checked by Deno when the runtime loads it, so the Node typecheck leaves it out.
import { installWorldDate } from './worldDate.ts';

function argument(name: string): string {
	const at = Deno.args.indexOf(name);
	const value = at < 0 ? undefined : Deno.args[at + 1];
	if (!value) {
		throw new Error(`clockEntry.ts needs ${name}`);
	}
	return value;
}

const clockFile = argument('--licenseapp-clock');
const main = argument('--licenseapp-main');
const hostNow = Date.now;

let seen = '';
let offsetMs = 0;

/** How far the world is ahead of this host: re-read whenever the playground has written the file anew. */
function worldOffset(): number {
	let text = seen;
	try {
		text = Deno.readTextFileSync(clockFile);
	} catch {
		// The playground removes the file with its temporary folder when it closes: keep the last reading.
	}
	if (text !== seen) {
		const written = Number((JSON.parse(text) as { now?: unknown }).now);
		if (Number.isFinite(written)) {
			seen = text;
			offsetMs = written - hostNow();
		}
	}
	return offsetMs;
}

installWorldDate(worldOffset);
await import(main.startsWith('/') ? `file://${main}` : main);
