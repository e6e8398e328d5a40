/** links.ts: the Subscription button, and the seat request button only for a seat cap that presses. */
import type { ILimit } from '../../../lib/domain/snapshot';
import { requestSeatsLink, subscriptionLink } from '../../../lib/render/links';
import { viewFor } from '../../../lib/render/view';
import { NOW } from '../../support/kit';

const SITE = 'https://chat.example.com';
const withSite = viewFor('en', NOW, 80, { siteUrl: SITE });
const withoutSite = viewFor('en', NOW);
const seats = (max: ILimit['max']): ILimit => ({ kind: 'activeUsers', used: 190, max, behaviors: [], prevented: false });

describe('subscriptionLink', () => {
	it('opens the workspace Subscription page, labelled in the reader language', () => {
		expect(subscriptionLink(withSite)).toEqual({ id: 'open-subscription', text: 'Open Subscription', url: `${SITE}/admin/subscription` });
		expect(subscriptionLink(viewFor('de', NOW, 80, { siteUrl: SITE }))?.text).not.toBe('Open Subscription');
	});

	it('is left out when the workspace address is unknown', () => {
		expect(subscriptionLink(withoutSite)).toBeUndefined();
	});
});

describe('requestSeatsLink', () => {
	it('asks for seats when a seat cap is pressing', () => {
		expect(requestSeatsLink(withSite, seats(200), true)).toEqual({
			id: 'request-seats',
			text: 'Request more seats',
			url: `${SITE}/requestSeats`,
		});
	});

	it('is left out when nothing presses, the cap is unlimited, the limit is not seats, no limit is known, or the address is unknown', () => {
		expect(requestSeatsLink(withSite, seats(200), false)).toBeUndefined();
		expect(requestSeatsLink(withSite, seats('unlimited'), true)).toBeUndefined();
		expect(requestSeatsLink(withSite, { ...seats(20), kind: 'guestUsers' }, true)).toBeUndefined();
		expect(requestSeatsLink(withSite, undefined, true)).toBeUndefined();
		expect(requestSeatsLink(withoutSite, seats(200), true)).toBeUndefined();
	});
});
