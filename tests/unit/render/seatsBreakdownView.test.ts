/** seatsBreakdownView.ts: /seats breakdown, which accounts hold the seats the license counts and which do not. */
import type { IBreakdown } from '../../../lib/domain/snapshot';
import { LANGUAGES } from '../../../lib/i18n/texts';
import { renderBreakdown, renderStatisticsRefused } from '../../../lib/render/seatsBreakdownView';
import { viewFor } from '../../../lib/render/view';
import { NOW, clean, enView as en, renderProblems, withSeats } from '../../support/kit';

const BREAKDOWN: IBreakdown = {
	at: '2026-11-18T23:00:00.000Z',
	seats: 1234,
	guests: 12,
	apps: 3,
	otherActive: 2,
	deactivated: 40,
	total: 1291,
};

describe('/seats breakdown', () => {
	it('counts each kind of account from the snapshot, dated, beside the seats in use now', () => {
		const text = clean(renderBreakdown(en, withSeats(1230, 1500), BREAKDOWN));
		expect(text).toContain('November 18, 2026');
		expect(text).toContain('*Active users*: 1,234');
		expect(text).toContain('*Guests* (guest role only): 12');
		expect(text).toContain('*App users*: 3');
		expect(text).toContain('*Deactivated users*: 40');
		expect(text).toContain('*All accounts*: 1,291');
		expect(text).toContain('1,230');
	});

	it('says how many never signed in only when the server could say', () => {
		expect(clean(renderBreakdown(en, withSeats(10, 20), BREAKDOWN))).not.toContain('Never signed in');
		expect(clean(renderBreakdown(en, withSeats(10, 20), { ...BREAKDOWN, neverLoggedIn: 7 }))).toContain('*Never signed in*: 7');
	});

	it.each(LANGUAGES)('%s: complete, with no placeholder or missing value', (language) => {
		expect(renderProblems(renderBreakdown(viewFor(language, NOW), withSeats(10, 20), { ...BREAKDOWN, neverLoggedIn: 7 }))).toEqual([]);
	});

	it('says the statistics were refused when the token lacks view-statistics', () => {
		expect(clean(renderStatisticsRefused(en))).toContain('Seat breakdown');
		expect(renderProblems(renderStatisticsRefused(en))).toEqual([]);
	});
});
