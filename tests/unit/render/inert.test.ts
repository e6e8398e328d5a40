/**
 * License text someone else wrote, through the renderers: Rocket.Chat's own message-parser must read it as plain text
 * (no mention, link, emoji, timestamp or markup), the server's @all/@here detection must not see a mention, fields are
 * cut, lists are bounded, and no reply exceeds Message_MaxAllowedSize.
 */
import type { Notice } from '../../../lib/domain/findings/types';
import { renderNotices } from '../../../lib/render/checkView';
import { FIELD_MAX, inert, oneLine } from '../../../lib/render/inert';
import { MODULES_LISTED, renderModules, renderSummary } from '../../../lib/render/licenseView';
import { MESSAGE_TEXT_MAX, render, section } from '../../../lib/render/message';
import { viewFor } from '../../../lib/render/view';
import { NOW, blockTexts, enterprise } from '../../support/kit';
import { nodesOf, parseMessage, visibleText } from '../../support/messageParser';

const en = viewFor('en', NOW);

const HOSTILE = [
	'@all',
	'@here please',
	'<!channel>',
	'*PWNED*',
	'**bold** __u__ _it_ ~strike~ ~~s~~',
	'`code` ```block```',
	'[x](javascript:alert(1))',
	'<https://evil.example|click>',
	'https://evil.example/login',
	'www.evil.example',
	'evil.example',
	'mail me: boss@evil.example',
	'#general',
	':smile: :+1:',
	'<t:1700000000:f>',
	'||spoiler||',
	'> quoted',
	'# Heading',
	'1. listed',
	'a\\*b\\@all',
	'line one\nline two\r\n@all',
	'\u001B[31mred\u001B[0m \u001B]0;title\u0007',
	'nul\u0000byte del\u007F bell\u0007',
	'bidi \u202Eevil\u202C zero\u200Bwidth',
];

/** Node types the parser may produce for inert text: paragraphs of plain text (and emoji for real emoji characters). */
const ALLOWED = new Set(['PARAGRAPH', 'PLAIN_TEXT']);

const nodeTypes = (text: string): string[] => nodesOf(parseMessage(text)).map((node) => node.type);

/** What the reader sees: the visible text of every paragraph. */
const shown = (text: string): string => parseMessage(text).map(visibleText).join('');

/** Rocket.Chat's server-side mention detection is a regular expression over the raw text (MentionsParser). */
const SERVER_MENTION = /(^|\s|>?)@([0-9a-zA-Z-_.]+)/g;

describe('inert()', () => {
	it.each(HOSTILE)('%j parses to plain text only, on one line, without a mention', (value) => {
		const text = inert(value);
		expect([...new Set(nodeTypes(text))].filter((type) => !ALLOWED.has(type))).toEqual([]);
		// eslint-disable-next-line no-control-regex
		expect(text).not.toMatch(/[\n\r\u0000-\u0008\u001B\u007F\u202E]/);
		expect([...text.matchAll(SERVER_MENTION)].map((match) => match[2])).toEqual([]);
	});

	it('without escaping, the same values do make markup and mentions (the test can fail)', () => {
		const raw = HOSTILE.flatMap((value) => nodeTypes(value));
		expect(raw).toEqual(expect.arrayContaining(['MENTION_USER', 'BOLD', 'LINK', 'MENTION_CHANNEL', 'EMOJI', 'INLINE_CODE', 'TIMESTAMP']));
	});

	it('shows the characters as written, minus controls', () => {
		const invisible = /[\u200B]/g;
		expect(shown(inert('*PWNED* @all [x](y) #general evil.example')).replace(invisible, '')).toBe(
			'*PWNED* @all [x](y) #general evil.example',
		);
		expect(oneLine('\u001B[31mred\u001B[0m\nnext\u0000')).toBe('red next');
	});

	it(`cuts a field at ${FIELD_MAX} characters`, () => {
		const cut = oneLine('a'.repeat(100_000));
		expect(Array.from(cut)).toHaveLength(FIELD_MAX);
		expect(cut.endsWith('…')).toBe(true);
	});
});

describe('renderers over a hostile license', () => {
	const hostile = enterprise({
		plan: '@all *PWNED*',
		tags: Array.from({ length: 50 }, (_, i) => ({ name: `<!channel> tag ${i} [x](javascript:alert(1))` })),
		grantedTo: { name: `@here ${'N'.repeat(5000)}`, company: 'Evil\nCorp\u0000 `rm -rf`', email: 'x@evil.example' },
		modules: Array.from({ length: 5000 }, (_, i) => `mod-${i} @all *b*`),
	});

	it('/license: literal text, tags and fields bounded', () => {
		const reply = renderSummary(en, hostile);
		expect(reply.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_MAX);
		for (const text of blockTexts(reply)) {
			const types = nodeTypes(text);
			expect(types).not.toContain('MENTION_USER');
			expect(types).not.toContain('LINK');
			expect(types.filter((type) => type === 'BOLD').length).toBeLessThanOrEqual(text.split('\n').length);
		}
		expect(reply.text).toContain('and 45 more');
		expect(reply.text).not.toContain('N'.repeat(FIELD_MAX));
	});

	it(`/license modules with 5,000 modules: ${MODULES_LISTED} listed, "and 4,960 more", under the size limit`, () => {
		const reply = renderModules(en, hostile);
		expect(reply.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_MAX);
		expect(reply.text).toContain(`and ${(5000 - MODULES_LISTED).toLocaleString('en')} more`);
		expect(reply.text).toContain('5,000 modules are active');
		expect(reply.blocks.length).toBeLessThanOrEqual(5);
		expect(nodeTypes(reply.text)).not.toContain('MENTION_USER');
	});

	it('a lapse notice names the plan as literal text', () => {
		const notice: Notice = {
			kind: 'raised',
			finding: {
				id: 'lapsed',
				level: 'critical',
				severity: 1000,
				facts: { type: 'lapsed', plan: '*PWNED* @all', date: NOW.toISOString(), expired: false },
			},
		};
		const { text } = renderNotices(en, [notice], {}, false);
		expect(text).toContain('\\*PWNED\\*');
		expect([...text.matchAll(SERVER_MENTION)]).toEqual([]);
	});

	it('the German and Portuguese "and N more" are translated', () => {
		expect(renderModules(viewFor('de', NOW), hostile).text).toContain('und 4.960 weitere');
		expect(renderModules(viewFor('pt-BR', NOW), hostile).text).toContain('e mais 4.960');
	});
});

describe('render() keeps any reply under the size limit', () => {
	it('drops lines, ending with …, when the parts are too long', () => {
		const reply = render([section(...Array.from({ length: 1000 }, (_, i) => `line ${i} ${'x'.repeat(50)}`)), section('x'.repeat(9000))]);
		expect(reply.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_MAX);
		expect(blockTexts(reply).join('\n\n')).toBe(reply.text);
	});
});
