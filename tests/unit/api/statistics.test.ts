import { pointOfStats } from '../../../lib/api/statistics';

const mac = (contactsCount: unknown) => ({ contactsCount, conversationsCount: 0, sources: [] });
const snapshot = {
	createdAt: '2026-11-24T03:12:00.000Z',
	activeUsers: 185,
	activeGuests: 20,
	omnichannelContactsBySource: mac(610),
	uniqueContactsOfLastMonth: mac(732),
	uniqueContactsOfLastWeek: mac(546),
	uniqueContactsOfYesterday: mac(171),
};

describe('a statistics snapshot as a series point', () => {
	it('keeps the calendar month’s contacts and the trailing 30-day, 7-day and 24-hour figures', () => {
		expect(pointOfStats(snapshot)).toEqual({
			at: '2026-11-24T03:12:00.000Z',
			point: { day: '2026-11-24', seats: 185, guests: 20, contacts: 610, contacts30d: 732, contacts7d: 546, contacts1d: 171 },
		});
	});

	it('leaves out contact figures a server does not send (before 6.5) and those that are not counts, keeping the seats', () => {
		const { uniqueContactsOfLastWeek: _week, uniqueContactsOfYesterday: _day, ...older } = snapshot;
		expect(pointOfStats(older)?.point).toEqual({ day: '2026-11-24', seats: 185, guests: 20, contacts: 610, contacts30d: 732 });
		expect(pointOfStats({ ...snapshot, uniqueContactsOfLastMonth: mac('many'), omnichannelContactsBySource: mac(-3) })?.point).toEqual({
			day: '2026-11-24',
			seats: 185,
			guests: 20,
			contacts7d: 546,
			contacts1d: 171,
		});
	});
});
