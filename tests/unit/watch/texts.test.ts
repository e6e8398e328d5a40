/** The watcher's catalogue agrees with English placeholder for placeholder, and the app's zip no longer carries it. */
import { en as appEnglish } from '../../../lib/i18n/en';
import { WATCH_CATALOGUES, watchTexts } from '../../../watch/texts';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const others = Object.entries(WATCH_CATALOGUES).filter(([language]) => language !== 'en');

test.each(others)('%s uses the same {placeholders} as en, with every sentence translated', (_language, catalogue) => {
	const english = WATCH_CATALOGUES.en;
	const keys = Object.keys(english) as Array<keyof typeof english>;
	expect(keys.filter((key) => JSON.stringify(placeholders(catalogue[key])) !== JSON.stringify(placeholders(english[key])))).toEqual([]);
	expect(
		keys.filter((key) => catalogue[key].trim() === '' || (english[key].split(' ').length > 3 && catalogue[key] === english[key])),
	).toEqual([]);
});

test('texts are filled in the reader’s language', () => {
	expect(watchTexts('de')('room_refused_line', { reason: 'restricted-workspace' })).toBe(
		'Der Admin-Raum hat den Beitrag abgelehnt (restricted-workspace), daher kommt dies hierher; der Raum wird beim nächsten Lauf erneut versucht.',
	);
	expect(watchTexts('en')('locked', { name: 'acme' })).toBe('acme: another run is checking this workspace; skipped.');
});

test('the app’s run-time catalogue holds none of the watcher’s texts', () => {
	expect(Object.keys(appEnglish).filter((key) => key.startsWith('watch_'))).toEqual([]);
});
