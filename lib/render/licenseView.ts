/** /license and its sub-commands: summary, limits and modules. */
import { firstOf, inert } from './inert';
import { requestSeatsLink, subscriptionLink } from './links';
import type { IRendered } from './message';
import { context, divider, links, render, section } from './message';
import type { IView } from './view';
import {
	consequence,
	expiry,
	expiryMark,
	isNear,
	legacyNote,
	limitName,
	listMore,
	mark,
	moduleList,
	moduleName,
	usage,
	usageWithShare,
} from './view';
import { isPast } from '../domain/dates';
import type { IRememberedLicense } from '../domain/findings/types';
import { isReached, licenseEnd, limitOf } from '../domain/snapshot';
import type { ILicenseDetails, ILimit, ISnapshot } from '../domain/snapshot';

/** How many modules `/license modules` lists, and how many tags the summary shows, before "and N more". */
export const MODULES_LISTED = 40;
export const TAGS_LISTED = 5;

const DETAIL_COMMANDS = '`/license limits` · `/license modules` · `/seats` · `/license help`';

function limitLine(view: IView, limit: ILimit, withConsequence: boolean): string {
	const then = withConsequence ? consequence(view, limit) : undefined;
	const state = isReached(limit) ? ` · *${view.texts.t('reached_mark')}*` : '';
	// Rocket.Chat counts enabled private apps, and LicenseApp is one of them.
	const self = limit.kind === 'privateApps' ? ` · ${view.texts.t('private_apps_self')}` : '';
	return `${mark(view, limit)}*${limitName(view, limit.kind)}*: ${usageWithShare(view, limit)}${state}${self}${then ? ` · ${view.texts.t('at_cap_prefix')} ${then}` : ''}`;
}

/** "Add-ons: Outbound messages, … (they end with the license)", when the license grants any. */
function addOnsLine(view: IView, snapshot: ISnapshot): string | undefined {
	return snapshot.addOns?.length ? view.texts.t('addons_line', { addons: moduleList(view, snapshot.addOns) }) : undefined;
}

/** The expiry line: the date Rocket.Chat's own page shows, and the enforced end too when it falls on another day. */
function expiryLine(view: IView, license: ILicenseDetails): string {
	const { t } = view.texts;
	const shown = license.visualExpiry ?? license.enforcedExpiry;
	const enforced = license.enforcedExpiry;
	const renew = license.autoRenew === undefined ? '' : ` · ${t(license.autoRenew ? 'auto_renews' : 'no_auto_renew')}`;
	const differs = shown && enforced && view.format.date(shown) !== view.format.date(enforced);
	const end = differs ? ` · ${t('enforced_end', { date: view.format.date(enforced) })}` : '';
	// Marked by the real end, as findings count it: ⚠️ from the first expiry threshold, 🚨 at the last.
	const real = licenseEnd(license);
	return `${real ? expiryMark(view, real) : ''}*${t('expires')}*: ${shown ? expiry(view, shown) : t('no_end_date')}${end}${renew}`;
}

/**
 * `/license`. `remembered` is the last license the daily check saw: when today's answer looks like Community, the
 * summary says that license is no longer active instead of only "Community".
 */
