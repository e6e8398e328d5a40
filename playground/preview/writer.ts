/**
 * Writes a preview of posted messages: DIR/index.html (static, no JavaScript, CSS inlined) and DIR/NN-<room>.png, one
 * screenshot per message. The page (page.ts) is bundled with esbuild and drawn in headless Chromium through
 * puppeteer-core; the static page is what Chromium drew, with the styles fuselage injected copied in.
 */
import * as fs from 'fs';
import * as path from 'path';

import { build } from 'esbuild';
import { launch } from 'puppeteer-core';

import type { IPreviewData } from './page';
import type { IPostedMessage } from '../engine/world';

const ROOT = path.resolve(__dirname, '..', '..');
/** Rocket.Chat's message list is about this wide on a laptop; the page holds messages at that width. */
const WIDTH = 760;
const PAGE_URL = 'http://preview.invalid/';

const dataUri = (file: string, type: string) => `data:${type};base64,${fs.readFileSync(file).toString('base64')}`;

/** What fuselage leaves to the host page: fonts, the icon font, and the look of parsed mrkdwn (Rocket.Chat's gazzodown). */
function baseCss(): string {
	const iconFont = dataUri(require.resolve('@rocket.chat/icons/dist/font/rocketchat.woff2'), 'font/woff2');
	return `
@font-face { font-family: 'RocketChat'; src: url('${iconFont}') format('woff2'); }
html, body { margin: 0; background: #fff; }
body { font-family: Inter, 'Noto Color Emoji', -apple-system, 'Segoe UI', Roboto, sans-serif; -webkit-font-smoothing: antialiased; }
#preview-root { width: ${WIDTH}px; padding: 8px 0; }
.preview-message { width: fit-content; min-width: 520px; padding: 0 8px 0 4px; background: #fff; }
.md-paragraph { min-height: 1em; }
.md-code { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.875em; padding: 0 4px; border: 1px solid #e4e7ea;
  border-radius: 4px; background: #f7f8fa; color: #2f343d; }
.md-mention { font-weight: 700; color: #095ad2; background: #e8f2ff; border-radius: 4px; padding: 0 2px; }
.md-unknown { color: #ec0d2a; }
strong { font-weight: 700; }
`;
}

async function bundle(): Promise<string> {
	const result = await build({
		entryPoints: [path.join(__dirname, 'page.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'chrome110',
		minify: true,
		define: { 'process.env.NODE_ENV': '"production"', 'global': 'window' },
		logLevel: 'silent',
	});
	return result.outputFiles[0].text;
}

export interface IPreviewTimings {
	bundleMs: number;
	browserMs: number;
	renderMs: number;
	screenshotMs: number;
	files: string[];
}

/** The screenshot's name: message number (from 01) and the room, safe for any file system. */
export function shotName(index: number, room: string, total: number): string {
	const number = String(index + 1).padStart(Math.max(2, String(total).length), '0');
	return `${number}-${room.replace(/[^\w.-]+/g, '-')}.png`;
}

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export async function writePreview(dir: string, messages: IPostedMessage[], chromium: string): Promise<IPreviewTimings> {
	const app = JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as { name: string; iconFile: string };
	const data: IPreviewData = {
		appName: app.name,
		avatar: dataUri(path.join(ROOT, app.iconFile), 'image/png'),
		// An uploaded file is drawn as its name and size (the file itself is not shown).
		messages: messages.map(({ room, ephemeral, sender, text, blocks, upload }) => ({
			room,
			ephemeral,
			sender,
			text: upload ? `📎 ${upload.filename} (${upload.size} bytes)` : text,
			blocks,
		})),
	};
	let start = process.hrtime.bigint();
	const script = await bundle();
	const bundleMs = since(start);

	start = process.hrtime.bigint();
	const browser = await launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
	const browserMs = since(start);
	try {
		const page = await browser.newPage();
		const failed = new Promise<never>((_, reject) => {
			page.on('pageerror', (error) =>
				reject(new Error(`the preview page failed: ${error instanceof Error ? error.message : String(error)}`)),
			);
		});
		failed.catch(() => undefined);
		await page.setViewport({ width: WIDTH, height: 600, deviceScaleFactor: 2 });
		start = process.hrtime.bigint();
		// Served from an http origin (fuselage reads localStorage, which about:blank refuses); nothing reaches the network.
		const shell = `<!doctype html><html><head><meta charset="utf-8"><style>${baseCss()}</style></head><body><div id="preview-root"></div>
<script>window.preview = ${JSON.stringify(data).replace(/</g, '\\u003c')};</script><script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
		await page.setRequestInterception(true);
		page.on('request', (request) =>
			request.url() === PAGE_URL ? void request.respond({ status: 200, contentType: 'text/html', body: shell }) : void request.abort(),
		);
		await page.goto(PAGE_URL);
		await Promise.race([page.waitForSelector('body[data-rendered]', { timeout: 30_000 }), failed]);
		await page.evaluate(() => document.fonts.ready);
		const { css, html } = await page.evaluate(() => ({
			css: Array.from(document.styleSheets)
				.map((sheet) =>
					Array.from(sheet.cssRules)
						.map((rule) => rule.cssText)
						.join('\n'),
				)
				.join('\n'),
			html: (document.getElementById('preview-root') as HTMLElement).outerHTML,
		}));
		const renderMs = since(start);

		fs.mkdirSync(dir, { recursive: true });
		const title = `${app.name}: ${messages.length} message${messages.length === 1 ? '' : 's'}`;
		fs.writeFileSync(
			path.join(dir, 'index.html'),
			`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${css}</style></head><body>${html}</body></html>\n`,
		);
		start = process.hrtime.bigint();
		const files = ['index.html'];
		const elements = await page.$$('.preview-message');
		for (const [index, element] of elements.entries()) {
			const name = shotName(index, messages[index].room, messages.length);
			await element.screenshot({ path: path.join(dir, name) as `${string}.png` });
			files.push(name);
		}
		return { bundleMs, browserMs, renderMs, screenshotMs: since(start), files };
	} finally {
		await browser.close();
	}
}
