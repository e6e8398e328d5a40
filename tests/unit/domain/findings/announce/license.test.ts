/** advance() when the license itself changes: a lapse, a license that returns, a new or replaced plan. */
import { END, at, community, enterprise, legacyV2, line, ok, raised, replay, trial } from '../../../../support/kit';

describe('(c) a license that lapses, then comes back', () => {
	const start = '2026-11-28'; // END is December 1, noon
	const renewed = enterprise({ enforcedExpiry: '2027-12-01T12:00:00.000Z' });
	const runs = [
		{ now: at(start, 0), outcome: ok(enterprise()) }, // 3 days left
		{ now: at(start, 3), outcome: ok(enterprise()) }, // the last day, before noon
		{ now: at(start, 4), outcome: ok(community({ privateApps: { used: 2, max: 3 } })) }, // December 2: looks like Community
		{ now: at(start, 5), outcome: ok(community({ privateApps: { used: 2, max: 3 } })) },
		{ now: at(start, 9), outcome: ok(renewed) },
		{ now: at(start, 10), outcome: ok(renewed) },
	];
	const { posted } = replay(runs);

	it('reports the lapse as critical, with the remembered end date, not as a plain Community workspace', () => {
		const lapsed = raised(posted[2]);
		expect(lapsed.map((n) => [n.finding.id, n.finding.level])).toEqual([['lapsed', 'critical']]);
		expect(lapsed[0].finding.facts).toMatchObject({ type: 'lapsed', expired: true, date: END, plan: 'Enterprise' });
		const text = line(lapsed[0], runs[2].now, community());
		expect(text).toContain('Your Enterprise license expired on December 1, 2026');
	});

	it('does not call the vanished expiry finding a recovery (no "renewed")', () => {
		expect(posted[2]).toHaveLength(1);
		expect(posted[2].some((n) => n.kind === 'recovered')).toBe(false);
		const texts = posted[2].map((n) => line(n, runs[2].now, community()));
		expect(texts.join('\n')).not.toMatch(/renewed/i);
	});

	it('does not repeat the lapse the next day', () => {
		expect(posted[3]).toEqual([]);
	});

	it('announces "active again" once when a license returns', () => {
		expect(posted[4]).toHaveLength(1);
		expect(posted[4][0]).toMatchObject({ kind: 'news', news: 'active-again', plan: 'Enterprise', date: '2027-12-01T12:00:00.000Z' });
		const text = line(posted[4][0], runs[4].now, renewed);
		expect(text).toContain('active again');
		expect(text).toContain('December 1, 2027');
		expect(posted[5]).toEqual([]);
	});

	describe('on an old server (licenses.get still lists the license after its end)', () => {
		const old = legacyV2({ seatsUsed: 10 });
		const legacyRuns = [
			{ now: at(start, 0), outcome: ok(old) }, // 3 days left: critical expiry announced
			{ now: at(start, 3), outcome: ok(old) }, // the last day
			{ now: at(start, 4), outcome: ok(old) }, // past the end, still listed
			{ now: at(start, 5), outcome: ok(old) },
		];
		const { posted: legacyPosted } = replay(legacyRuns);

		it('reports the lapse once, with the end date', () => {
			expect(raised(legacyPosted[0]).map((n) => n.finding.id)).toEqual([`expiry:${END}`]);
			expect(raised(legacyPosted[2]).map((n) => [n.finding.id, n.finding.level])).toEqual([['lapsed', 'critical']]);
			expect(line(raised(legacyPosted[2])[0], legacyRuns[2].now, old)).toContain('Your Enterprise license expired on December 1, 2026');
			expect(legacyPosted[3]).toEqual([]);
		});

		it('does not announce the vanished expiry finding as a recovery ("License renewed")', () => {
			const texts = legacyPosted[2].map((n) => line(n, legacyRuns[2].now, old));
			// The license did not renew: nothing may say so.
			expect(texts.join('\n')).not.toMatch(/renewed/i);
			expect(legacyPosted[2].filter((n) => n.kind === 'recovered')).toEqual([]);
		});

		it('a renewal afterwards is "active again" once', () => {
			const renewedOld = legacyV2({ seatsUsed: 10, enforcedExpiry: '2027-12-01T12:00:00.000Z' });
			const after = replay(
				[
					{ now: at(start, 8), outcome: ok(renewedOld) },
					{ now: at(start, 9), outcome: ok(renewedOld) },
				],
				replay(legacyRuns).state,
			);
			expect(after.posted[0]).toEqual([{ kind: 'news', news: 'active-again', plan: 'Enterprise', date: '2027-12-01T12:00:00.000Z' }]);
			expect(after.posted[1]).toEqual([]);
		});
	});

	it('a license that turns invalid before its end is reported as no longer valid since today, naming the plan', () => {
		const early = replay([
			{ now: at('2026-10-01', 0), outcome: ok(enterprise()) },
			{ now: at('2026-10-02', 0), outcome: ok(community()) },
		]);
		const [lapse] = raised(early.posted[1]);
		expect(lapse.finding.facts).toMatchObject({ type: 'lapsed', expired: false, plan: 'Enterprise' });
		const text = line(lapse, at('2026-10-02', 0), community());
		expect(text).toContain('The Enterprise license is no longer active (noticed on October 2, 2026)');
	});

	it('a workspace that was always Community has no lapse', () => {
		const always = replay([
			{ now: at(start, 0), outcome: ok(community()) },
			{ now: at(start, 1), outcome: ok(community()) },
		]);
		expect(always.posted).toEqual([[], []]);
	});
});

describe('license news', () => {
	const start = '2026-05-04';

	it('a license that appears on a Community workspace is reported once as new', () => {
		const license = enterprise({ enforcedExpiry: '2027-05-04T00:00:00.000Z' });
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(community()) },
			{ now: at(start, 1), outcome: ok(license) },
			{ now: at(start, 2), outcome: ok(license) },
		]);
		expect(posted[0]).toEqual([]);
		expect(posted[1]).toEqual([{ kind: 'news', news: 'new', plan: 'Enterprise', date: '2027-05-04T00:00:00.000Z' }]);
		expect(line(posted[1][0], at(start, 1), license)).toMatch(/^✅ .*Enterprise.*May 4, 2027/);
		expect(posted[2]).toEqual([]);
	});

	it('a license replaced by another plan is reported once', () => {
		const pro = enterprise({ plan: 'Pro', enforcedExpiry: '2027-05-04T00:00:00.000Z' });
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(enterprise({ enforcedExpiry: '2027-05-04T00:00:00.000Z' })) },
			{ now: at(start, 1), outcome: ok(pro) },
			{ now: at(start, 2), outcome: ok(pro) },
		]);
		expect(posted[1]).toEqual([{ kind: 'news', news: 'changed', plan: 'Pro', date: '2027-05-04T00:00:00.000Z' }]);
		expect(posted[2]).toEqual([]);
	});

	it('a trial converted to a paid license is news', () => {
		const { posted } = replay([
			{ now: at(start, 0), outcome: ok(trial({ plan: 'Enterprise', enforcedExpiry: '2026-06-01T00:00:00.000Z' })) },
			{ now: at(start, 1), outcome: ok(enterprise({ enforcedExpiry: '2026-06-01T00:00:00.000Z' })) },
		]);
		expect(posted[1].filter((n) => n.kind === 'news')).toHaveLength(1);
	});
});