export function renderSummary(view: IView, snapshot: ISnapshot, remembered?: IRememberedLicense): IRendered {
	const { t, plural } = view.texts;
	const { license } = snapshot;
	const attention = snapshot.limits.filter((limit) => isReached(limit) || isNear(view, limit));
	const attentionLines = attention.length
		? attention.map((limit) => limitLine(view, limit, isReached(limit)))
		: [t('limits_none_near', { percent: view.format.percent(view.nearCap) })];
	const seats = limitOf(snapshot, 'activeUsers');
	const buttons = links(subscriptionLink(view), requestSeatsLink(view, seats, isReached(seats) || isNear(view, seats)));
	if (!license) {
		const lapsed =
			remembered && t('license_lapsed_summary', { plan: planName(view, remembered.plan), date: view.format.date(remembered.seenAt) });
		return render([
			section(`*${t('license_title')}*`, lapsed, t('community_title')),
			section(t('community_limits'), ...snapshot.limits.map((limit) => `• ${limitLine(view, limit, isReached(limit))}`)),
			context(t('summary_details_hint', { commands: DETAIL_COMMANDS }), legacyNote(view, snapshot)),
			buttons,
		]);
	}
	const grantee =
		license.grantedTo &&
		[license.grantedTo.name, license.grantedTo.company]
			.filter((part): part is string => !!part)
			.map((part) => inert(part))
			.join(', ');
	const tags = firstOf(license.tags, TAGS_LISTED);
	const tagList = [...tags.shown.map((tag) => inert(tag.name)), ...(tags.more ? [listMore(view, tags.more)] : [])].join(', ');
	return render([
		section(
			`*${t('license_title')}*`,
			`*${t('plan')}*: ${planName(view, license.plan)}`,
			license.tags.length > 0 && `*${t('tags')}*: ${tagList}`,
			`*${t('trial')}*: ${t(license.trial ? 'yes' : 'no')}`,
			expiryLine(view, license),
			grantee && `*${t('granted_to')}*: ${grantee}`,
			`*${t('modules_title')}*: ${plural('modules_count', snapshot.modules.length)}`,
			addOnsLine(view, snapshot),
		),
		section(...attentionLines, !attention.some((limit) => limit.kind === 'privateApps') && privateAppsLine(view, snapshot)),
		context(t('summary_details_hint', { commands: DETAIL_COMMANDS }), legacyNote(view, snapshot)),
		buttons,
	]);
}

/** Private apps in use against their cap, always shown: LicenseApp itself takes one of the slots. */
function privateAppsLine(view: IView, snapshot: ISnapshot): string {
	return view.texts.t('private_apps_line', { usage: usage(view, limitOf(snapshot, 'privateApps')) });
}

export function renderLimits(view: IView, snapshot: ISnapshot): IRendered {
	const { t } = view.texts;
	return render([
		section(`*${t('limits_title')}*`),
		section(...snapshot.limits.map((limit) => `• ${limitLine(view, limit, true)}`)),
		context(t('limits_reached_note', { percent: view.format.percent(view.nearCap) }), legacyNote(view, snapshot)),
	]);
}

/** A plan name from the license, inert, or "Enterprise (no plan name)". */
export function planName(view: IView, plan: string | undefined): string {
	return plan ? inert(plan) : view.texts.t('plan_unnamed');
}

/** "and 4,950 more". */
export function renderModules(view: IView, snapshot: ISnapshot): IRendered {
	const { t, plural } = view.texts;
	const addOns = snapshot.addOns?.length
		? section(`*${t('addons_title')}*`, t('addons_intro'), ...snapshot.addOns.map((id) => `• ${moduleName(view, id)}`))
		: undefined;
	if (snapshot.modules.length === 0) {
		return render([section(`*${t('modules_title')}*`, t('no_modules')), ...(addOns ? [addOns] : [])]);
	}
	const names = snapshot.modules.map((id) => moduleName(view, id)).sort((a, b) => a.localeCompare(b, view.texts.language));
	// disable_modules periods still ahead: "Outlook calendar is turned off on <date>."
	const cutoffs = (snapshot.license?.moduleCutoffs ?? [])
		.filter((cutoff) => !isPast(cutoff.date, view.now))
		.flatMap((cutoff) =>
			cutoff.modules.map((id) => t('modules_turn_off', { module: moduleName(view, id), date: view.format.date(cutoff.date) })),
		);
	const { shown, more: left } = firstOf(names, MODULES_LISTED);
	const turningOff = firstOf(cutoffs, MODULES_LISTED);
	return render([
		section(`*${t('modules_title')}*`, plural('modules_intro', names.length)),
		divider,
		section(...shown.map((name) => `• ${name}`), left > 0 && listMore(view, left)),
		section(...turningOff.shown.map((line) => `⚠️ ${line}`), turningOff.more > 0 && listMore(view, turningOff.more)),
		...(addOns ? [addOns] : []),
		links(cutoffs.length > 0 && subscriptionLink(view)),
	]);
}
