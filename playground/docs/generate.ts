/**
 * `npm run docs`: re-runs every example of README.md and docs/*.md (see examples.ts) and writes each output into its
 * page, right after the command. `npm run docs -- docs/commands.md` does one page. A run that fails stops the page from
 * being written, and says why.
 */
import * as fs from 'fs';
import * as path from 'path';

import * as prettier from 'prettier';

import type { IExample } from './examples';
import { PARALLEL, docPages, findExamples, normalize, runScript, withOutputs } from './examples';
import { pooled } from '../../watch/concurrency';
import { ensureZip, root } from '../build/package';

async function formatted(page: string, text: string): Promise<string> {
	const file = path.join(root, page);
	const config = (await prettier.resolveConfig(file)) ?? {};
	return prettier.format(text, { ...config, filepath: file });
}

async function main(): Promise<number> {
	const asked = process.argv.slice(2).map((page) => path.relative(root, path.resolve(page)));
	const known = docPages();
	const unknown = asked.filter((page) => !known.includes(page));
	if (unknown.length > 0) {
		process.stderr.write(`docs: not a page with examples: ${unknown.join(', ')}. Pages: ${known.join(', ')}\n`);
		return 2;
	}
	const pages = asked.length > 0 ? asked : known;
	const texts = new Map(pages.map((page) => [page, fs.readFileSync(path.join(root, page), 'utf8')]));
	const examples: IExample[] = pages.flatMap((page) => findExamples(page, texts.get(page) ?? ''));
	// Built once here: the runs share the zip rather than race to rebuild it.
	ensureZip();
	const started = Date.now();
	const runs = await pooled(examples, PARALLEL, async (example) => {
		const run = await runScript(example.script);
		process.stderr.write(`${run.code === 0 ? 'ok    ' : 'FAILED'} ${example.page}:${example.line}\n`);
		return run;
	});
	let failed = 0;
	for (const page of pages) {
		const onPage = examples.map((example, index) => ({ example, run: runs[index] })).filter(({ example }) => example.page === page);
		const failures = onPage.filter(({ run }) => run.code !== 0);
		failures.forEach(({ example, run }) =>
			process.stderr.write(`\n${example.page}:${example.line} exited with ${run.code}:\n${example.script}\n${run.stderr.slice(-2000)}\n`),
		);
		failed += failures.length;
		if (onPage.length === 0 || failures.length > 0) {
			continue;
		}
		const text = texts.get(page) ?? '';
		const written = await formatted(
			page,
			withOutputs(
				text,
				onPage.map(({ example }) => example),
				onPage.map(({ run }) => normalize(run.stdout)),
			),
		);
		if (written !== text) {
			fs.writeFileSync(path.join(root, page), written);
			process.stderr.write(`wrote ${page}\n`);
		}
	}
	process.stderr.write(`${examples.length} examples in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failed} failed\n`);
	return failed > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`docs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
