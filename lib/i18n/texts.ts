/** Picks the language for a reader and looks texts up in the run-time catalogue. */
import { de } from './de';
import type { Catalogue, MessageKey } from './en';
import { en } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';

export type { MessageKey } from './en';

export const CATALOGUES = { en, 'pt-BR': ptBR, es, de } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

/** The first candidate this app speaks: "pt", "pt-br" and "pt_BR" read as pt-BR, "de-AT" as de, and so on. */
export function pickLanguage(...candidates: Array<string | undefined | null>): Language {
	for (const candidate of candidates) {
		const code = (candidate ?? '').trim().replace('_', '-').toLowerCase();
		if (!code) {
			continue;
		}
		const exact = LANGUAGES.find((language) => language.toLowerCase() === code);
		const base = LANGUAGES.find((language) => language.split('-')[0].toLowerCase() === code.split('-')[0]);
		if (exact ?? base) {
			return (exact ?? base) as Language;
		}
	}
	return 'en';
}

export type Params = Record<string, string | number>;

/** Keys that come in _one / _other pairs, named without the suffix: a misspelt one is a compile error. */
export type PluralKey = {
	[K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];
export type Translate = (key: MessageKey, params?: Params) => string;

export interface ITexts {
	language: Language;
	t: Translate;
	/** Chooses the _one or _other form of `key` for `count` (Intl.PluralRules), with {count} filled in. */
	plural: (key: PluralKey, count: number, params?: Params) => string;
	/** For keys built at run time (a module id, a limit behavior): tells whether the catalogue has one. */
	has: (key: string) => key is MessageKey;
}

/** `text` with each {name} replaced by params[name]; a placeholder without a value stays as written. */
export function fill(text: string, params: Params = {}): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function textsFor(language: Language): ITexts {
	const catalogue: Catalogue = CATALOGUES[language];
	const has = (key: string): key is MessageKey => key in catalogue;
	const t: Translate = (key, params) => fill(catalogue[key], params);
	const rules = new Intl.PluralRules(language);
	const plural = (key: PluralKey, count: number, params: Params = {}) => {
		const form: MessageKey = rules.select(count) === 'one' ? `${key}_one` : `${key}_other`;
		return fill(catalogue[form], { ...params, count: new Intl.NumberFormat(language).format(count) });
	};
	return { language, t, plural, has };
}
