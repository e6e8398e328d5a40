/** seatsView.ts: /seats. */
import { renderSeats } from '../../../lib/render/seatsView';
import { clean, community, enView as en, enterprise, legacyV2, unlimited, withSeats } from '../../support/kit';

describe('/seats', () => {
	it('used, maximum, percentage, remaining, a bar, guests and whether new users are blocked', () => {
		const text = clean(renderSeats(en, withSeats(23, 25)));
		expect(text).toContain('Seats');
		expect(text).toContain('`█████████░` 92%');
		expect(text).toContain('*Used*: 23 · *Maximum*: 25');
		expect(text).toContain('*Remaining*: 2');
		expect(text).toContain('*Guests*: 3 of 20');
		expect(text).toContain('*New users*: can be added');
	});

	it('0 of N: an empty bar, 0 %, everything remaining', () => {
		const text = clean(renderSeats(en, withSeats(0, 25)));
		expect(text).toContain('`░░░░░░░░░░` 0%');
		expect(text).toContain('*Used*: 0 · *Maximum*: 25');
		expect(text).toContain('*Remaining*: 25');
		expect(text).toContain('can be added');
	});

	it('over the cap with the action blocked: how far over, and that new users are blocked', () => {
		const text = clean(renderSeats(en, withSeats(27, 25, true)));
		expect(text).toContain('`██████████` 108%');
		expect(text).toContain('*Over the cap by*: 2');
		expect(text).not.toContain('Remaining');
		expect(text).toContain('*New users*: ⛔ blocked');
		expect(text).toContain('new users cannot be created or activated');
	});

	it('at the cap with prevent_action counts as blocked even before the server flag', () => {
		expect(clean(renderSeats(en, withSeats(25, 25, false)))).toContain('⛔ blocked');
	});

	it('at the cap with a fair-use policy: not blocked, and says what happens instead', () => {
		const snapshot = enterprise({ limits: { activeUsers: { used: 25, max: 25, behaviors: ['start_fair_policy'] } } });
		const text = clean(renderSeats(en, snapshot));
		expect(text).toContain('*New users*: can be added');
		expect(text).toContain('When reached: a fair-use policy starts');
	});

	it('an unlimited license says "unlimited" plainly', () => {
		const text = clean(renderSeats(en, unlimited()));
		expect(text).toContain('This license has no seat cap.');
		expect(text).toContain('*Used*: 1,234 · *Maximum*: unlimited');
		expect(text).not.toContain('█');
		expect(text).not.toContain('%');
	});

	it('Community gives the active-user count', () => {
		const text = clean(renderSeats(en, community()));
		expect(text).toContain('Active users: 42');
		expect(text).toContain('*Maximum*: unlimited');
	});

	it('an old server: seats from licenses.maxActiveUsers, guest usage not reported, source note', () => {
		const text = clean(renderSeats(en, legacyV2()));
		expect(text).toContain('`█████████░` 90%');
		expect(text).toContain('*Remaining*: 20');
		expect(text).toContain('*Guests*: usage not reported, cap 50');
		expect(text).toContain('licenses.get');
	});

	it('seat usage the server did not report is said so, with no bar', () => {
		const snapshot = legacyV2({ limits: { activeUsers: { used: 'unknown', max: 200 } } });
		const text = clean(renderSeats(en, snapshot));
		expect(text).toContain('*Used*: not reported · *Maximum*: 200');
		expect(text).not.toContain('█');
		expect(text).not.toContain('Remaining');
	});

	it('the bar grows with usage', () => {
		const cells = (used: number) => (/`([█░]+)`/.exec(renderSeats(en, withSeats(used, 100)).text)?.[1] ?? '').split('█').length - 1;
		expect([0, 14, 50, 86, 100].map(cells)).toEqual([0, 1, 5, 9, 10]);
	});
});
