/** /license and its sub-commands: summary, limits and modules. */
import type { IRendered } from './message';
import { context, divider, render, section } from './message';
import type { IView } from './view';
import { consequence, expiry, isNear, limitName, mark, usage, usageWithShare } from './view';
import { isReached } from '../snapshot/types';
import type { ILimit, ISnapshot } from '../snapshot/types';

const DETAIL_COMMANDS = '`/license limits` · `/license modules` · `/seats` · `/license help`';

function limitLine(view: IView, limit: ILimit, withConsequence: boolean): string {
	const then = withConsequence ? consequence(view, limit) : undefined;
	const state = isReached(limit) ? ` · *${view.texts.t('reached_mark')}*` : '';
	return `${mark(view, limit)}*${limitName(view, limit.kind)}*: ${usageWithShare(view, limit)}${state}${then ? ` · ${view.texts.t('at_cap_prefix')} ${then}` : ''}`;
}

function legacyNote(view: IView, snapshot: ISnapshot): string | undefined {
	return snapshot.source === 'licenses.get' ? view.texts.t('legacy_source') : undefined;
}

export function renderSummary(view: IView, snapshot: ISnapshot): IRendered {
	const { t, plural } = view.texts;
	const { license } = snapshot;
	const attention = snapshot.limits.filter((limit) => isReached(limit) || isNear(view, limit));
	const attentionLines = attention.length
		? attention.map((limit) => limitLine(view, limit, isReached(limit)))
		: [t('limits_none_near', { percent: view.format.percent(view.nearCap) })];
	if (!license) {
		return render([
			section(`*${t('license_title')}*`, t('community_title')),
			section(t('community_limits'), ...snapshot.limits.map((limit) => `• *${limitName(view, limit.kind)}*: ${usage(view, limit)}`)),
			context(t('summary_details_hint', { commands: DETAIL_COMMANDS }), legacyNote(view, snapshot)),
		]);
	}
	const end = license.visualExpiry ?? license.enforcedExpiry;
	const renew = license.autoRenew === undefined ? '' : ` · ${t(license.autoRenew ? 'auto_renews' : 'no_auto_renew')}`;
	const grantee = license.grantedTo && [license.grantedTo.name, license.grantedTo.company].filter(Boolean).join(', ');
	return render([
		section(
			`*${t('license_title')}*`,
			`*${t('plan')}*: ${license.plan ?? t('plan_unnamed')}`,
			license.tags.length > 0 && `*${t('tags')}*: ${license.tags.map((tag) => tag.name).join(', ')}`,
			`*${t('trial')}*: ${t(license.trial ? 'yes' : 'no')}`,
			`*${t('expires')}*: ${end ? expiry(view, end) : t('no_end_date')}${renew}`,
			grantee && `*${t('granted_to')}*: ${grantee}`,
			`*${t('modules_title')}*: ${plural('modules_count', snapshot.modules.length)}`,
		),
		section(...attentionLines),
		context(t('summary_details_hint', { commands: DETAIL_COMMANDS }), legacyNote(view, snapshot)),
	]);
}

export function renderLimits(view: IView, snapshot: ISnapshot): IRendered {
	const { t } = view.texts;
	return render([
		section(`*${t('limits_title')}*`),
		section(...snapshot.limits.map((limit) => `• ${limitLine(view, limit, true)}`)),
		context(t('limits_reached_note', { percent: view.format.percent(view.nearCap) }), legacyNote(view, snapshot)),
	]);
}

/** "livechat-enterprise" → "Omnichannel Enterprise"; an id the catalogue does not know is shown as sent. */
export function moduleName(view: IView, id: string): string {
	const key = `module_${id}`;
	return view.texts.has(key) ? view.texts.t(key) : id;
}

export function renderModules(view: IView, snapshot: ISnapshot): IRendered {
	const { t, plural } = view.texts;
	if (snapshot.modules.length === 0) {
		return render([section(`*${t('modules_title')}*`, t('no_modules'))]);
	}
	const names = snapshot.modules.map((id) => moduleName(view, id)).sort((a, b) => a.localeCompare(b, view.texts.language));
	return render([
		section(`*${t('modules_title')}*`, plural('modules_intro', names.length)),
		divider,
		section(...names.map((name) => `• ${name}`)),
	]);
}
