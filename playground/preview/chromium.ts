/** Where the headless browser for --preview lives: Debian's chromium, or the one PUPPETEER_EXECUTABLE_PATH names. */
import * as fs from 'fs';

export const INSTALL_HINT =
	'--preview needs Chromium and the fonts Rocket.Chat uses. On Debian or Ubuntu:\n' +
	'  sudo apt-get install chromium fonts-inter fonts-noto-color-emoji\n' +
	'or point PUPPETEER_EXECUTABLE_PATH at a Chrome or Chromium binary.';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser's path, or undefined when there is none. An explicit PUPPETEER_EXECUTABLE_PATH is the only one tried. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const candidates = env.PUPPETEER_EXECUTABLE_PATH ? [env.PUPPETEER_EXECUTABLE_PATH] : CANDIDATES;
	return candidates.find((candidate) => {
		try {
			fs.accessSync(candidate, fs.constants.X_OK);
			return fs.statSync(candidate).isFile();
		} catch {
			return false;
		}
	});
}
