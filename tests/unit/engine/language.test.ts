/** language.ts: the reader's own language first, then the server's Language setting, then English. */
import { languageOf, serverLanguage } from '../../../lib/engine/language';
import { fakeAccessors, user } from '../fakes/accessors';

const withLanguage = (language?: string) => user('ada', ['admin'], { settings: { preferences: { language } } } as never);

describe('the reader’s language', () => {
	it('is the server’s Language setting for the room, English when unset or not a catalogue', async () => {
		const { accessors, world } = fakeAccessors({ serverSettings: { Language: 'pt-BR' } });
		expect(await serverLanguage(accessors.read)).toBe('pt-BR');
		world.serverSettings.Language = 'ja';
		expect(await serverLanguage(accessors.read)).toBe('en');
		delete world.serverSettings.Language;
		expect(await serverLanguage(accessors.read)).toBe('en');
	});

	it('prefers the user’s own preference, and falls back to the server’s when theirs has no catalogue', async () => {
		const { accessors } = fakeAccessors({ serverSettings: { Language: 'es' } });
		expect(await languageOf(accessors.read, withLanguage('de'))).toBe('de');
		expect(await languageOf(accessors.read, withLanguage('de_AT'))).toBe('de');
		expect(await languageOf(accessors.read, withLanguage('ja'))).toBe('es');
		expect(await languageOf(accessors.read, withLanguage(undefined))).toBe('es');
		expect(await languageOf(accessors.read, user('bob'))).toBe('es');
	});
});
