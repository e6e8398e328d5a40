/**
 * The examples in README.md and docs/*.md: each is a marked shell block whose output block, right after it, is written
 * by `npm run docs` and checked by tests/e2e/docs.test.ts. On a page an example reads
 *
 *     <!-- example -->
 *
 *     ```sh
 *     npm start -- --now 2027-01-27T10:00:00Z --run /license
 *     ```
 *
 *     ```text
 *     (what that command prints)
 *     ```
 *
 * so the reader sees the command that was run, and the output under it. The block is a small shell script: every
 * `npm start` in it runs the playground (and must pin the clock with --now), in a fresh temporary folder, so a
 * `--state state.json` starts empty and no path of this machine reaches a page.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { root } from '../build/package';
import { ENGINE_VARIABLE } from '../engine/engines';

const MARKER = '<!-- example -->';

/** The marker, the script's block, then the output's block if there is one yet (its fence may be longer than three). */
const EXAMPLE = /<!-- example -->\n\n```sh\n([^]*?)\n```\n(?:\n(`{3,})text\n([^]*?)\n?\2\n)?/y;

/** Where each line that is only the marker starts, leaving out those inside a fenced block (a page may show the format). */
function markerOffsets(text: string): number[] {
	const offsets: number[] = [];
	let fence: string | undefined;
	let at = 0;
	for (const line of text.split('\n')) {
		const opening = /^(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence === undefined && opening) {
			fence = opening;
		} else if (fence !== undefined && /^(`{3,}|~{3,})\s*$/.test(line) && line[0] === fence[0] && line.trim().length >= fence.length) {
			fence = undefined;
		} else if (fence === undefined && line === MARKER) {
			offsets.push(at);
		}
		at += line.length + 1;
	}
	return offsets;
}

/** The simulated workspace listens on a free port, so its address changes from run to run; pages show this instead. */
const PORT_PLACEHOLDER = 'PORT';
const WORKSPACE_PORT = /\b127\.0\.0\.1:\d{4,5}\b/g;
/** npm has Deno's exact release for Linux x64 only, so the patch release depends on the machine; pages show 2.3.x. */
const DENO_RELEASE = /\bon Deno (\d+\.\d+)\.\d+\b/g;

export interface IExample {
	/** The page, relative to the repository: README.md or docs/NAME.md. */
	page: string;
	/** 1-based line of the marker. */
	line: number;
	script: string;
	/** The output the page shows now; undefined before the first `npm run docs`. */
	output: string | undefined;
	/** Where the example (marker to the end of its output block) stands in the page's text. */
	start: number;
	end: number;
}

/** The pages that may hold examples: README.md and every page under docs/. */
export function docPages(base = root): string[] {
	const docs = fs
		.readdirSync(path.join(base, 'docs'))
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => `docs/${name}`);
	return ['README.md', ...docs];
}

/** The page's examples; a marker not followed by a `sh` block is an error, so a typo cannot hide an example. */
export function findExamples(page: string, text: string): IExample[] {
	return markerOffsets(text).map((start) => {
		EXAMPLE.lastIndex = start;
		const match = EXAMPLE.exec(text);
		const line = text.slice(0, start).split('\n').length;
		if (!match) {
			throw new Error(`${page}:${line}: ${MARKER} must be followed by a blank line and a \`\`\`sh block.`);
		}
		return {
			page,
			line,
			script: match[1],
			output: match[2] === undefined ? undefined : match[3],
			start,
			end: start + match[0].length,
		};
	});
}

/** Every example of every page, in page order. */
export function allExamples(base = root): IExample[] {
	return docPages(base).flatMap((page) => findExamples(page, fs.readFileSync(path.join(base, page), 'utf8')));
}

/**
 * What a run printed, as a page shows it: the workspace's port and Deno's patch release replaced, no trailing spaces
 * (the playground indents empty lines), no blank lines at either end.
 */
export function normalize(stdout: string): string {
	return stdout
		.replace(WORKSPACE_PORT, `127.0.0.1:${PORT_PLACEHOLDER}`)
		.replace(DENO_RELEASE, 'on Deno $1.x')
		.replace(/[ \t]+$/gm, '')
		.replace(/^\n+|\n+$/g, '');
}

/** A fence longer than any run of backticks at the start of an output line, so the output cannot close it. */
function fenceFor(output: string): string {
	const longest = Math.max(2, ...[...output.matchAll(/^`+/gm)].map((run) => run[0].length));
	return '`'.repeat(longest + 1);
}

/** The example as the page should hold it with this output. */
export function renderExample(script: string, output: string): string {
	const fence = fenceFor(output);
	return `${MARKER}\n\n\`\`\`sh\n${script}\n\`\`\`\n\n${fence}text\n${output ? `${output}\n` : ''}${fence}\n`;
}

/** The page's text with each example's output replaced by the given one (same order as findExamples). */
export function withOutputs(text: string, examples: IExample[], outputs: string[]): string {
	let result = '';
	let at = 0;
	examples.forEach((example, index) => {
		result += text.slice(at, example.start) + renderExample(example.script, outputs[index]);
		at = example.end;
	});
	return result + text.slice(at);
}

/**
 * `npm start` inside an example: the playground's CLI, as package.json's start script runs it, but without npm's own
 * banner. It refuses a run whose clock is not pinned, since its output would change from day to day.
 */
const PRELUDE = `npm() {
	if [ "$1" != start ]; then echo "an example runs npm start only, not npm $1" >&2; return 127; fi
	shift
	if [ "$1" = --silent ]; then shift; fi
	if [ "$1" = -- ]; then shift; fi
	case " $* " in
	*" --now "* | *" --now="*) ;;
	*) echo "an example must pin the clock: npm start -- --now 2027-01-27T10:00:00Z ..." >&2; return 2 ;;
	esac
	"$LICENSEAPP_NODE" "$LICENSEAPP_TSX" "$LICENSEAPP_CLI" "$@"
}
`;

export interface IRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** How long one example may run before it is stopped: a test that runs one waits a little longer, to report its output. */
export const SCRIPT_TIMEOUT_MS = 90_000;

/** Runs one example's script in a fresh temporary folder, on the default engine, with a clean environment. */
export function runScript(script: string, base = root): Promise<IRun> {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-example-'));
	return new Promise<IRun>((resolve) => {
		const child = execFile(
			'sh',
			['-ec', `${PRELUDE}${script}`],
			{
				cwd: folder,
				env: {
					PATH: process.env.PATH ?? '',
					HOME: process.env.HOME ?? '',
					APPS_ENGINE_RUNTIME_TIMEOUT: '15000',
					// The pages show the default engine, whatever engine this shell or jest project picked.
					[ENGINE_VARIABLE]: '',
					LICENSEAPP_NODE: process.execPath,
					LICENSEAPP_TSX: path.join(base, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
					LICENSEAPP_CLI: path.join(base, 'playground', 'cli.ts'),
				},
				timeout: SCRIPT_TIMEOUT_MS,
				maxBuffer: 16 * 1024 * 1024,
			},
			(error, stdout, stderr) => {
				fs.rmSync(folder, { recursive: true, force: true });
				resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
			},
		);
		// Nothing is typed: a run that reads commands after its steps finds the end of its input at once.
		child.stdin?.end();
	});
}

/** How many examples run at once: each boots its own engine, so about one per core, and never fewer than two. */
export const PARALLEL = Math.max(2, Math.min(4, os.cpus().length));
