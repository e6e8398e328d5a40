/** Buttons that take an admin where they can act: the Subscription page, and the seat request of Rocket.Chat Cloud. */
import type { ILink } from './message';
import type { IView } from './view';
import type { ILimit } from '../domain/snapshot';
import { WEB_PATHS } from '../kit/paths';

/** "Open Subscription": for anything about the plan or its end. None when the workspace address is unknown. */
export function subscriptionLink(view: IView): ILink | undefined {
	return view.siteUrl
		? { id: 'open-subscription', text: view.texts.t('button_subscription'), url: `${view.siteUrl}${WEB_PATHS.subscription}` }
		: undefined;
}

/** "Request more seats": only for a seat cap (not unlimited, not Community) that is near or reached. */
export function requestSeatsLink(view: IView, seats: ILimit | undefined, pressing: boolean): ILink | undefined {
	if (!view.siteUrl || seats?.kind !== 'activeUsers' || seats.max === 'unlimited' || !pressing) {
		return undefined;
	}
	return { id: 'request-seats', text: view.texts.t('button_request_seats'), url: `${view.siteUrl}${WEB_PATHS.requestSeats}` };
}
