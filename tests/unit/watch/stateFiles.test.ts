import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { EMPTY_STATE } from '../../../lib/domain/findings/announce';
import { STALE_LOCK_MS, loadState, saveState, takeLock } from '../../../watch/stateFiles';

let dir: string;
let file: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-state-'));
	file = path.join(dir, 'acme.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const STATE = {
	...EMPTY_STATE,
	initialized: true,
	announced: { airgap: { level: 'warning' as const, severity: 995, facts: { type: 'airgap' as const, days: 5 } } },
};

test('a saved state reads back through the app’s reader, and no temporary file is left', () => {
	saveState(file, STATE);
	expect(loadState(file)).toEqual({ state: STATE });
	expect(fs.readdirSync(dir)).toEqual(['acme.json']);
});

test('no file is a fresh state; a file that is not a state is set aside and a fresh state begins', () => {
	expect(loadState(file)).toEqual({ state: EMPTY_STATE });
	fs.writeFileSync(file, '{"version":1,"state":{"initialized":tr');
	expect(loadState(file)).toEqual({ state: EMPTY_STATE, problem: 'not JSON' });
	expect(fs.readFileSync(`${file}.broken`, 'utf8')).toBe('{"version":1,"state":{"initialized":tr');
	fs.writeFileSync(file, '{"version":1,"state":{"initialized":"yes"}}');
	expect(loadState(file).problem).toBeDefined();
});

test('the lock is exclusive while its run lives, and released by its holder', () => {
	const release = takeLock(file);
	expect(release).toBeDefined();
	expect(takeLock(file)).toBeUndefined();
	release?.();
	expect(takeLock(file)).toBeDefined();
});

test('a lock left by a run that is gone, or too old, is taken over', () => {
	// No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
	fs.writeFileSync(`${file}.lock`, `${2 ** 22 + 1} ${Date.now()}`);
	expect(takeLock(file)).toBeDefined();
	fs.writeFileSync(`${file}.lock`, `${process.pid} ${Date.now() - STALE_LOCK_MS - 1000}`);
	expect(takeLock(file)).toBeDefined();
});
