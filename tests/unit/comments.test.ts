/**
 * The app's comments say what the code does and why. A reader of the repository has no issue tracker and no copy of
 * Rocket.Chat's source: facts from that source are kept, with their paths, in docs/rocketchat-api.md.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const ISSUE = /\b[Ii]ssues? #?\d+\b|\(#\d+\)/;
/** Paths of Rocket.Chat's monorepo, as a comment would cite them. */
const SERVER_SOURCE = /\b(apps\/meteor|ee\/packages|ee\/server|ee\/app|packages\/[\w-]+\/src)\//;

function appFiles(): string[] {
	return execFileSync('git', ['ls-files', '-z', 'lib', 'commands', 'LicenseApp.ts'], { cwd: ROOT, encoding: 'utf8' })
		.split('\0')
		.filter((file) => file.endsWith('.ts'));
}

function offending(pattern: RegExp): string[] {
	return appFiles().flatMap((file) =>
		fs
			.readFileSync(path.join(ROOT, file), 'utf8')
			.split('\n')
			.flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
	);
}

describe("the app's comments", () => {
	it('find files to read', () => {
		expect(appFiles()).toContain('lib/flows/commandRouter.ts');
	});

	it('cite no issue number', () => {
		expect(offending(ISSUE)).toEqual([]);
	});

	it("cite no path of Rocket.Chat's source: docs/rocketchat-api.md holds those facts", () => {
		expect(offending(SERVER_SOURCE)).toEqual([]);
	});

	it('would catch either', () => {
		expect(ISSUE.test('// Idle seats (issue 10)')).toBe(true);
		expect(ISSUE.test('// see (#42)')).toBe(true);
		expect(ISSUE.test('// the 10 idle longest')).toBe(false);
		expect(SERVER_SOURCE.test(' * (apps/meteor/ee/app/authorization/lib/guestPermissions.ts)')).toBe(true);
		expect(SERVER_SOURCE.test(' * (see docs/rocketchat-api.md)')).toBe(false);
	});
});
