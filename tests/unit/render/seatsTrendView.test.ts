/** seatsTrendView.ts: the monthly active contacts line of /seats trend. */
import { contactsLine } from '../../../lib/render/seatsTrendView';
import { viewFor } from '../../../lib/render/view';
import { enView as en } from '../../support/kit';

const outlook = { used: 610, day: 6, daysInMonth: 31 };

describe('/seats trend: monthly active contacts', () => {
	it('the month’s end when the history tells it, marked when it passes the cap', () => {
		expect(contactsLine(en, { ...outlook, cap: 1000, projected: 732 })).toBe(
			'610 of 1,000 by day 6; about 732 expected by the month’s end',
		);
		expect(contactsLine(en, { ...outlook, cap: 1000, projected: 1040 })).toBe(
			'⚠️ 610 of 1,000 by day 6; about 1,040 expected by the month’s end, over the cap',
		);
		expect(contactsLine(en, { ...outlook, projected: 732 })).toBe('610 by day 6 (no cap); about 732 expected by the month’s end');
	});

	it('without enough history, only the month so far: nothing about its end, and no mark', () => {
		expect(contactsLine(en, { ...outlook, cap: 1000 })).toBe('610 of 1,000 by day 6');
		expect(contactsLine(en, outlook)).toBe('610 by day 6 (no cap)');
	});

	it('in the reader’s language', () => {
		const de = viewFor('de', new Date('2026-12-06T09:00:00Z'));
		expect(contactsLine(de, { ...outlook, cap: 1000, projected: 1040 })).toBe(
			'⚠️ 610 von 1.000 bis Tag 6; etwa 1.040 zum Monatsende erwartet, über der Obergrenze',
		);
		expect(contactsLine(viewFor('pt-BR', new Date('2026-12-06T09:00:00Z')), { ...outlook, cap: 1000 })).toBe('610 de 1.000 até o dia 6');
		expect(contactsLine(viewFor('es', new Date('2026-12-06T09:00:00Z')), { ...outlook, cap: 1000, projected: 732 })).toBe(
			'610 de 1000 hasta el día 6; se esperan unos 732 a fin de mes',
		);
	});
});
