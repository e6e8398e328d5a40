/** originView.ts: the note under a reply whose license names another workspace, inert, in all four languages. */
import type { ISnapshot } from '../../../lib/domain/snapshot';
import { renderOriginNote } from '../../../lib/render/originView';
import { viewFor } from '../../../lib/render/view';
import { NOW, clean, enterprise } from '../../support/kit';

const SITE = 'https://chat.example.com';
const naming = (value: string, type = 'url'): ISnapshot => {
	const snapshot = enterprise();
	return { ...snapshot, license: snapshot.license && { ...snapshot.license, licensedTo: { serverUrls: [{ value, type }] } } };
};

describe('the note that an answer came from another workspace', () => {
	it('names the other address and this Site URL, and says the token goes there', () => {
		const note = renderOriginNote(viewFor('en', NOW), naming('chat.other.example'), SITE);
		const text = clean(note ?? { text: '', blocks: [] });
		expect(text).toContain('This answer came from another workspace');
		expect(text).toContain('chat\\.other\\.example');
		expect(text).toContain('the access token goes there with every request');
	});

	it('is absent when the license names this workspace, names nothing, or Site_Url is unknown', () => {
		const en = viewFor('en', NOW);
		expect(renderOriginNote(en, naming('chat.example.com'), SITE)).toBeUndefined();
		expect(renderOriginNote(en, enterprise(), SITE)).toBeUndefined();
		expect(renderOriginNote(en, naming('chat.other.example'), undefined)).toBeUndefined();
		expect(renderOriginNote(en, undefined, SITE)).toBeUndefined();
	});

	it('keeps a hostile address inert: no mention, no link, no markup', () => {
		const note = renderOriginNote(viewFor('en', NOW), naming('@here *PWNED* <https://evil.example|click>'), SITE);
		const text = note?.text ?? '';
		expect(text).not.toMatch(/(^|\s)@here\b/);
		expect(text).not.toContain('*PWNED*');
		expect(text).not.toContain('<https://');
	});

	it.each([
		['en', 'another workspace'],
		['pt-BR', 'outro workspace'],
		['es', 'otro espacio de trabajo'],
		['de', 'anderen Arbeitsbereich'],
	] as const)('%s: named and unnamed (hash) variants', (language, phrase) => {
		const view = viewFor(language, NOW);
		const named = renderOriginNote(view, naming('chat.other.example'), SITE)?.text ?? '';
		const unnamed = renderOriginNote(view, naming('0'.repeat(64), 'hash'), SITE)?.text ?? '';
		expect(named).toContain(phrase);
		expect(named).toContain('chat\\.other\\.example');
		expect(unnamed).toContain(phrase);
		expect(unnamed).toContain('chat\\.example\\.com');
		expect(unnamed).not.toBe(named);
	});
});
