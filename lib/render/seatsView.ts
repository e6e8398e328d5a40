/** /seats: usage against the cap with a bar, what remains, guests, and whether new users are blocked. */
import { requestSeatsLink, subscriptionLink } from './links';
import type { IRendered } from './message';
import { bar, context, links, render, section } from './message';
import type { IView } from './view';
import { amount, consequence, isNear, legacyNote, usage } from './view';
import { isReached, limitOf, ratio } from '../domain/snapshot';
import type { ISnapshot } from '../domain/snapshot';

export function renderSeats(view: IView, snapshot: ISnapshot): IRendered {
	const { t } = view.texts;
	const n = view.format.number;
	const seats = limitOf(snapshot, 'activeUsers');
	const guests = limitOf(snapshot, 'guestUsers');
	const title = `*${t('seats_title')}*`;
	const guestLine = `*${t('seats_guests')}*: ${usage(view, guests)}`;
	const legacy = legacyNote(view, snapshot);
	if (seats.max === 'unlimited') {
		const used = amount(view, seats.used);
		return render([
			section(title, snapshot.license ? t('seats_unlimited') : t('seats_community', { used })),
			section(`*${t('seats_used')}*: ${used} · *${t('seats_max')}*: ${t('unlimited')}`, guestLine),
			context(legacy),
		]);
	}
	const share = ratio(seats);
	const used = seats.used === 'unknown' ? undefined : seats.used;
	const left = used === undefined ? undefined : seats.max - used;
	const blocked = seats.prevented || (isReached(seats) && seats.behaviors.includes('prevent_action'));
	return render([
		section(title, share === undefined ? undefined : `\`${bar(share)}\` ${view.format.percent(share)}`),
		section(
			`*${t('seats_used')}*: ${amount(view, seats.used)} · *${t('seats_max')}*: ${n(seats.max)}`,
			left !== undefined && (left >= 0 ? `*${t('seats_remaining')}*: ${n(left)}` : `*${t('seats_over')}*: ${n(-left)}`),
			guestLine,
			`*${t('seats_new_users')}*: ${blocked ? t('seats_blocked') : t('seats_allowed')}`,
			isReached(seats) && !blocked && consequence(view, seats) ? `${t('at_cap_prefix')} ${consequence(view, seats)}` : undefined,
		),
		context(legacy),
		// Near or at the cap: where to ask for more seats, and the plan itself.
		...(isReached(seats) || isNear(view, seats) ? [links(requestSeatsLink(view, seats, true), subscriptionLink(view))] : []),
	]);
}
