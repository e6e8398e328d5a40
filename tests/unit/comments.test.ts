/**
 * The app's comments say what the code does and why. A reader of the repository has no issue tracker and no copy of
 * Rocket.Chat's source: facts from that source are kept, with their paths, in docs/rocketchat-api.md.
 */
import * as fs from 'fs';
import * as path from 'path';

import { ROOT, trackedFiles } from '../support/trackedFiles';

const ISSUE = /\b[Ii]ssues? #?\d+\b|\(#\d+\)/;
/** Paths of Rocket.Chat's monorepo, as a comment would cite them. */
const SERVER_SOURCE = /\b(apps\/meteor|ee\/packages|ee\/server|ee\/app|packages\/[\w-]+\/src)\//;

function appFiles(): string[] {
	return trackedFiles('lib', 'commands', 'LicenseApp.ts').filter((file) => file.endsWith('.ts'));
}

/** Every tracked text file but the one that cites Rocket.Chat's own changes as facts (docs/rocketchat-api.md). */
function repoFiles(): string[] {
	return trackedFiles().filter(
		(file) => /\.(ts|js|mjs|md|json)$/.test(file) && file !== 'package-lock.json' && file !== 'docs/rocketchat-api.md',
	);
}

function offending(pattern: RegExp, files = appFiles()): string[] {
	return files.flatMap((file) =>
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

	it('cite no issue number, nor do the tests, the playground, watch/ or the docs', () => {
		const files = repoFiles().filter((file) => file !== 'tests/unit/comments.test.ts');
		expect(files).toEqual(expect.arrayContaining(['README.md', 'playground/cli.ts', 'watch/cli.ts', 'tests/e2e/harness.ts']));
		expect(offending(ISSUE, files)).toEqual([]);
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
