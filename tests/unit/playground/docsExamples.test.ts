/** playground/docs/examples.ts: how examples are found on a page, how their output is written back, and normalized. */
import { findExamples, normalize, renderExample, withOutputs } from '../../../playground/docs/examples';

const COMMAND = 'npm start -- --now 2027-01-27T10:00:00Z --run /seats';
const page = (output?: string) =>
	`# Page\n\nText.\n\n<!-- example -->\n\n\`\`\`sh\n${COMMAND}\n\`\`\`\n${output === undefined ? '' : `\n\`\`\`text\n${output}\n\`\`\`\n`}\nMore text.\n`;

describe('findExamples', () => {
	it('finds the marker, the command under it and the output under that, with the line of the marker', () => {
		const [example, ...rest] = findExamples('docs/a.md', page('admin> /seats\n  *Seats*'));
		expect(rest).toEqual([]);
		expect(example).toMatchObject({ page: 'docs/a.md', line: 5, script: COMMAND, output: 'admin> /seats\n  *Seats*' });
	});

	it('finds an example whose output is not written yet', () => {
		expect(findExamples('README.md', page()).map((example) => example.output)).toEqual([undefined]);
	});

	it('leaves out a marker shown inside a fenced block, as a page that explains the format does', () => {
		const text = `\`\`\`\`md\n<!-- example -->\n\n\`\`\`sh\n${COMMAND}\n\`\`\`\n\`\`\`\`\n\n${page('x')}`;
		expect(findExamples('docs/b.md', text).map((example) => example.line)).toEqual([13]);
	});

	it('refuses a marker that is not followed by a sh block, so a typo cannot hide an example', () => {
		expect(() => findExamples('docs/c.md', '<!-- example -->\n\n```bash\nnpm start\n```\n')).toThrow('docs/c.md:1');
	});
});

describe('withOutputs', () => {
	it('writes each output under its command and leaves the rest of the page as it was', () => {
		const text = page('old output');
		const written = withOutputs(text, findExamples('p.md', text), ['new output']);
		expect(written).toBe(page('new output'));
		expect(withOutputs(page(), findExamples('p.md', page()), ['new output'])).toBe(page('new output'));
	});

	it('fences an output that holds a fence with more backticks, so the page still finds it', () => {
		const output = '```\ninside\n```';
		const [example] = findExamples('p.md', renderExample(COMMAND, output));
		expect(example.output).toBe(output);
	});
});

describe('normalize', () => {
	it("writes the workspace's port and Deno's patch release the same on every run, and trims what a page would not keep", () => {
		const printed = '\nLicenseApp in the real Apps-Engine 1.62.0 on Deno 2.3.1 · x\n  \n  Open: http://127.0.0.1:39199/admin  \n\n';
		expect(normalize(printed)).toBe('LicenseApp in the real Apps-Engine 1.62.0 on Deno 2.3.x · x\n\n  Open: http://127.0.0.1:PORT/admin');
	});

	it('keeps a fixed port, such as the closed one the unreachable scenario names', () => {
		expect(normalize('http://127.0.0.1:9/api')).toBe('http://127.0.0.1:9/api');
	});
});
