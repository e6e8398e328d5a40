/** csv.ts: the seat history as the CSV that /seats export uploads. */
import { CSV_HEADER, seriesCsv } from '../../../../lib/domain/trend/csv';

describe('seriesCsv', () => {
	it('writes the header and one row per day, empty cells for what was not recorded', () => {
		const csv = seriesCsv([
			{ day: '2026-11-23', seats: 5, guests: 1 },
			{ day: '2026-11-24', seats: 6, cap: 10, guests: 1, contacts: 40 },
		]);
		expect(csv).toBe(`${CSV_HEADER.join(',')}\r\n2026-11-23,5,,1,\r\n2026-11-24,6,10,1,40\r\n`);
	});
});
