/** `/seats breakdown`: which accounts hold the seats the license counts, and which do not (docs/rocketchat-api.md §5). */
import type { IRendered } from './message';
import { context, render, section } from './message';
import type { IView } from './view';
import { usage } from './view';
import type { IBreakdown, ISnapshot } from '../domain/snapshot';
import { limitOf } from '../domain/snapshot';

export function renderBreakdown(view: IView, snapshot: ISnapshot, breakdown: IBreakdown): IRendered {
	const { t } = view.texts;
	const n = view.format.number;
	return render([
		section(`*${t('breakdown_title')}*`, `*${t('breakdown_now')}*: ${usage(view, limitOf(snapshot, 'activeUsers'))}`),
		section(
			t('breakdown_snapshot', { date: view.format.date(breakdown.at) }),
			`• ${t('breakdown_seat_holders', { count: n(breakdown.seats) })}`,
			breakdown.neverLoggedIn !== undefined && `• ${t('breakdown_never_logged_in', { count: n(breakdown.neverLoggedIn) })}`,
			`• ${t('breakdown_guests', { count: n(breakdown.guests) })}`,
			`• ${t('breakdown_apps', { count: n(breakdown.apps) })}`,
			`• ${t('breakdown_bots', { count: n(breakdown.otherActive) })}`,
			`• ${t('breakdown_deactivated', { count: n(breakdown.deactivated) })}`,
			`• ${t('breakdown_total', { count: n(breakdown.total) })}`,
		),
		context(t('breakdown_rule')),
	]);
}

/** Statistics refused: the token's user lacks view-statistics. */
export function renderStatisticsRefused(view: IView): IRendered {
	return render([section(`*${view.texts.t('breakdown_title')}*`, view.texts.t('statistics_forbidden'))]);
}
