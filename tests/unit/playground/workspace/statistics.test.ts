import { buildStatsDocument } from '../../../../playground/workspace/statistics';

const usage = { activeUsers: 185, guestUsers: 20, privateApps: 1, marketplaceApps: 3, monthlyActiveContacts: 610 };
const contactsOn = (iso: string) => {
	const doc = buildStatsDocument(new Date(iso), '7.10.2', usage, 185, 0.65);
	return {
		month: doc.omnichannelContactsBySource?.contactsCount,
		last30: doc.uniqueContactsOfLastMonth?.contactsCount,
		last7: doc.uniqueContactsOfLastWeek?.contactsCount,
		last1: doc.uniqueContactsOfYesterday?.contactsCount,
	};
};

describe('the simulated snapshots’ monthly active contacts', () => {
	it('rise fast early in the month and slowly later, and start again on the 1st', () => {
		const second = contactsOn('2026-12-02T03:12:00Z');
		const sixth = contactsOn('2026-12-06T03:12:00Z');
		const last = contactsOn('2026-12-31T03:12:00Z');
		const first = contactsOn('2027-01-01T03:12:00Z');
		expect((sixth.month as number) / 6).toBeGreaterThan((3 * (last.month as number)) / 31);
		expect(last.month).toBeGreaterThan(sixth.month as number);
		expect(first.month).toBeLessThan(second.month as number);
	});

	it('carry trailing windows that do not move with the calendar: a day within a week within a month', () => {
		const sixth = contactsOn('2026-12-06T03:12:00Z');
		expect(contactsOn('2027-01-20T03:12:00Z')).toMatchObject({ last30: sixth.last30, last7: sixth.last7, last1: sixth.last1 });
		expect(sixth.last1).toBeLessThan(sixth.last7 as number);
		expect(sixth.last7).toBeLessThan(sixth.last30 as number);
		// A steady month ends at about its trailing 30 days.
		expect(Math.abs((contactsOn('2026-11-30T03:12:00Z').month as number) - (sixth.last30 as number))).toBeLessThanOrEqual(1);
	});
});
