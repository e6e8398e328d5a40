/**
 * The outputs on README.md and docs/*.md are what their commands print now: every example runs again, and a page that
 * shows something else fails with the page, the command and a diff. `npm run docs` writes the new outputs.
 */
import { diff } from 'jest-diff';

import type { IExample, IRun } from '../../playground/docs/examples';
import { SCRIPT_TIMEOUT_MS, allExamples, normalize, runScript } from '../../playground/docs/examples';

const examples = allExamples();

/** Fails with the page, the command and a diff when the run failed or printed something else than the page shows. */
function expectOnPage(where: string, example: IExample, run: IRun): void {
	const shown = `${where}\n$ ${example.script}`;
	if (run.code !== 0) {
		throw new Error(`${shown}\nexited with ${run.code}:\n${run.stderr.slice(-2000)}`);
	}
	const now = normalize(run.stdout);
	if (now !== example.output) {
		const change = diff(example.output ?? '', now, { aAnnotation: 'On the page', bAnnotation: 'Printed now' });
		throw new Error(`${shown}\n${change}\n\nRun npm run docs to write what the commands print now, and read the change.`);
	}
}

describe('the examples in the docs', () => {
	it('there are examples to check', () => {
		expect(examples.length).toBeGreaterThanOrEqual(10);
	});

	// One test per example, one after another: each boots its own engine and has its own time budget.
	it.each(examples.map((example) => [`${example.page}:${example.line}`, example] as const))(
		'%s shows what its command prints now',
		async (where, example) => {
			expectOnPage(where, example, await runScript(example.script));
		},
		SCRIPT_TIMEOUT_MS + 10_000,
	);
});
