/**
 * The import graph follows the data: workspace API → snapshot → findings → rendered message → delivery. Each folder of
 * lib/ imports only the folders above it in the table of docs/architecture.md (kit first, in the order of MAY_IMPORT),
 * and only the host ends import Apps-Engine. watch/ is the other host end: it may use the plain middle of lib/, never the engine side.
 */
import * as fs from 'fs';
import * as path from 'path';

import * as ts from 'typescript';

import { ROOT, trackedFiles } from '../support/trackedFiles';

/** What each folder of lib/ may import, besides its own files. */
const MAY_IMPORT: Record<string, readonly string[]> = {
	kit: [],
	i18n: [],
	domain: ['kit'],
	api: ['kit', 'domain'],
	render: ['kit', 'i18n', 'domain'],
	engine: ['kit', 'i18n', 'domain', 'api', 'render'],
	flows: ['kit', 'i18n', 'domain', 'api', 'render', 'engine'],
	entry: ['kit', 'i18n', 'domain', 'api', 'render', 'engine', 'flows'],
};

/** The plain middle: no Apps-Engine, no Node, so that both hosts run it. */
const HOST_FREE = ['kit', 'i18n', 'domain', 'api', 'render'];

/** The one package the middle may name: UIKit's block types, which leave nothing in the compiled code. */
const HOST_FREE_PACKAGES = ['@rocket.chat/ui-kit'];

/** The folders of a module and of what it imports, as seen from the repository root. */
interface IEdge {
	file: string;
	target: string;
}

function filesUnder(...folders: string[]): string[] {
	return trackedFiles(...folders).filter((file) => file.endsWith('.ts'));
}

/** Every import of `file`: relative ones resolved to a repository path, packages left as named. */
function importsOf(file: string, source: string): IEdge[] {
	return ts.preProcessFile(source, true, true).importedFiles.map(({ fileName }) => ({
		file,
		target: fileName.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)) : fileName,
	}));
}

const folderOf = (file: string): string | undefined => /^lib\/([^/]+)\//.exec(file)?.[1];

/** The imports that run against the flow, as "file → target" lines. */
function violations(edges: readonly IEdge[]): string[] {
	return edges.flatMap(({ file, target }) => {
		const from = folderOf(file);
		const to = folderOf(target);
		const line = `${file} → ${target}`;
		if (file.startsWith('watch/')) {
			const engineSide = to !== undefined && !HOST_FREE.includes(to);
			return engineSide || target.startsWith('@rocket.chat/apps-engine') ? [line] : [];
		}
		if (from === undefined) {
			return [];
		}
		if (HOST_FREE.includes(from) && !target.startsWith('lib/') && !HOST_FREE_PACKAGES.includes(target)) {
			return [line];
		}
		return to !== undefined && to !== from && !MAY_IMPORT[from].includes(to) ? [line] : [];
	});
}

const edges = filesUnder('lib', 'watch').flatMap((file) => importsOf(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));

describe('the import graph', () => {
	it('reads every folder of lib/ and watch/', () => {
		const folders = new Set(edges.map(({ file }) => folderOf(file) ?? file.split('/')[0]));
		expect([...folders].sort()).toEqual([...Object.keys(MAY_IMPORT), 'watch'].sort());
	});

	it('runs with the flow: each folder of lib/ imports only those above it, the middle no package, watch/ no engine side', () => {
		expect(violations(edges)).toEqual([]);
	});

	it('catches an import against the flow, a package in the middle, and the engine side in watch/', () => {
		expect(
			violations([
				{ file: 'lib/domain/a.ts', target: 'lib/api/client' },
				{ file: 'lib/render/b.ts', target: '@rocket.chat/apps-engine/definition/accessors' },
				{ file: 'lib/engine/c.ts', target: 'lib/flows/dailyCheck' },
				{ file: 'watch/d.ts', target: 'lib/engine/store' },
				{ file: 'lib/flows/e.ts', target: 'lib/engine/store' },
				{ file: 'lib/domain/f.ts', target: 'lib/domain/g' },
			]),
		).toEqual([
			'lib/domain/a.ts → lib/api/client',
			'lib/render/b.ts → @rocket.chat/apps-engine/definition/accessors',
			'lib/engine/c.ts → lib/flows/dailyCheck',
			'watch/d.ts → lib/engine/store',
		]);
	});
});
