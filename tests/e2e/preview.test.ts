/**
 * `--preview DIR`: the messages drawn as Rocket.Chat draws them. Chromium is optional: without it the option says how
 * to install it and exits 2; with it, the page and one valid PNG per message are written.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { cli } from './harness';
import { findChromium } from '../../playground/preview/chromium';

const HINT = 'apt-get install chromium fonts-inter fonts-noto-color-emoji';
const chromium = findChromium();
/** The CLI runs with a clean environment: hand it the same browser choice this test made. */
const browserEnv: Record<string, string> = process.env.PUPPETEER_EXECUTABLE_PATH
	? { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH }
	: {};

/** Width and height of a PNG, after checking its signature, header chunk and end chunk. */
function pngSize(file: string): { width: number; height: number } {
	const png = fs.readFileSync(file);
	expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
	expect(png.subarray(png.length - 8, png.length - 4).toString('ascii')).toBe('IEND');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('--preview', () => {
	let dir: string;

	beforeEach(() => {
		dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-preview-')), 'out');
	});

	afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

	it('without Chromium, says how to install it, exits 2 and writes nothing', async () => {
		const result = await cli(['--run', '/license', '--preview', dir], { PUPPETEER_EXECUTABLE_PATH: path.join(dir, 'no-chromium') });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(HINT);
		expect(result.stdout).toBe('');
		expect(fs.existsSync(dir)).toBe(false);
	});

	it(`draws every message in order: index.html and NN-<room>.png${chromium ? '' : ' (no Chromium here: checks the install hint instead)'}`, async () => {
		const result = await cli(['--scenario', 'near-cap', '--run', '/license', '--job', 'daily-check', '--preview', dir], browserEnv);
		// Where Chromium is missing, the answer is the install hint; say so, so the run is not silently green.
		expect({ code: result.code, hint: result.stderr.includes(HINT) }).toEqual(
			chromium ? { code: 0, hint: false } : { code: 2, hint: true },
		);
		if (!chromium) {
			process.stdout.write(`--preview: no Chromium on this machine, so no picture was drawn or checked. Install it with: ${HINT}\n`);
			return;
		}
		expect(fs.readdirSync(dir).sort()).toEqual(['01-general.png', '02-admins.png', 'index.html']);
		for (const name of ['01-general.png', '02-admins.png']) {
			const { width, height } = pngSize(path.join(dir, name));
			expect(width).toBeGreaterThanOrEqual(520);
			expect(height).toBeGreaterThan(100);
		}
		const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('data:image/png;base64,');
		const text = html.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
		expect(text.indexOf('#general')).toBeLessThan(text.indexOf('#admins'));
		expect(text.match(/Only you can see this message/g)).toHaveLength(1);
		expect(text).toContain('LicenseApp');
		expect(text).toContain('Seats are 92.5% full');
		expect(html).toContain('<strong>Plan</strong>');
		expect(text).not.toMatch(/\*[^*\s][^*]*\*/);
	}, 120_000);
});
