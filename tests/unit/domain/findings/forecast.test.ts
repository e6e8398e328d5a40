import { dayKey } from '../../../../lib/domain/dates';
import { EMPTY_STATE, advance } from '../../../../lib/domain/findings/announce';
import type { ICheckState } from '../../../../lib/domain/findings/announce';
import { forecastFindings } from '../../../../lib/domain/findings/forecast';
import type { ISeriesPoint } from '../../../../lib/domain/trend/series';
import { dayNumber, dayOf } from '../../../../lib/domain/trend/series';
import { DEFAULT_THRESHOLDS, addDays, enterprise } from '../../../support/kit';

const NOW = new Date('2026-11-24T09:00:00');

/** 90 daily points ending the day of `now`, growing `perDay`, `today` seats on the last. */
function growth(now: Date, today: number, perDay: number): ISeriesPoint[] {
	const end = dayNumber(dayKey(now));
	return Array.from({ length: 90 }, (_, i) => ({ day: dayOf(end - 89 + i), seats: Math.round(today - perDay * (89 - i)) }));
}

describe('forecast findings', () => {
	it('a seat cap forecast within the thresholds, levelled like an expiry', () => {
		const snapshot = enterprise({ limits: { activeUsers: { used: 180, max: 200 } } });
		const [within25] = forecastFindings(snapshot, growth(NOW, 180, 0.8), DEFAULT_THRESHOLDS, NOW);
		expect(within25).toMatchObject({
			id: 'forecast:seats',
			level: 'info',
			facts: { type: 'seat-forecast', cap: 200, days: 25, perWeek: 5.6 },
		});
		const [within10] = forecastFindings(snapshot, growth(NOW, 180, 2), DEFAULT_THRESHOLDS, NOW);
		expect(within10).toMatchObject({ level: 'warning', facts: { days: 10 } });
		expect(within10.severity).toBeGreaterThan(within25.severity);
		// 50 days away: beyond the 30-day threshold.
		expect(forecastFindings(snapshot, growth(NOW, 180, 0.4), DEFAULT_THRESHOLDS, NOW)).toEqual([]);
	});

	it('monthly active contacts expected over the cap by last month’s curve; nothing without history or before day 3', () => {
		// October: 30 a day to 750 by the 25th, then 10 a day to 810 at its end.
		const october = Array.from({ length: 31 }, (_, i) => ({
			day: dayOf(dayNumber('2026-10-01') + i),
			seats: 100,
			contacts: i < 25 ? 30 * (i + 1) : 750 + 10 * (i - 24),
		}));
		expect([october[24].contacts, october[30].contacts]).toEqual([750, 810]);
		const contacts = (used: number) => enterprise({ limits: { monthlyActiveContacts: { used, max: 1000 } } });
		// November 24th is October 25th by share of the month (24.8 of 31): 900 × 810 / 750 = 972, under the cap.
		expect(forecastFindings(contacts(900), october, DEFAULT_THRESHOLDS, NOW)).toEqual([]);
		expect(forecastFindings(contacts(950), october, DEFAULT_THRESHOLDS, NOW)).toMatchObject([
			{ id: 'forecast:contacts:2026-11', level: 'warning', facts: { used: 950, cap: 1000, day: 24, projected: 1026 } },
		]);
		// The same count without last month's readings: nothing is said.
		expect(forecastFindings(contacts(950), [], DEFAULT_THRESHOLDS, NOW)).toEqual([]);
		// The 2nd of the month is too early, whatever the curve says.
		const second = new Date('2026-11-02T09:00:00');
		expect(forecastFindings(contacts(500), october, DEFAULT_THRESHOLDS, second)).toEqual([]);
		expect(forecastFindings(contacts(500), october, DEFAULT_THRESHOLDS, new Date('2026-11-03T09:00:00'))).toMatchObject([
			{ facts: { day: 3, projected: 4500 } },
		]);
	});

	it('is announced once, escalates at a stricter threshold, and recovers when the pace slows', () => {
		const snapshot = enterprise({ limits: { activeUsers: { used: 180, max: 200 } } });
		const step = (state: ICheckState, series: ISeriesPoint[], now: Date) => {
			const result = advance(state, { ok: true, snapshot, series }, DEFAULT_THRESHOLDS, false, now);
			// Only the forecast's notices: the expiry and the 90 % seat findings of the same snapshot are tested elsewhere.
			return { ...result, notices: result.notices.filter((notice) => 'finding' in notice && notice.finding.id.startsWith('forecast')) };
		};
		const first = step(EMPTY_STATE, growth(NOW, 180, 0.8), NOW);
		expect(first.notices).toMatchObject([{ kind: 'raised', finding: { id: 'forecast:seats' } }]);
		const same = step(first.state, growth(addDays(NOW, 1), 180, 0.8), addDays(NOW, 1));
		expect(same.notices).toEqual([]);
		const closer = step(same.state, growth(addDays(NOW, 2), 180, 2), addDays(NOW, 2));
		expect(closer.notices).toMatchObject([{ kind: 'raised', finding: { level: 'warning' } }]);
		const flat = step(closer.state, growth(addDays(NOW, 3), 180, 0), addDays(NOW, 3));
		expect(flat.notices).toMatchObject([{ kind: 'recovered', finding: { id: 'forecast:seats' } }]);
	});

	it('without a series no forecast is evaluated', () => {
		const snapshot = enterprise({ limits: { activeUsers: { used: 180, max: 200 } } });
		const { findings } = advance(EMPTY_STATE, { ok: true, snapshot }, DEFAULT_THRESHOLDS, false, NOW);
		expect(findings.map((finding) => finding.id)).not.toContain('forecast:seats');
		expect(findings.length).toBeGreaterThan(0);
	});
});
