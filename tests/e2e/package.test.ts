/** The distributable: what `npm run package` builds is what a 7.x or 8.x server accepts, and nothing more. */
import * as fs from 'fs';
import * as path from 'path';

import AdmZip from 'adm-zip';
import * as semver from 'semver';

import { ROOT } from './harness';
import { zipPath } from '../../playground/build/package';
import { ENGINES } from '../../playground/engine/engines';

// Engine versions shipped by Rocket.Chat 7.0 (1.47) … 8.8 (1.66), per docs/apps-engine-runtime.md.
const SERVER_ENGINES = ['1.47.0', '1.53.0', '1.58.0', '1.60.0', '1.62.0', '1.63.0', '1.66.0'];

describe('the packaged zip', () => {
	const zip = new AdmZip(zipPath());
	const names = zip.getEntries().map((entry) => entry.entryName);
	const manifest = JSON.parse(zip.readAsText('app.json'));

	it('holds the compiled app, app.json, the icon and the translations, and no tests, playground or TypeScript', () => {
		expect(names).toEqual(
			expect.arrayContaining(['app.json', 'icon.png', 'LicenseApp.js', 'commands/LicenseCommand.js', 'lib/flows/commandRouter.js']),
		);
		for (const language of ['en', 'de', 'es', 'pt-BR']) {
			expect(names).toContain(`i18n/${language}.json`);
		}
		const unexpected = names.filter(
			(name) =>
				!/^(LicenseApp\.js|(commands|lib)\/.+\.js|app\.json|icon\.png|i18n\/[\w-]+\.json|package\.json|tsconfig\.json|\.packagedby)$/.test(
					name,
				),
		);
		expect(unexpected).toEqual([]);
		expect(names.some((name) => /^(tests|playground|node_modules)\//.test(name) || name.endsWith('.ts'))).toBe(false);
	});

	it('carries app.json as written: its permissions (tests/unit/manifest.test.ts derives them from the code) and its id', () => {
		const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8'));
		expect(manifest.permissions).toEqual(source.permissions);
		expect(manifest.requiredApiVersion).toBe(source.requiredApiVersion);
		expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('is accepted by every engine the tests run it on, the oldest included, and by every 7.x and 8.x server engine', () => {
		const engines = [...ENGINES.map((engine) => engine.version), ...SERVER_ENGINES];
		expect(engines.filter((engine) => !semver.satisfies(engine, manifest.requiredApiVersion))).toEqual([]);
	});

	it('stays under 160 KB with no run-time dependency', () => {
		expect(fs.statSync(zipPath()).size).toBeLessThan(160 * 1024);
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		expect(pkg.dependencies ?? {}).toEqual({});
		const compiled = names.filter((name) => name.endsWith('.js')).map((name) => zip.readAsText(name));
		const required = compiled.flatMap((code) => [...code.matchAll(/require\("([^".][^"]*)"\)/g)].map((match) => match[1]));
		expect(required.filter((id) => !id.startsWith('@rocket.chat/apps-engine/'))).toEqual([]);
	});

	it('carries a real icon', () => {
		const icon = zip.readFile('icon.png') as Buffer;
		expect(icon.subarray(1, 4).toString()).toBe('PNG');
		expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
		expect(icon.length).toBeGreaterThan(1000);
	});
});
