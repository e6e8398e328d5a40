/**
 * docs/architecture.md is the map: its "Files" part lists every file under lib/ and watch/ by folder, and every path
 * it names anywhere exists. A file added, moved or removed without the map fails here.
 */
import * as fs from 'fs';
import * as path from 'path';

import { ROOT, trackedFiles } from '../support/trackedFiles';

const MAP = path.join(ROOT, 'docs', 'architecture.md');

/** The files a map lists: under each "### `folder/`" heading, the backticked names that open its bullets. */
function listedFiles(markdown: string): string[] {
	const files: string[] = [];
	let folder: string | undefined;
	for (const line of markdown.split('\n')) {
		const heading = /^###\s+`([\w./-]+\/)`\s*$/.exec(line);
		if (heading) {
			folder = heading[1];
		} else if (/^##?\s/.test(line)) {
			folder = undefined;
		} else if (folder && line.startsWith('- ')) {
			const names = [
				...line
					.slice(2)
					.split(':')[0]
					.matchAll(/`([\w.-]+\.ts)`/g),
			].map((match) => match[1]);
			const under = folder;
			files.push(...names.map((name) => `${under}${name}`));
		}
	}
	return files;
}

/** Every path of the repository the map names in backticks, wherever it appears. */
const namedPaths = (markdown: string): string[] =>
	[...markdown.matchAll(/`((?:lib|watch|tests|playground|commands|docs)\/[\w./-]*)`/g)].map((match) => match[1]);

const tracked = (...folders: string[]): string[] => trackedFiles(...folders).filter((file) => file.endsWith('.ts'));

describe('docs/architecture.md', () => {
	const markdown = fs.readFileSync(MAP, 'utf8');

	it('lists every file under lib/ and watch/, each once', () => {
		const listed = listedFiles(markdown);
		expect([...listed].sort()).toEqual(tracked('lib', 'watch').sort());
	});

	it('names no path that does not exist', () => {
		const missing = namedPaths(markdown).filter((named) => !fs.existsSync(path.join(ROOT, named)));
		expect(missing).toEqual([]);
	});

	it('reads folders and bullets as a reader sees them', () => {
		const sample = ['### `lib/x/`', '- `a.ts`, `b.ts`: two files', '- `c.ts`: calls `d.ts`', '## Next', '- `e.ts`: outside'].join('\n');
		expect(listedFiles(sample)).toEqual(['lib/x/a.ts', 'lib/x/b.ts', 'lib/x/c.ts']);
		expect(namedPaths('see `lib/kit/json.ts` and `lib/none/`')).toEqual(['lib/kit/json.ts', 'lib/none/']);
	});
});
