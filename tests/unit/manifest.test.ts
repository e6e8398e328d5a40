/**
 * app.json grants what the code uses, and only that: each Apps-Engine accessor the app calls needs a permission, and the
 * permissions are derived here from the calls in the app's sources (LicenseApp.ts, commands/, lib/).
 */
import * as fs from 'fs';
import * as path from 'path';

import { ROOT, trackedFiles } from '../support/trackedFiles';

/** Each use of an accessor, as it appears in the code, with the permissions Apps-Engine checks for it. */
const USES: ReadonlyArray<{ use: string; pattern: RegExp; needs: readonly string[] }> = [
	{ use: 'slash commands', pattern: /\.provideSlashCommand\(/, needs: ['slashcommand'] },
	{ use: 'an API endpoint', pattern: /\.provideApi\(/, needs: ['api'] },
	{ use: 'HTTP requests', pattern: /\bhttp: IHttp\b/, needs: ['networking'] },
	{ use: 'persistence', pattern: /\.getPersistenceReader\(\)|\bpersis(tence)?: IPersistence\b/, needs: ['persistence'] },
	{ use: 'scheduled jobs', pattern: /\.scheduler\.registerProcessors\(|\.scheduleRecurring\(/, needs: ['scheduler'] },
	{ use: 'server settings', pattern: /\.getServerSettings\(\)/, needs: ['server-setting.read'] },
	{ use: 'users', pattern: /\.getUserReader\(\)/, needs: ['user.read'] },
	{ use: 'rooms', pattern: /\.getRoomReader\(\)/, needs: ['room.read'] },
	{ use: 'creating rooms', pattern: /\.startRoom\(\)/, needs: ['room.write'] },
	{ use: 'posting messages', pattern: /\.startMessage\(\)|\.getNotifier\(\)/, needs: ['message.write'] },
	// The updater reads the stored message before it edits it.
	{ use: 'editing messages', pattern: /\.getUpdater\(\)\.message\(/, needs: ['message.read', 'message.write'] },
	{ use: 'email', pattern: /\.getEmailCreator\(\)/, needs: ['email.send'] },
	{ use: 'uploads', pattern: /\.getUploadCreator\(\)/, needs: ['upload.write'] },
];

const sources = trackedFiles('LicenseApp.ts', 'commands', 'lib')
	.filter((file) => file.endsWith('.ts'))
	.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** The permissions the code in `texts` needs, sorted. */
const needed = (texts: readonly string[]): string[] =>
	[...new Set(USES.filter(({ pattern }) => texts.some((text) => pattern.test(text))).flatMap(({ needs }) => needs))].sort();

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as { permissions: Array<{ name: string }> };
const granted = manifest.permissions.map(({ name }) => name).sort();

describe('app.json permissions', () => {
	it('grant every permission the code needs, and none it does not', () => {
		expect(granted).toEqual(needed(sources));
	});

	it('name each permission once', () => {
		expect(new Set(granted).size).toBe(granted.length);
	});

	it('are derived from the calls: one use adds its permissions, no use none', () => {
		expect(needed(['const id = await modify.getCreator().getUploadCreator().uploadBuffer(csv, info);'])).toEqual(['upload.write']);
		expect(needed(['await modify.getUpdater().message(id, user);'])).toEqual(['message.read', 'message.write']);
		expect(needed(['const x = 1;'])).toEqual([]);
	});
});
