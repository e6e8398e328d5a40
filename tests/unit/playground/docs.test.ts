/**
 * The README fits a screen, every relative link of README.md and docs/*.md reaches a file (and a heading) that exists,
 * every playground output on a page is written by `npm run docs` (playground/docs/) under the command that made it, the
 * settings page names every setting, and app.json links to this project.
 */
import * as fs from 'fs';
import * as path from 'path';

import { SETTING } from '../../../lib/domain/settings';
import { docPages, findExamples } from '../../../playground/docs/examples';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const README_MAX_LINES = 200;

const read = (page: string) => fs.readFileSync(path.join(ROOT, page), 'utf8');

/** The text without its fenced blocks: a link or heading shown inside one is not a link or heading. */
function outsideFences(text: string): string {
	return text.replace(/^(`{3,}|~{3,})[^\n]*\n[^]*?^\1[`~]*[ \t]*$/gm, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}_\- ]/gu, '')
		.replace(/ /g, '-');
}

/** The anchors a page's headings make, numbered as GitHub numbers a repeated one. */
function anchors(text: string): Set<string> {
	const seen = new Map<string, number>();
	const result = new Set<string>();
	for (const match of outsideFences(text).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
		const base = slug(match[1]);
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		result.add(count === 0 ? base : `${base}-${count}`);
	}
	return result;
}

/** Relative link targets of a page: [text](target) and ![alt](target), without web addresses. */
function relativeLinks(text: string): string[] {
	return [...outsideFences(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?: "[^"]*")?\)/g)]
		.map((match) => match[1])
		.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** What is wrong with each relative link of `page` (an empty list when every link reaches its file and heading). */
function brokenLinks(page: string): string[] {
	return relativeLinks(read(page)).flatMap((target) => {
		const [file, anchor] = target.split('#');
		const resolved = file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file)) : page;
		if (resolved.startsWith('..') || !fs.existsSync(path.join(ROOT, resolved))) {
			return [`${page}: ${target} (no file ${resolved})`];
		}
		if (anchor !== undefined && resolved.endsWith('.md') && !anchors(read(resolved)).has(anchor)) {
			return [`${page}: ${target} (no heading #${anchor} in ${resolved})`];
		}
		return [];
	});
}

describe('the docs', () => {
	const pages = docPages(ROOT);

	it('README.md fits a screen: at most 200 lines', () => {
		expect(read('README.md').split('\n').length - 1).toBeLessThanOrEqual(README_MAX_LINES);
	});

	it('README.md gives the two commands a newcomer runs after cloning, unchanged', () => {
		expect(read('README.md')).toMatch(/^npm ci && npm start\b/m);
		expect(read('README.md')).toMatch(/^npm ci && npm test\b/m);
		expect(read('.ci/run')).toMatch(/^npm test$/m);
	});

	it('lists README.md and every page under docs/', () => {
		expect(pages).toEqual(expect.arrayContaining(['README.md', 'docs/commands.md', 'docs/playground.md', 'docs/rocketchat-api.md']));
	});

	it('every relative link points to a file, and to a heading of it when it names one', () => {
		expect(pages.flatMap(brokenLinks)).toEqual([]);
	});

	it('every playground output on a page was written by npm run docs under its command', () => {
		const pasted = pages.flatMap((page) => {
			const text = read(page);
			const generated = findExamples(page, text).map((example) => [example.start, example.end]);
			return [...text.matchAll(/^```(\w*)\n(admin> |\(scheduler\) |LicenseApp in the real|── #)/gm)]
				.filter((block) => !generated.some(([start, end]) => (block.index ?? 0) > start && (block.index ?? 0) < end))
				.map((block) => `${page}:${text.slice(0, block.index).split('\n').length}`);
		});
		expect(pasted).toEqual([]);
	});

	it('every example has its output written', () => {
		const unwritten = pages.flatMap((page) =>
			findExamples(page, read(page))
				.filter((example) => example.output === undefined)
				.map((example) => `${page}:${example.line}`),
		);
		expect(unwritten).toEqual([]);
	});
});

describe('how links and headings are read', () => {
	it('makes the anchors GitHub makes', () => {
		expect(slug('9. Air gap — `Cloud_Workspace_AirGapped_Restrictions_Remaining_Days`')).toBe(
			'9-air-gap--cloud_workspace_airgapped_restrictions_remaining_days',
		);
		expect(slug('Pictures: `--preview`')).toBe('pictures---preview');
		expect([...anchors('# A\n## Notes\n```\n# not a heading\n```\n## Notes\n')]).toEqual(['a', 'notes', 'notes-1']);
	});

	it('finds relative links and images, not web addresses nor links shown as code', () => {
		const text = '[a](docs/a.md#x) ![b](images/b.png) [c](https://example.com) [d](mailto:x@example.com)\n```\n[e](e.md)\n```\n';
		expect(relativeLinks(text)).toEqual(['docs/a.md#x', 'images/b.png']);
	});
});

describe('the settings page and the manifest', () => {
	it('docs/settings.md gives every setting id in its table', () => {
		const settings = read('docs/settings.md');
		const missing = Object.values(SETTING).filter((id) => !new RegExp(`^\\|[^\\n]*\`${id}\``, 'm').test(settings));
		expect(missing).toEqual([]);
	});

	it('app.json links to this project, not to Rocket.Chat: it is not an official app', () => {
		const { author } = JSON.parse(read('app.json'));
		for (const link of [author.homepage, author.support]) {
			expect(() => new URL(link)).not.toThrow();
			expect(link).not.toMatch(/rocket\.?chat/i);
		}
	});
});
