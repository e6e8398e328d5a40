/** severity.ts: severities compare readings of one finding; a higher one is news. */
import { EXPIRY_CRITICAL_DAYS, EXPIRY_WARNING_DAYS, SEVERITY } from '../../../../lib/domain/findings/severity';

describe('SEVERITY', () => {
	it('a nearer expiry threshold is more severe: 30 days < 7 < the last day', () => {
		expect(SEVERITY.daysBeforeCrossed(30)).toBeLessThan(SEVERITY.daysBeforeCrossed(7));
		expect(SEVERITY.daysBeforeCrossed(7)).toBeLessThan(SEVERITY.daysBeforeCrossed(0));
		expect(SEVERITY.capForecastWithin(14)).toBeLessThan(SEVERITY.capForecastWithin(3));
	});

	it('a blocked limit is worse than any percentage reached', () => {
		for (const percent of [1, 80, 100]) {
			expect(SEVERITY.percentReached(percent)).toBeLessThan(SEVERITY.blocked);
		}
		expect(SEVERITY.percentReached(80)).toBeLessThan(SEVERITY.percentReached(90));
	});

	it('a reminder of unreadable data is news after the first notice; a recovery is below everything', () => {
		expect(SEVERITY.unreadableNoticed).toBeLessThan(SEVERITY.unreadableReminded);
		expect(SEVERITY.none).toBeLessThan(SEVERITY.single);
	});

	it('an expiry becomes critical after it becomes a warning', () => {
		expect(EXPIRY_CRITICAL_DAYS).toBeLessThan(EXPIRY_WARNING_DAYS);
	});
});
