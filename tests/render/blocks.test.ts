/**
 * @jest-environment jsdom
 */
/**
 * Every block the app posts renders in Rocket.Chat's own message renderer: the blocks come from a tour of the
 * packaged app in the real engine (playground/preview/tour.ts: every command, language and kind of workspace, and the
 * daily check through its states), run in a child process because the engine needs Node's globals, not jsdom's.
 */

import { renderBlock } from './renderCheck';
import { runTsx } from '../support/runTsx';

interface IMessage {
	room: string;
	text: string;
	blocks: Array<Record<string, unknown>>;
}

async function tour(): Promise<IMessage[]> {
	const { code, stdout, stderr } = await runTsx('playground/preview/tour.ts', [], {
		env: { APPS_ENGINE_RUNTIME_TIMEOUT: '15000' },
		maxBuffer: 64 << 20,
	});
	if (code !== 0) {
		throw new Error(`the tour failed: ${stderr.slice(-2000)}`);
	}
	return stdout
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
}

/** The same block posted twice (ids aside) is drawn once. */
function distinctBlocks(messages: IMessage[]): Array<Record<string, unknown>> {
	const seen = new Map<string, Record<string, unknown>>();
	for (const { blocks } of messages) {
		for (const { appId, blockId, ...block } of blocks) {
			seen.set(JSON.stringify(block), block);
		}
	}
	return [...seen.values()];
}

describe('every block the app posts renders in Rocket.Chat', () => {
	let blocks: Array<Record<string, unknown>> = [];

	beforeAll(async () => {
		blocks = distinctBlocks(await tour());
		process.stdout.write(`render check: ${blocks.length} distinct blocks from the tour\n`);
	}, 180_000);

	it('covers a broad tour: every block type the app uses, in all four languages', () => {
		expect(blocks.length).toBeGreaterThan(50);
		expect(new Set(blocks.map((block) => block.type))).toEqual(new Set(['section', 'context', 'divider', 'actions']));
		const all = JSON.stringify(blocks);
		for (const word of ['*License*', '*Licença*', '*Lizenz*', '*Puestos*', 'HTTP 401', '@here']) {
			expect(all).toContain(word);
		}
	});

	it('draws each block without an error, with text, and with its mrkdwn parsed', () => {
		const failures = blocks
			.map((block) => ({ block, ...renderBlock(block) }))
			.filter(({ problems }) => problems.length > 0)
			.map(({ block, problems }) => `${JSON.stringify(block)}\n  ${problems.join('\n  ')}`);
		expect(failures).toEqual([]);
	});
});

describe('the render check', () => {
	it('draws mrkdwn as Rocket.Chat does: bold, code and emoji, no markup left', () => {
		const { text, problems } = renderBlock({ type: 'section', text: { type: 'mrkdwn', text: '⚠️ *Seats*: 185 · `/seats`' } });
		expect(problems).toEqual([]);
		expect(text).toBe('⚠️ Seats: 185 · /seats');
	});

	it('fails a button without text', () => {
		const { problems } = renderBlock({ type: 'actions', elements: [{ type: 'button', actionId: 'renew', value: 'x' }] });
		expect(problems.join('\n')).toMatch(/threw|console\.error/);
	});

	it('fails a section without text', () => {
		expect(renderBlock({ type: 'section' }).problems).toContain('renders no text');
	});

	it('fails a block type Rocket.Chat does not know, which renders nothing', () => {
		expect(renderBlock({ type: 'sparkline', elements: [] }).problems).toContain('renders no text');
	});

	it('fails markup left unparsed, as in plain_text', () => {
		expect(renderBlock({ type: 'section', text: { type: 'plain_text', text: '*License*' } }).problems).toEqual([
			'shows raw markup: *License*',
		]);
	});
});
