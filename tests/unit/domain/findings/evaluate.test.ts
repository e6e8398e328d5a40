/** evaluate(): which findings a snapshot holds, and at which level. */
import { evaluate } from '../../../../lib/domain/findings/evaluate';
import { DEFAULT_THRESHOLDS as T, enterprise, legacyV2, line, ok, raised, replay } from '../../../support/kit';

describe('other limits near or at their cap', () => {
	const now = new Date('2026-03-02T09:00:00.000Z');
	const snapshot = enterprise({
		enforcedExpiry: '2027-06-01T00:00:00.000Z',
		limits: {
			monthlyActiveContacts: { used: 850, max: 1000, behaviors: ['start_fair_policy'] },
			privateApps: { used: 10, max: 10, prevented: true },
		},
	});

	it('finds the prevented action (critical, with its consequence) and the near-cap limit (warning)', () => {
		const findings = evaluate(snapshot, undefined, T, now);
		expect(findings.map((f) => [f.id, f.level])).toEqual([
			['limit:monthlyActiveContacts', 'warning'],
			['limit:privateApps', 'critical'],
		]);
		const { posted } = replay([{ now, outcome: ok(snapshot) }]);
		// Critical first.
		expect(raised(posted[0]).map((n) => n.finding.id)).toEqual(['limit:privateApps', 'limit:monthlyActiveContacts']);
		const [prevented, near] = posted[0].map((notice) => line(notice, now, snapshot));
		expect(prevented).toContain('Private apps');
		expect(prevented).toContain('10 of 10');
		expect(prevented).toContain('more private apps cannot be installed or enabled');
		expect(near).toContain('Monthly active contacts');
		expect(near).toContain('850 of 1,000');
		expect(near).toContain('85%');
	});

	it('ignores unlimited caps and unknown usage', () => {
		expect(evaluate(legacyV2({ enforcedExpiry: '2027-06-01T00:00:00.000Z', seatsUsed: 10 }), undefined, T, now)).toEqual([]);
		expect(
			evaluate(
				enterprise({ enforcedExpiry: '2027-06-01T00:00:00.000Z', limits: { activeUsers: { used: 5000, max: 'unlimited' } } }),
				undefined,
				T,
				now,
			),
		).toEqual([]);
	});
});
