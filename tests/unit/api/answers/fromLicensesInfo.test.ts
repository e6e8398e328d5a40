/** fromLicensesInfo.ts: licenses.info answers (6.5+) normalized into a Snapshot. Expected values follow docs/rocketchat-api.md. */
import { fromLicensesInfo, readSeatCount } from '../../../../lib/api/answers/fromLicensesInfo';
import { LIMIT_KINDS, isReached, limitOf, ratio } from '../../../../lib/domain/snapshot';
import { API_PATHS } from '../../../../lib/kit/paths';
import { COMMUNITY_WIRE_LIMITS, badValues, infoOf, thrown, usedMax } from '../../../support/kit';
import type { IPlan } from '../../fixtures/licenses';
import { ENTERPRISE_MODULES, inDays, infoBody, licenseV3, maxActiveUsers, planOf } from '../../fixtures/licenses';

describe('licenses.info → Snapshot', () => {
	describe('Enterprise license (healthy: 8.2, disable_modules period in 45 days)', () => {
		const snapshot = fromLicensesInfo(infoBody('healthy'));

		it('comes from licenses.info and carries the license details', () => {
			expect(snapshot.source).toBe('licenses.info');
			expect(snapshot.license).not.toBeNull();
			expect(snapshot.license?.plan).toBe('Enterprise');
			expect(snapshot.license?.tags).toEqual([{ name: 'Enterprise', color: '#F3BE08' }]);
			expect(snapshot.license?.trial).toBe(false);
			expect(snapshot.license?.autoRenew).toBe(true);
			expect(snapshot.license?.grantedTo).toEqual({ name: 'Ada Admin', company: 'Example Corp', email: 'it@example.com' });
		});

		it('takes the enforced expiry from the invalidate_license period and ignores the earlier disable_modules period', () => {
			expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
			expect(snapshot.license?.enforcedExpiry).not.toBe(inDays(45));
			expect(snapshot.license?.visualExpiry).toBe(inDays(200));
		});

		it('lists the active modules', () => {
			expect(snapshot.modules).toEqual(ENTERPRISE_MODULES);
		});

		it('has one limit per kind in LIMIT_KINDS order', () => {
			expect(LIMIT_KINDS).toEqual(['activeUsers', 'guestUsers', 'monthlyActiveContacts', 'privateApps', 'marketplaceApps']);
			expect(snapshot.limits.map((entry) => entry.kind)).toEqual([...LIMIT_KINDS]);
		});

		it('reads every limit with its usage, cap, behaviors and prevented flag', () => {
			expect(snapshot.limits).toEqual([
				{ kind: 'activeUsers', used: 120, max: 200, behaviors: ['prevent_action'], prevented: false },
				{ kind: 'guestUsers', used: 12, max: 100, behaviors: ['prevent_action'], prevented: false },
				{ kind: 'monthlyActiveContacts', used: 340, max: 1000, behaviors: ['prevent_action'], prevented: false },
				{ kind: 'privateApps', used: 2, max: 'unlimited', behaviors: [], prevented: false },
				{ kind: 'marketplaceApps', used: 7, max: 'unlimited', behaviors: [], prevented: false },
			]);
		});
	});

	it('tells the shown expiry apart from the enforced one (near-cap: 90 vs 200 days)', () => {
		const snapshot = fromLicensesInfo(infoBody('near-cap'));
		expect(snapshot.license?.visualExpiry).toBe(inDays(90));
		expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 185, max: 200 });
		expect(usedMax(snapshot, 'guestUsers')).toEqual({ used: 46, max: 50 });
	});

	it('keeps the addresses the license names, skipping entries that are not string pairs or are overlong', () => {
		const license = licenseV3(planOf('healthy'), 'chat.example.com');
		expect(fromLicensesInfo(infoBody('healthy', { license })).license?.licensedTo).toEqual({
			serverUrls: [{ value: 'chat.example.com', type: 'url' }],
		});
		const odd = license as unknown as { validation: { serverUrls: unknown } };
		odd.validation.serverUrls = [
			null,
			'chat.example.com',
			{ value: 5, type: 'url' },
			{ value: 'x'.repeat(256), type: 'url' },
			{ value: '*.example.com', type: 'regex' },
		];
		expect(fromLicensesInfo(infoBody('healthy', { license })).license?.licensedTo).toEqual({
			serverUrls: [{ value: '*.example.com', type: 'regex' }],
		});
		odd.validation.serverUrls = 'chat.example.com';
		expect(fromLicensesInfo(infoBody('healthy', { license })).license?.licensedTo).toBeUndefined();
	});

	it('takes the earliest invalidate_license validUntil, comparing instants rather than strings', () => {
		const license = licenseV3(planOf('healthy'));
		license.validation.validPeriods = [
			{ validUntil: '2026-03-01T00:00:00.000Z', invalidBehavior: 'invalidate_license' },
			{ validUntil: '2025-07-01T00:00:00.000Z', invalidBehavior: 'disable_modules', modules: ['auditing'] },
			// 2026-01-01T04:00Z: sorts before the next one as a string, but is later in time.
			{ validUntil: '2025-12-31T23:00:00-05:00', invalidBehavior: 'invalidate_license' },
			{ validFrom: '2025-01-01T00:00:00.000Z', validUntil: '2026-01-01T00:00:00.000Z', invalidBehavior: 'invalidate_license' },
		];
		const snapshot = fromLicensesInfo(infoBody('healthy', { license }));
		expect(snapshot.license?.enforcedExpiry).toBe('2026-01-01T00:00:00.000Z');
	});

	it('has no enforced expiry when only disable_modules periods exist', () => {
		const license = licenseV3(planOf('healthy'));
		license.validation.validPeriods = [{ validUntil: inDays(10), invalidBehavior: 'disable_modules', modules: ['auditing'] }];
		const snapshot = fromLicensesInfo(infoBody('healthy', { license }));
		expect(snapshot.license?.enforcedExpiry).toBeUndefined();
	});

	it('leaves out a module whose disable_modules period has passed (activeModules says so)', () => {
		const plan: IPlan = { ...planOf('healthy'), disableModules: { inDays: -1, modules: ['outlook-calendar'] } };
		const snapshot = fromLicensesInfo(infoBody('healthy', { license: licenseV3(plan) }));
		expect(snapshot.modules).not.toContain('outlook-calendar');
		expect(snapshot.modules).toContain('auditing');
		expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
	});

	it('reads a trial (trial-ending)', () => {
		const snapshot = fromLicensesInfo(infoBody('trial-ending'));
		expect(snapshot.license?.trial).toBe(true);
		expect(snapshot.license?.plan).toBe('Enterprise Trial');
		expect(snapshot.license?.autoRenew).toBe(false);
		expect(snapshot.license?.enforcedExpiry).toBe(inDays(5));
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 38, max: 100 });
	});

	it('marks a trial from LicenseInfo.trial even when information.trial is false', () => {
		const body = infoBody('healthy');
		(body.license as Record<string, unknown>).trial = true;
		expect(fromLicensesInfo(body).license?.trial).toBe(true);
	});

	it('reads an over-cap workspace with preventedActions', () => {
		const snapshot = fromLicensesInfo(infoBody('over-cap'));
		const seats = limitOf(snapshot, 'activeUsers');
		expect(seats).toMatchObject({ used: 205, max: 200, prevented: true });
		expect(isReached(seats)).toBe(true);
		expect(ratio(seats)).toBeCloseTo(1.025);
		expect(limitOf(snapshot, 'guestUsers').prevented).toBe(false);
		expect(isReached(limitOf(snapshot, 'guestUsers'))).toBe(false);
	});

	it('takes prevented from preventedActions even below the cap (the flag is cached and can lag)', () => {
		const body = infoBody('healthy');
		(body.license as { preventedActions: Record<string, boolean> }).preventedActions.guestUsers = true;
		const snapshot = fromLicensesInfo(body);
		expect(limitOf(snapshot, 'guestUsers').prevented).toBe(true);
		expect(limitOf(snapshot, 'activeUsers').prevented).toBe(false);
	});

	describe('unlimited caps', () => {
		it('turns every -1 max and a null maxActiveUsers into "unlimited" (unlimited scenario)', () => {
			const snapshot = fromLicensesInfo(infoBody('unlimited'), maxActiveUsers(-1, 640));
			for (const entry of snapshot.limits) {
				expect(entry.max).toBe('unlimited');
				expect(ratio(entry)).toBeUndefined();
				expect(isReached(entry)).toBe(false);
			}
			expect(limitOf(snapshot, 'activeUsers').used).toBe(640);
			expect(badValues(snapshot)).toEqual([]);
		});

		it('treats -1, null and a missing max alike; 0 is a cap of zero', () => {
			const license = licenseV3(planOf('unlimited'));
			const body = infoOf({
				license,
				activeModules: ['auditing'],
				preventedActions: {
					activeUsers: false,
					guestUsers: false,
					privateApps: false,
					marketplaceApps: false,
					monthlyActiveContacts: false,
				},
				limits: {
					activeUsers: { max: -1, value: 640 },
					guestUsers: { max: 0, value: 85 },
					monthlyActiveContacts: { max: null, value: 2300 },
					privateApps: { value: 4 },
					marketplaceApps: { max: '-1', value: 12 },
				},
				tags: [{ name: 'Enterprise', color: '#F3BE08' }],
				trial: false,
			});
			const snapshot = fromLicensesInfo(body, { maxActiveUsers: null, activeUsers: 640, success: true });
			expect(snapshot.limits.map((entry) => entry.max)).toEqual(['unlimited', 0, 'unlimited', 'unlimited', 'unlimited']);
			expect(snapshot.limits.map((entry) => entry.used)).toEqual([640, 85, 2300, 4, 12]);
			expect(badValues(snapshot)).toEqual([]);
		});
	});

	describe('Community / no license', () => {
		it('has no license and the community default limits (no-license)', () => {
			const snapshot = fromLicensesInfo(infoBody('no-license'));
			expect(snapshot.license).toBeNull();
			expect(snapshot.modules).toEqual([]);
			expect(snapshot.limits).toEqual([
				{ kind: 'activeUsers', used: 42, max: 'unlimited', behaviors: [], prevented: false },
				{ kind: 'guestUsers', used: 3, max: 'unlimited', behaviors: [], prevented: false },
				{ kind: 'monthlyActiveContacts', used: 12, max: 'unlimited', behaviors: [], prevented: false },
				// From 7.0 Community may enable no private app (docs/rocketchat-api.md §14): the one in use was installed before 7.
				{ kind: 'privateApps', used: 1, max: 0, behaviors: [], prevented: true },
				{ kind: 'marketplaceApps', used: 4, max: 5, behaviors: [], prevented: false },
			]);
		});

		it('caps private apps at 3 before 7.0 and at 0 from 7.0', () => {
			expect(usedMax(fromLicensesInfo(infoBody('no-license', { major: 6 })), 'privateApps')).toEqual({ used: 1, max: 3 });
			expect(usedMax(fromLicensesInfo(infoBody('no-license', { major: 7 })), 'privateApps')).toEqual({ used: 1, max: 0 });
		});

		it('reads a lapsed license like Community, with the marketplace apps over the community cap', () => {
			const snapshot = fromLicensesInfo(infoBody('lapsed'));
			expect(snapshot.license).toBeNull();
			expect(limitOf(snapshot, 'marketplaceApps')).toMatchObject({ used: 7, max: 5, prevented: true });
		});

		it('reads the 8.x shape (externalModules, hasValidLicense) the same way', () => {
			const snapshot = fromLicensesInfo(infoBody('no-license', { major: 8 }));
			expect(snapshot.license).toBeNull();
			expect(usedMax(snapshot, 'privateApps')).toEqual({ used: 1, max: 0 });
		});
	});

	describe('add-ons and Cloud', () => {
		it('names add-ons (externalModules) apart from the modules (addons)', () => {
			const snapshot = fromLicensesInfo(infoBody('addons'));
			expect(snapshot.addOns).toEqual(['com.example.translation', 'com.example.recordings']);
			expect(snapshot.modules).toEqual(ENTERPRISE_MODULES);
		});

		it('has no add-ons where the license grants none, nor before 8.0 (no externalModules)', () => {
			expect(fromLicensesInfo(infoBody('healthy')).addOns).toBeUndefined();
			const before8 = fromLicensesInfo(infoBody('addons', { major: 7 }));
			expect(before8.addOns).toBeUndefined();
			expect(before8.modules).toContain('com.example.translation');
		});

		it("reads Cloud's announcement as text (sync-stale)", () => {
			expect(fromLicensesInfo(infoBody('sync-stale')).cloudAnnouncement).toBe(
				'Workspace not synced This workspace has not synced with Rocket.Chat Cloud for 9 days. Sync it from Administration → Subscription.',
			);
			expect(fromLicensesInfo(infoBody('healthy')).cloudAnnouncement).toBeUndefined();
		});
	});

	describe('caller without view-privileged-setting', () => {
		it.each(['forbidden', 'forbidden-8x'] as const)('%s: limits {} → ApiError forbidden', (name) => {
			const body = infoBody(name);
			expect((body.license as { limits: unknown }).limits).toEqual({});
			const error = thrown(() => fromLicensesInfo(body));
			expect(error.kind).toBe('forbidden');
			expect(error.detail.path).toBe(API_PATHS.licensesInfo);
		});

		it('a missing limits object is forbidden too', () => {
			const error = thrown(() => fromLicensesInfo(infoOf({ activeModules: [], preventedActions: {}, tags: [], trial: false })));
			expect(error.kind).toBe('forbidden');
		});
	});

	it('reads numbers sent as strings ("25")', () => {
		const body = infoOf({
			activeModules: [],
			preventedActions: {},
			limits: { ...COMMUNITY_WIRE_LIMITS, activeUsers: { max: '50', value: '25' }, privateApps: { max: ' 3 ', value: '2' } },
			tags: [],
			trial: false,
		});
		const snapshot = fromLicensesInfo(body);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 25, max: 50 });
		expect(usedMax(snapshot, 'privateApps')).toEqual({ used: 2, max: 3 });
		expect(readSeatCount(maxActiveUsers(50, 25, true))).toEqual({ max: 50, used: 25 });
		expect(readSeatCount(maxActiveUsers(-1, 25, true))).toEqual({ max: 'unlimited', used: 25 });
	});

	it('takes seat usage from licenses.maxActiveUsers when limits carry no value (loadValues missing)', () => {
		const body = infoBody('healthy', { loadValues: false });
		const snapshot = fromLicensesInfo(body, maxActiveUsers(200, 133, true));
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 133, max: 200 });
		// maxActiveUsers only knows seats: the other kinds stay unknown, not 0.
		expect(limitOf(snapshot, 'guestUsers').used).toBe('unknown');
		expect(limitOf(snapshot, 'monthlyActiveContacts').used).toBe('unknown');
		expect(ratio(limitOf(snapshot, 'guestUsers'))).toBeUndefined();
	});

	it('without values nor a seat answer, usage is unknown', () => {
		const snapshot = fromLicensesInfo(infoBody('healthy', { loadValues: false }));
		expect(snapshot.limits.every((entry) => entry.used === 'unknown')).toBe(true);
		expect(limitOf(snapshot, 'activeUsers').max).toBe(200);
	});
});
