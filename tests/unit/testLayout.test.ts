/**
 * The unit tests' layout: each module of lib/ has its test at the mirrored path (lib/a/b.ts → tests/unit/a/b.test.ts,
 * or a folder tests/unit/a/b/ of test files when one file would be too long), and no unit test leans on the simulator
 * (playground/), directly or through a shared test helper: unit tests run on the plain fixtures of tests/unit/fixtures/.
 * tests/unit/playground/ tests the playground itself and may import it.
 */
import * as fs from 'fs';
import * as path from 'path';

import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const UNIT = 'tests/unit';

/** Every .ts file under `folder` (repository-relative, POSIX separators). */
function tsFilesUnder(folder: string): string[] {
	return fs
		.readdirSync(path.join(ROOT, folder), { withFileTypes: true })
		.flatMap((entry) => {
			const file = `${folder}/${entry.name}`;
			if (entry.isDirectory()) {
				return tsFilesUnder(file);
			}
			return entry.name.endsWith('.ts') ? [file] : [];
		})
		.sort();
}

/**
 * Modules that need no test file of their own, each with where it is covered. Modules that declare types only are
 * found by the check itself (they compile to nothing), so they are not listed here.
 */
const COVERED_ELSEWHERE: Record<string, string> = {
	// The catalogues: tests/unit/i18n/texts.test.ts checks each against en.ts (keys, placeholders, plurals).
	'lib/i18n/de.ts': 'tests/unit/i18n/texts.test.ts',
	'lib/i18n/en.ts': 'tests/unit/i18n/texts.test.ts',
	'lib/i18n/es.ts': 'tests/unit/i18n/texts.test.ts',
	'lib/i18n/pt-BR.ts': 'tests/unit/i18n/texts.test.ts',
	// The types of findings, and LEVEL_RANK, which the saved-state reader checks levels against.
	'lib/domain/findings/types.ts': 'tests/unit/domain/findings/factsSchema.test.ts',
};

/** True when `source` compiles to no statement: a module of type declarations only. */
function declaresTypesOnly(source: string): boolean {
	const output = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
	}).outputText;
	return (
		output
			.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
			.replace(/export\s*\{\s*\};?/g, '')
			.trim() === ''
	);
}

/** The modules of `modules` with no mirrored test among `tests` (test file or folder), none covered elsewhere. */
function missingTests(modules: readonly string[], tests: ReadonlySet<string>, typesOnly: (file: string) => boolean): string[] {
	return modules.filter((module) => {
		const mirrored = `${UNIT}/${module.slice('lib/'.length, -'.ts'.length)}`;
		const covered = tests.has(`${mirrored}.test.ts`) || [...tests].some((test) => test.startsWith(`${mirrored}/`));
		return !covered && !(module in COVERED_ELSEWHERE) && !typesOnly(module);
	});
}

const LIB = tsFilesUnder('lib');
const TESTS = new Set(tsFilesUnder(UNIT).filter((file) => file.endsWith('.test.ts')));
const typesOnlyOnDisk = (file: string) => declaresTypesOnly(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const MISSING = missingTests(LIB, TESTS, typesOnlyOnDisk);

describe('mirrored unit tests', () => {
	it('every module of lib/ has its test at the mirrored path', () => {
		expect(MISSING).toEqual([]);
	});

	it('lists what is covered elsewhere only for modules that exist, with a covering test that exists', () => {
		for (const [module, test] of Object.entries(COVERED_ELSEWHERE)) {
			expect([module, fs.existsSync(path.join(ROOT, module))]).toEqual([module, true]);
			expect([test, TESTS.has(test)]).toEqual([test, true]);
		}
	});

	it('finds a missing test, accepts a test folder, and exempts modules of types only', () => {
		const modules = ['lib/a/b.ts', 'lib/a/c.ts', 'lib/a/d.ts', 'lib/a/types.ts'];
		const tests = new Set([`${UNIT}/a/b.test.ts`, `${UNIT}/a/c/one.test.ts`]);
		expect(missingTests(modules, tests, (file) => file.endsWith('types.ts'))).toEqual(['lib/a/d.ts']);
		expect(declaresTypesOnly('export interface IA { a: number }\nexport type B = IA[];')).toBe(true);
		expect(declaresTypesOnly('export const A = 1;')).toBe(false);
		expect(declaresTypesOnly("export function f(): string { return 'x'; }")).toBe(false);
	});
});

/** Relative imports of `file`, resolved to repository paths ending in .ts (an index.ts is not used in tests/). */
function relativeImports(file: string, source: string): string[] {
	return ts
		.preProcessFile(source, true, true)
		.importedFiles.flatMap(({ fileName }) =>
			fileName.startsWith('.')
				? [`${path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName))}.ts`.replace(/\.ts\.ts$/, '.ts')]
				: [],
		);
}

/**
 * For each unit test outside tests/unit/playground/, the first chain of imports through tests/ that reaches
 * playground/, as "test → helper → playground/…". Imports of lib/ are not followed: lib/ never imports the playground
 * (tests/unit/layers.test.ts holds lib/'s imports).
 */
function simulatorChains(tests: readonly string[], read: (file: string) => string): string[] {
	const chainFrom = (file: string, seen: Set<string>): string[] | undefined => {
		for (const target of relativeImports(file, read(file))) {
			if (target.startsWith('playground/')) {
				return [file, target];
			}
			if (target.startsWith('tests/') && !seen.has(target)) {
				seen.add(target);
				const rest = chainFrom(target, seen);
				if (rest) {
					return [file, ...rest];
				}
			}
		}
		return undefined;
	};
	return tests
		.filter((test) => !test.startsWith(`${UNIT}/playground/`))
		.flatMap((test) => {
			const chain = chainFrom(test, new Set([test]));
			return chain ? [chain.join(' → ')] : [];
		});
}

describe('unit tests without the simulator', () => {
	const readOnDisk = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

	it('no unit test outside tests/unit/playground/ imports playground/, directly or through a helper', () => {
		expect(simulatorChains([...TESTS], readOnDisk)).toEqual([]);
	});

	it('finds a direct import and one through a helper, and lets tests/unit/playground/ import it', () => {
		// Built from parts, so that this file names no path that does not exist (tests/unit/repoPaths.test.ts).
		const up = (levels: number) => Array.from({ length: levels }, () => ['..', '/'].join('')).join('');
		const files: Record<string, string> = {
			'tests/unit/a.test.ts': `import { x } from '${up(2)}playground/workspace/fixtures';`,
			'tests/unit/b/c.test.ts': `import { y } from '${up(2)}support/kit';\nimport { z } from '${up(3)}lib/domain/dates';`,
			'tests/support/kit.ts': "import { w } from './inner';",
			'tests/support/inner.ts': `import type { V } from '${up(2)}playground/workspace/scenarios';`,
			'tests/unit/playground/d.test.ts': `import { u } from '${up(3)}playground/clock';`,
			'tests/unit/e.test.ts': "import { t } from './fixtures/licenses';",
			'tests/unit/fixtures/licenses.ts': "import type { ILicenseV3 } from '@rocket.chat/core-typings';",
		};
		expect(
			simulatorChains(
				Object.keys(files).filter((file) => file.endsWith('.test.ts')),
				(file) => files[file],
			),
		).toEqual([
			'tests/unit/a.test.ts → playground/workspace/fixtures.ts',
			'tests/unit/b/c.test.ts → tests/support/kit.ts → tests/support/inner.ts → playground/workspace/scenarios.ts',
		]);
	});
});
