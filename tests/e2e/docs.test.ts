/**
 * The outputs on README.md and docs/*.md are what their commands print now: every example runs again, and a page that
 * shows something else fails with the page, the command and a diff. `npm run docs` writes the new outputs.
 */
import { diff } from 'jest-diff';

import { PARALLEL, allExamples, normalize, runScript } from '../../playground/docs/examples';
import { pooled } from '../../watch/concurrency';

const examples = allExamples();

describe('the examples in the docs', () => {
	it('there are examples to check', () => {
		expect(examples.length).toBeGreaterThanOrEqual(10);
	});

	// One test runs them all, a few at a time: each boots its own engine, and jest would start them all at once.
	it('each page shows what its command prints now', async () => {
		const runs = await pooled(examples, PARALLEL, (example) => runScript(example.script));
		const problems = examples.flatMap((example, index) => {
			const run = runs[index];
			const where = `${example.page}:${example.line}\n$ ${example.script}`;
			if (run.code !== 0) {
				return [`${where}\nexited with ${run.code}:\n${run.stderr.slice(-2000)}`];
			}
			const now = normalize(run.stdout);
			if (now === example.output) {
				return [];
			}
			return [`${where}\n${diff(example.output ?? '', now, { aAnnotation: 'On the page', bAnnotation: 'Printed now' })}`];
		});
		if (problems.length > 0) {
			throw new Error(`${problems.join('\n\n')}\n\nRun npm run docs to write what the commands print now, and read the change.`);
		}
		expect(runs).toHaveLength(examples.length);
	}, 300_000);
});
