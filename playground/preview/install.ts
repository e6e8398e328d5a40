/**
 * `npm run preview:install`: `npm ci` already installs the renderer (fuselage-ui-kit, React, message-parser) and the
 * browser driver (puppeteer-core) as dev dependencies, so this only checks they resolve and that a Chromium exists,
 * and says how to install Chromium when it does not (a system package, outside npm's reach).
 */
import { findChromium, INSTALL_HINT } from './chromium';

const PACKAGES = [
	'@rocket.chat/fuselage-ui-kit',
	'@rocket.chat/fuselage',
	'@rocket.chat/message-parser',
	'react',
	'react-dom',
	'puppeteer-core',
	'esbuild',
];

const missing = PACKAGES.filter((name) => {
	try {
		require.resolve(name);
		return false;
	} catch {
		return true;
	}
});
if (missing.length > 0) {
	process.stderr.write(`Missing packages: ${missing.join(', ')}. Run npm ci first.\n`);
	process.exit(1);
}
const chromium = findChromium();
if (!chromium) {
	process.stderr.write(`The renderer came with npm ci; Chromium is missing.\n${INSTALL_HINT}\n`);
	process.exit(1);
}
process.stdout.write(`Nothing to install: npm ci brought the renderer, and Chromium is at ${chromium}. --preview is ready.\n`);
