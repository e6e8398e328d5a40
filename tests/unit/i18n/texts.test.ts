/** The catalogues agree with English key for key and placeholder for placeholder; languages are picked sensibly. */
import * as fs from 'fs';
import * as path from 'path';

import { de } from '../../../lib/i18n/de';
import { en } from '../../../lib/i18n/en';
import { es } from '../../../lib/i18n/es';
import { ptBR } from '../../../lib/i18n/pt-BR';
import type { Language } from '../../../lib/i18n/texts';
import { LANGUAGES, pickLanguage, textsFor } from '../../../lib/i18n/texts';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const runtime: Array<[string, Record<string, string>]> = [
	['de', de],
	['es', es],
	['pt-BR', ptBR],
];

describe('run-time catalogues (lib/i18n)', () => {
	it('are the four languages the app speaks, each answering from its own catalogue', () => {
		expect([...LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'pt-BR']);
		const own: Record<Language, Record<string, string>> = { en, de, es, 'pt-BR': ptBR };
		for (const language of LANGUAGES) {
			expect([language, textsFor(language).t('breakdown_rule')]).toEqual([language, own[language].breakdown_rule]);
		}
		expect(new Set(LANGUAGES.map((language) => textsFor(language).t('breakdown_rule'))).size).toBe(LANGUAGES.length);
	});

	it.each(runtime)('%s has exactly the keys of en', (_name, catalogue) => {
		expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
	});

	it.each(runtime)('%s uses the same {placeholders} as en in every text', (_name, catalogue) => {
		const differing = Object.keys(en)
			.filter(
				(key) =>
					JSON.stringify(placeholders((catalogue as Record<string, string>)[key] ?? '')) !==
					JSON.stringify(placeholders((en as Record<string, string>)[key])),
			)
			.map(
				(key) =>
					`${key}: ${placeholders((catalogue as Record<string, string>)[key] ?? '')} vs ${placeholders((en as Record<string, string>)[key])}`,
			);
		expect(differing).toEqual([]);
	});

	it.each([['en', en as Record<string, string>], ...runtime])(
		'%s has no empty text, and no text left in English by mistake where en has words',
		(name, catalogue) => {
			expect(Object.entries(catalogue).filter(([, text]) => text.trim() === '')).toEqual([]);
			// Sentences (more than three words) must be translated; names like "LDAP Enterprise" may stay.
			const english = en as Record<string, string>;
			const untranslated = Object.keys(en).filter(
				(key) => name !== 'en' && english[key].split(' ').length > 3 && catalogue[key] === english[key],
			);
			expect(untranslated).toEqual([]);
		},
	);

	it('every plural key has both its _one and _other form', () => {
		const keys = Object.keys(en);
		const bases = new Set(keys.filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
		expect(bases.size).toBeGreaterThan(0);
		for (const base of bases) {
			expect(keys).toContain(`${base}_one`);
			expect(keys).toContain(`${base}_other`);
			expect((en as Record<string, string>)[`${base}_other`]).toContain('{count}');
		}
	});
});

describe('manifest catalogues (i18n/*.json)', () => {
	const dir = path.join(__dirname, '..', '..', '..', 'i18n');
	const read = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	const english = read('en.json');
	const others = fs.readdirSync(dir).filter((file) => file.endsWith('.json') && file !== 'en.json');

	it('exist for each language the app speaks', () => {
		expect(others.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(['de', 'es', 'pt-BR']);
		expect(Object.keys(english).length).toBeGreaterThan(0);
	});

	it.each(others)('%s has exactly the keys of en.json', (file) => {
		expect(Object.keys(read(file)).sort()).toEqual(Object.keys(english).sort());
	});

	it.each(others)('%s has no empty value', (file) => {
		expect(Object.entries(read(file)).filter(([, value]) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
	});
});

describe('pickLanguage', () => {
	it.each([
		['pt', 'pt-BR'],
		['pt-BR', 'pt-BR'],
		['pt_BR', 'pt-BR'],
		['pt-br', 'pt-BR'],
		['PT_br', 'pt-BR'],
		['de', 'de'],
		['de-AT', 'de'],
		['de_CH', 'de'],
		['es', 'es'],
		['es-MX', 'es'],
		['en-GB', 'en'],
		['fr', 'en'],
		['', 'en'],
		['  ', 'en'],
	])('%j → %s', (candidate, expected) => {
		expect(pickLanguage(candidate)).toBe(expected);
	});

	it('undefined, null or nothing → en', () => {
		expect(pickLanguage(undefined)).toBe('en');
		expect(pickLanguage(null)).toBe('en');
		expect(pickLanguage()).toBe('en');
	});

	it("the user's language first, then the server's", () => {
		expect(pickLanguage('es', 'de')).toBe('es');
		expect(pickLanguage('pt_BR', 'de')).toBe('pt-BR');
		expect(pickLanguage(undefined, 'de')).toBe('de');
		expect(pickLanguage('', 'de')).toBe('de');
		// A user language the app does not speak falls through to the server's, not straight to English.
		expect(pickLanguage('fr', 'de')).toBe('de');
		expect(pickLanguage('fr', 'ja')).toBe('en');
	});
});

describe('texts: lookups and plural forms', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		const { t } = textsFor('en');
		expect(t('usage_of', { used: '3', max: '5' })).toBe('3 of 5');
		expect(t('usage_of', { used: '3' })).toBe('3 of {max}');
	});

	it('has() tells known keys from unknown ones', () => {
		const { has } = textsFor('de');
		expect(has('module_auditing')).toBe(true);
		expect(has('module_no-such-module')).toBe(false);
	});

	it.each([
		['en', 1, '1 active module'],
		['en', 2, '2 active modules'],
		['en', 0, '0 active modules'],
		['en', 1234, '1,234 active modules'],
		['de', 1, '1 aktives Modul'],
		['de', 3, '3 aktive Module'],
		['de', 1234, '1.234 aktive Module'],
		['es', 1, '1 módulo activo'],
		['es', 5, '5 módulos activos'],
		['pt-BR', 1, '1 módulo ativo'],
		['pt-BR', 7, '7 módulos ativos'],
	] as const)('%s: %d → %s', (language, count, expected) => {
		expect(textsFor(language).plural('modules_count', count)).toBe(expected);
	});

	it('plural forms carry the other parameters too', () => {
		expect(textsFor('en').plural('expires_in', 1, { date: 'May 1' })).toBe('May 1, 1 day left');
		expect(textsFor('en').plural('expires_in', 12, { date: 'May 1' })).toBe('May 1, 12 days left');
		expect(textsFor('de').plural('expired_on', 3, { date: '1. Mai' })).toBe('abgelaufen am 1. Mai, vor 3 Tagen');
		expect(textsFor('es').plural('expires_in', 1, { date: '1 de mayo' })).toBe('1 de mayo, queda 1 día');
		expect(textsFor('pt-BR').plural('expires_in', 2, { date: '1 de maio' })).toBe('1 de maio, faltam 2 dias');
	});
});
