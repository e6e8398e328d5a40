/** seatsExportView.ts: what /seats export tells its caller: where the CSV went, or why there is none. */
import { LANGUAGES } from '../../../lib/i18n/texts';
import { renderExportEmpty, renderExportNoDirect, renderExportSent } from '../../../lib/render/seatsExportView';
import { viewFor } from '../../../lib/render/view';
import { NOW, clean, enView as en, renderProblems } from '../../support/kit';

describe('/seats export', () => {
	it('names the file, the days it holds (singular and plural) and the user who sent it', () => {
		expect(clean(renderExportSent(en, 'seats_20261119.csv', 1, 'licenseapp.bot'))).toContain(
			'Sent seats_20261119.csv (1 day) to you in a direct message from licenseapp.bot.',
		);
		expect(clean(renderExportSent(en, 'seats.csv', 365, 'licenseapp.bot'))).toContain('(365 days)');
	});

	it('says there is no history yet, or no direct message to send it in', () => {
		expect(clean(renderExportEmpty(en))).toContain('No seat history yet');
		expect(clean(renderExportNoDirect(en))).toContain('could not be sent');
	});

	it.each(LANGUAGES)('%s: every reply complete, with no placeholder left', (language) => {
		const view = viewFor(language, NOW);
		for (const rendered of [renderExportSent(view, 'seats.csv', 2, 'bot'), renderExportEmpty(view), renderExportNoDirect(view)]) {
			expect(renderProblems(rendered)).toEqual([]);
		}
	});
});
