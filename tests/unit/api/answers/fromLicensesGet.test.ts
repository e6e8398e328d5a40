/** fromLicensesGet.ts: licenses.get answers (servers before 6.5) normalized into a Snapshot. Expected values follow docs/rocketchat-api.md. */
import type { ILicenseV2, ILicenseV3 } from '@rocket.chat/core-typings';

import { fromLicensesGet } from '../../../../lib/api/answers/fromLicensesGet';
import { LIMIT_KINDS, limitOf } from '../../../../lib/domain/snapshot';
import { badValues, usedMax } from '../../../support/kit';
import { ENTERPRISE_MODULES, inDays, licenseV2, licenseV3, licensesGet, maxActiveUsers, planOf } from '../../fixtures/licenses';

describe('licenses.get → Snapshot (servers before 7.0)', () => {
	it('reads a flat V2 array (≤ 6.4)', () => {
		const snapshot = fromLicensesGet(licensesGet(planOf('old-6.4'), 'flat'), maxActiveUsers(200, 150));
		expect(snapshot.source).toBe('licenses.get');
		expect(snapshot.license?.plan).toBe('Enterprise');
		expect(snapshot.license?.trial).toBe(false);
		expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
		expect(snapshot.license?.visualExpiry).toBe(inDays(200));
		expect(snapshot.modules).toEqual(ENTERPRISE_MODULES);
		expect(snapshot.limits.map((entry) => entry.kind)).toEqual([...LIMIT_KINDS]);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 150, max: 200 });
		expect(usedMax(snapshot, 'guestUsers')).toEqual({ used: 'unknown', max: 100 });
		expect(limitOf(snapshot, 'privateApps').max).toBe('unlimited');
		expect(badValues(snapshot)).toEqual([]);
	});

	it('reads a V2 trial: shown expiry = trialEnd, enforced = expiry', () => {
		const license: ILicenseV2 = {
			...licenseV2(planOf('old-6.4')),
			expiry: inDays(44),
			meta: { trial: true, trialEnd: inDays(30), workspaceId: 'w1' },
			tag: { name: 'Pro Trial', color: '#F38C39' },
			maxGuestUsers: -1,
		};
		const snapshot = fromLicensesGet({ licenses: [license], success: true });
		expect(snapshot.license).toMatchObject({ plan: 'Pro Trial', trial: true, visualExpiry: inDays(30), enforcedExpiry: inDays(44) });
		expect(limitOf(snapshot, 'activeUsers')).toMatchObject({ used: 'unknown', max: 200, prevented: false });
		expect(limitOf(snapshot, 'guestUsers').max).toBe('unlimited');
	});

	it('reads V2 app caps from apps.maxPrivateApps / maxMarketplaceApps', () => {
		const license: ILicenseV2 = { ...licenseV2(planOf('old-6.4')), apps: { maxPrivateApps: 10, maxMarketplaceApps: 0 } };
		const snapshot = fromLicensesGet({ licenses: [license], success: true });
		expect(limitOf(snapshot, 'privateApps').max).toBe(10);
		expect(limitOf(snapshot, 'marketplaceApps').max).toBe('unlimited');
	});

	it('reads V2 nested [{license, modules}] (6.5–6.x)', () => {
		const license = licenseV2(planOf('old-6.4'));
		const snapshot = fromLicensesGet({ licenses: [{ license, modules: ['auditing', 'engagement-dashboard'] }], success: true });
		expect(snapshot.license?.plan).toBe('Enterprise');
		expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
		expect(snapshot.modules).toEqual(['auditing', 'engagement-dashboard']);
		expect(limitOf(snapshot, 'activeUsers').max).toBe(200);
		expect(limitOf(snapshot, 'guestUsers').max).toBe(100);
	});

	it('reads V3 nested [{license, modules}] (old-6.x-nested)', () => {
		const plan = { ...planOf('old-6.x-nested'), visualExpiresInDays: 90, expiresInDays: 104 };
		const snapshot = fromLicensesGet(licensesGet(plan, 'nested'), maxActiveUsers(200, 150));
		expect(snapshot.source).toBe('licenses.get');
		expect(snapshot.license).toMatchObject({
			plan: 'Enterprise',
			trial: false,
			autoRenew: true,
			visualExpiry: inDays(90),
			enforcedExpiry: inDays(104),
			grantedTo: { name: 'Ada Admin', company: 'Example Corp', email: 'it@example.com' },
		});
		expect(snapshot.modules).toEqual(ENTERPRISE_MODULES);
		expect(limitOf(snapshot, 'activeUsers')).toEqual({
			kind: 'activeUsers',
			used: 150,
			max: 200,
			behaviors: ['prevent_action'],
			prevented: false,
		});
		expect(limitOf(snapshot, 'monthlyActiveContacts').max).toBe(1000);
		expect(limitOf(snapshot, 'privateApps').max).toBe('unlimited');
		expect(badValues(snapshot)).toEqual([]);
	});

	it('takes the smallest max of a V3 limit list, as the server does', () => {
		const license: ILicenseV3 = licenseV3(planOf('healthy'));
		license.limits.guestUsers = [
			{ max: 80, behavior: 'start_fair_policy' },
			{ max: 60, behavior: 'prevent_action' },
		];
		const snapshot = fromLicensesGet({ licenses: [{ license, modules: [] }], success: true });
		expect(limitOf(snapshot, 'guestUsers').max).toBe(60);
		expect([...limitOf(snapshot, 'guestUsers').behaviors].sort()).toEqual(['prevent_action', 'start_fair_policy']);
		// Empty nested modules fall back to the license's grantedModules.
		expect(snapshot.modules).toEqual(ENTERPRISE_MODULES);
	});

	it('reads an empty licenses array as no license', () => {
		const snapshot = fromLicensesGet(licensesGet(undefined, 'flat'), maxActiveUsers(-1, 42));
		expect(snapshot.license).toBeNull();
		expect(snapshot.modules).toEqual([]);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 42, max: 'unlimited' });
		expect(snapshot.limits.map((entry) => entry.kind)).toEqual([...LIMIT_KINDS]);
		expect(badValues(snapshot.limits)).toEqual([]);
	});

	it('with several licenses, describes the one that lasts longest and adds modules up', () => {
		const short: ILicenseV2 = {
			...licenseV2(planOf('old-6.4')),
			expiry: inDays(30),
			modules: ['auditing'],
			tag: { name: 'Starter', color: '#000' },
			meta: undefined,
			maxActiveUsers: 50,
		};
		const long: ILicenseV2 = {
			...licenseV2(planOf('old-6.4')),
			expiry: inDays(300),
			modules: ['auditing', 'livechat-enterprise'],
			tag: { name: 'Pro', color: '#111' },
			meta: undefined,
			maxActiveUsers: 250,
		};
		for (const licenses of [
			[short, long],
			[long, short],
		]) {
			const snapshot = fromLicensesGet({ licenses, success: true });
			expect(snapshot.license?.plan).toBe('Pro');
			expect(snapshot.license?.enforcedExpiry).toBe(inDays(300));
			expect(limitOf(snapshot, 'activeUsers').max).toBe(250);
			expect([...snapshot.modules].sort()).toEqual(['auditing', 'livechat-enterprise']);
		}
	});

	it('prefers the seat cap of licenses.maxActiveUsers over the license list', () => {
		const snapshot = fromLicensesGet(licensesGet(planOf('old-6.4'), 'flat'), maxActiveUsers(180, 150, true));
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 150, max: 180 });
	});
});
