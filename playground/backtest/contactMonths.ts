/**
 * Simulated omnichannel months for the contacts back-test, shaped like real ones: regulars who come back every few days,
 * occasional contacts about once a month or two, one-off newcomers, and a population that grows or shrinks. Visits are
 * drawn day by day from a seeded generator, so the same shape gives the same months on every run and machine. Each day
 * gives one reading as the app stores it: the calendar month's count and the trailing 30-day, 7-day and 24-hour counts.
 */
import type { ISeriesPoint } from '../../lib/domain/trend/series';
import { dayNumber, dayOf } from '../../lib/domain/trend/series';

export interface IContactsShape {
	name: string;
	/** What the shape stands for, printed by the bench. */
	about: string;
	seed: number;
	/** Regulars at the start and the chance each comes on a given day. */
	regulars: number;
	regularDaily: number;
	/** Occasional contacts at the start and their daily chance. */
	occasionals: number;
	occasionalDaily: number;
	/** One-off newcomers a day at the start (they never come back). */
	newPerDay: number;
	/** The size of the population on day `day` (0 = first simulated day) relative to the start. */
	level: (day: number) => number;
}

/** First simulated day; the first two months only warm the history up (last month's end, four weeks of growth). */
export const SIM_START = '2026-08-01';
export const SIM_DAYS = dayNumber('2027-03-31') - dayNumber(SIM_START) + 1;
/** The months the rule is judged on: 30 and 31 days, December into January, and February. */
export const TESTED_MONTHS = ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03'];
export const CONTACTS_CAP = 1000;

/** mulberry32: a small seeded generator, so the months are plain data. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Growth of `perMonth` (0.05 = 5 % a month) between two simulated days, flat before and after. */
export const growthBetween =
	(from: number, to: number, perMonth: number) =>
	(day: number): number =>
		(1 + perMonth) ** ((Math.min(Math.max(day, from), to) - from) / 30);

const at = (day: string): number => dayNumber(day) - dayNumber(SIM_START);

export const CONTACT_SHAPES: IContactsShape[] = [
	{
		name: 'returning',
		about: 'most contacts come back every few days: about 600 by day 6, about 760 at the end',
		seed: 1,
		regulars: 560,
		regularDaily: 0.45,
		occasionals: 250,
		occasionalDaily: 0.025,
		newPerDay: 2,
		level: () => 1,
	},
	{
		name: 'near-cap',
		about: 'steady, ends near 930 of 1,000 every month',
		seed: 2,
		regulars: 560,
		regularDaily: 0.25,
		occasionals: 520,
		occasionalDaily: 0.025,
		newPerDay: 3.5,
		level: () => 1,
	},
	{
		name: 'growing',
		about: '+3 % a month, stays under the cap',
		seed: 3,
		regulars: 420,
		regularDaily: 0.25,
		occasionals: 400,
		occasionalDaily: 0.025,
		newPerDay: 3,
		level: growthBetween(0, SIM_DAYS, 0.03),
	},
	{
		name: 'passes',
		about: 'steady near 850, then +12 % a month from mid-November to mid-January: January passes the cap',
		seed: 4,
		regulars: 500,
		regularDaily: 0.25,
		occasionals: 460,
		occasionalDaily: 0.025,
		newPerDay: 3.5,
		level: (day) =>
			day < at('2027-01-15')
				? growthBetween(at('2026-11-15'), at('2027-01-15'), 0.12)(day)
				: growthBetween(at('2027-01-15'), at('2027-03-01'), -0.12)(day) * growthBetween(at('2026-11-15'), at('2027-01-15'), 0.12)(day),
	},
];

interface IContact {
	daily: number;
	lastSeen: number;
	gone: boolean;
}

/** Every day's reading of a shape, oldest first (seats are not simulated: 0). */
export function simulateContacts(shape: IContactsShape): ISeriesPoint[] {
	const next = random(shape.seed);
	const contacts: IContact[] = [];
	const join = (daily: number) => contacts.push({ daily, lastSeen: -Infinity, gone: false });
	const kinds = [
		{ daily: shape.regularDaily, start: shape.regulars },
		{ daily: shape.occasionalDaily, start: shape.occasionals },
	];
	const points: ISeriesPoint[] = [];
	const first = dayNumber(SIM_START);
	for (let day = 0; day < SIM_DAYS; day++) {
		const level = shape.level(day);
		for (const kind of kinds) {
			const members = contacts.filter((contact) => !contact.gone && contact.daily === kind.daily);
			const target = Math.round(kind.start * level);
			for (let n = members.length; n < target; n++) {
				join(kind.daily);
			}
			// A shrinking population loses its longest-standing members first.
			for (const contact of members.slice(0, Math.max(0, members.length - target))) {
				contact.gone = true;
			}
		}
		for (const contact of contacts) {
			if (!contact.gone && next() < contact.daily) {
				contact.lastSeen = day;
			}
		}
		const newcomers = Math.floor(shape.newPerDay * level + next());
		for (let n = 0; n < newcomers; n++) {
			contacts.push({ daily: 0, lastSeen: day, gone: false });
		}
		const date = dayOf(first + day);
		const dayOfMonth = Number(date.slice(8));
		const monthStart = day - dayOfMonth + 1;
		const since = (from: number) => contacts.filter((contact) => contact.lastSeen >= from).length;
		points.push({
			day: date,
			seats: 0,
			contacts: since(monthStart),
			contacts30d: since(day - 29),
			contacts7d: since(day - 6),
			contacts1d: since(day),
		});
	}
	return points;
}
