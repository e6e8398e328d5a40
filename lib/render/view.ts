/** What every renderer needs to know about its reader: language, formats, the time, and where "near the cap" starts. */
import { firstOf, inert } from './inert';
import type { IFormatter } from './intl';
import { formatterFor } from './intl';
import { calendarDaysUntil, isPast } from '../domain/dates';
import type { ILimit, ISnapshot } from '../domain/snapshot';
import { isReached, ratio } from '../domain/snapshot';
import type { Language, ITexts } from '../i18n/texts';
import { textsFor } from '../i18n/texts';

export interface IView {
	texts: ITexts;
	format: IFormatter;
	now: Date;
	/** Share of a cap from which a limit counts as near it (the lowest seat warning threshold). */
	nearCap: number;
	/** The expiry thresholds in days (the setting): marks an imminent end in replies. */
	expiryDays: number[];
	/** The workspace the data comes from, for links to its pages (Subscription, request seats); none when unknown. */
	siteUrl?: string;
}

export function viewFor(language: Language, now: Date, nearCapPercent = 80, more: { expiryDays?: number[]; siteUrl?: string } = {}): IView {
	const { expiryDays = [30, 14, 7, 3, 1], siteUrl } = more;
	return { texts: textsFor(language), format: formatterFor(language), now, nearCap: nearCapPercent / 100, expiryDays, siteUrl };
}

/** A usage or a cap as readers see it: "1,234", "not reported" or "unlimited". */
export function amount(view: IView, value: ILimit['used'] | ILimit['max']): string {
	if (value === 'unknown') {
		return view.texts.t('unknown');
	}
	return value === 'unlimited' ? view.texts.t('unlimited') : view.format.number(value);
}

/** The note under replies built from licenses.get, which reports no usage but seats. */
export function legacyNote(view: IView, snapshot: ISnapshot): string | undefined {
	return snapshot.source === 'licenses.get' ? view.texts.t('legacy_source') : undefined;
}

export function limitName(view: IView, kind: ILimit['kind']): string {
	return view.texts.t(`limit_${kind}`);
}

/** "185 of 200", "640, no cap", "usage not reported, cap 50" or "no cap". */
export function usage(view: IView, limit: ILimit): string {
	const { t } = view.texts;
	const n = view.format.number;
	if (limit.max === 0) {
		return limit.used === 'unknown' ? t('usage_none_allowed_unknown') : t('usage_none_allowed', { used: n(limit.used), max: n(0) });
	}
	if (limit.used === 'unknown') {
		return limit.max === 'unlimited' ? t('usage_unknown_unlimited') : t('usage_unknown_of', { max: n(limit.max) });
	}
	return limit.max === 'unlimited'
		? t('usage_unlimited', { used: n(limit.used) })
		: t('usage_of', { used: n(limit.used), max: n(limit.max) });
}

/** Usage with its share of the cap when both are known: "185 of 200 · 92.5 %". */
export function usageWithShare(view: IView, limit: ILimit): string {
	const share = ratio(limit);
	return share === undefined ? usage(view, limit) : `${usage(view, limit)} · ${view.format.percent(share)}`;
}

export function isNear(view: IView, limit: ILimit): boolean {
	const share = ratio(limit);
	return share !== undefined && share >= view.nearCap;
}

/** ⛔ reached, ⚠️ near the cap, nothing otherwise. */
export function mark(view: IView, limit: ILimit): string {
	if (isReached(limit)) {
		return '⛔ ';
	}
	return isNear(view, limit) ? '⚠️ ' : '';
}

/** What the server does at this cap, from the license's behaviors: "new users cannot be created or activated". */
export function consequence(view: IView, limit: ILimit): string | undefined {
	const { t, has } = view.texts;
	const texts = limit.behaviors.map((behavior) => {
		const key = [`consequence_${behavior}_${limit.kind}`, `consequence_${behavior}`].find(has);
		return key && has(key) ? t(key) : undefined;
	});
	const known = [...new Set(texts.filter((text): text is string => !!text))];
	return known.length ? known.join('; ') : undefined;
}

/** "December 1, 2026, 12 days left", "today, …", "expired on …, 3 days ago". */
export function expiry(view: IView, iso: string): string {
	const { t, plural } = view.texts;
	const date = view.format.date(iso);
	const days = calendarDaysUntil(iso, view.now);
	const past = isPast(iso, view.now);
	if (days === 0) {
		return past ? t('expired_today', { date }) : t('expires_today', { date });
	}
	return days > 0 ? plural('expires_in', days, { date }) : plural('expired_on', -days, { date });
}

/** "livechat-enterprise" → "Omnichannel Enterprise"; an id the catalogue does not know is shown as sent. */
export function moduleName(view: IView, id: string): string {
	const key = `module_${id}`;
	// An id the catalogue does not know is shown as sent, inert (lib/render/inert.ts).
	return view.texts.has(key) ? view.texts.t(key) : inert(id);
}

/** "and 4,960 more", after a list cut short. */
export function listMore(view: IView, count: number): string {
	return view.texts.plural('list_more', count, { count: view.format.number(count) });
}

/** Modules named on one line: at most MODULES_IN_A_LINE, then "and N more", so a license of 5,000 modules stays short. */
export const MODULES_IN_A_LINE = 10;
export function moduleList(view: IView, ids: readonly string[]): string {
	const { shown, more } = firstOf(ids, MODULES_IN_A_LINE);
	const names = shown.map((id) => moduleName(view, id)).join(', ');
	return more > 0 ? `${names} ${listMore(view, more)}` : names;
}

/**
 * ⚠️ once the end is within the first (largest) expiry threshold, 🚨 within the last (smallest) or past: an imminent
 * expiry is marked as a limit near its cap is.
 */
export function expiryMark(view: IView, iso: string): string {
	const days = calendarDaysUntil(iso, view.now);
	const [first, last] = [Math.max(...view.expiryDays), Math.min(...view.expiryDays)];
	if (isPast(iso, view.now) || days <= last) {
		return '🚨 ';
	}
	return days <= first ? '⚠️ ' : '';
}
