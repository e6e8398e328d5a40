/**
 * The playground's one clock. `--now` starts the world at an instant and `--wait` moves it forward; in between it runs
 * at the host's pace. The simulated workspace and the engine bridges read it through the ordinary `Date` of this process,
 * and the app's Deno runtime through a small file the engine lets it read (see deno/clockEntry.ts): so the app's own code
 * keeps calling `new Date()` exactly as it does on a server.
 */
import * as fs from 'fs';
import * as path from 'path';

import { installWorldDate } from './deno/worldDate';
import { CLOCK_FILE } from './denoSetup';

let offsetMs = 0;
installWorldDate(() => offsetMs);

/** Starts the world at `instant`, or on the host's own clock when none is given. */
export function setWorldNow(instant?: Date): void {
	offsetMs = 0;
	offsetMs = instant ? instant.getTime() - Date.now() : 0;
}

/** Moves the world forward by `ms` (the `--wait` step). */
export function advanceWorld(ms: number): void {
	offsetMs += ms;
}

/** Tells the app's runtime the world's time now: called before every call into the app. */
export function writeClockFile(dir: string): void {
	fs.writeFileSync(path.join(dir, CLOCK_FILE), JSON.stringify({ now: Date.now() }));
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90s", "6h", "1d", "1d12h" → milliseconds; undefined for anything else (a zero wait included). */
export function parseDuration(text: string): number | undefined {
	const parts = /^(?:\d+[smhd])+$/.test(text) ? text.match(/\d+[smhd]/g) : null;
	const ms = (parts ?? []).reduce((sum, part) => sum + Number(part.slice(0, -1)) * UNITS[part.slice(-1)], 0);
	return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}

/**
 * An ISO 8601 instant with a date, a time and a zone ("2027-01-25T08:00Z", "2027-01-25T08:00:00+01:00"); a bare date
 * or a local time would depend on the machine's time zone, so they are refused (undefined).
 */
export function parseInstant(text: string): Date | undefined {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
		return undefined;
	}
	const date = new Date(text);
	// Date accepts 2027-02-30 as March 2: a day the month does not have is refused instead.
	const [year, month, day] = text.slice(0, 10).split('-').map(Number);
	const exists = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
	return exists && !Number.isNaN(date.getTime()) ? date : undefined;
}
