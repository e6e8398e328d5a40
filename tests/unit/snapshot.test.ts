/**
 * Normalization of licenses.info / licenses.get / licenses.maxActiveUsers answers into a Snapshot, and loadSnapshot's
 * request plan. Expected values follow /work/shared/notes/rocketchat-license-api.md.
 */
import { ResponseCache } from '../../lib/api/cache';
import type { IHttpGetter } from '../../lib/api/client';
import { WorkspaceClient } from '../../lib/api/client';
import { ApiError } from '../../lib/api/errors';
import { loadSnapshot } from '../../lib/api/loadSnapshot';
import { API_PATHS } from '../../lib/api/paths';
import { fromLicensesGet } from '../../lib/domain/snapshot/fromLicensesGet';
import { fromLicensesInfo, readSeatCount } from '../../lib/domain/snapshot/fromLicensesInfo';
import type { ILimit, LimitKind, ISnapshot } from '../../lib/domain/snapshot/types';
import { LIMIT_KINDS, isReached, limitOf, ratio } from '../../lib/domain/snapshot/types';
import { notFound, spaPage, unauthorized } from '../../playground/workspace/errors';
import type { ILicenseV2, ILicenseV3, ILicensesInfoOptions, IPlanSpec } from '../../playground/workspace/fixtures';
import {
	ENTERPRISE_MODULES,
	addDays,
	buildLicenseV2,
	buildLicenseV3,
	buildLicensesGet,
	buildLicensesInfo,
	buildMaxActiveUsers,
} from '../../playground/workspace/fixtures';
import { getScenario, majorOf } from '../../playground/workspace/scenarios';

const NOW = new Date('2025-06-02T10:00:00.000Z');
const inDays = (days: number): string => addDays(NOW, days).toISOString();

function planOf(name: string): IPlanSpec {
	const plan = getScenario(name).plan?.(NOW);
	if (!plan) {
		throw new Error(`scenario ${name} has no plan`);
	}
	return plan;
}

/** licenses.info?loadValues=true as the scenario's server answers it to an admin. */
function infoBody(name: string, over: Partial<ILicensesInfoOptions> = {}): Record<string, unknown> {
	const scenario = getScenario(name);
	const plan = scenario.plan?.(NOW);
	return buildLicensesInfo({
		license: plan && buildLicenseV3(NOW, plan),
		usage: scenario.usage,
		privileged: scenario.privileged,
		loadValues: true,
		major: majorOf(scenario),
		now: NOW,
		...over,
	});
}

/** A licenses.info body around a literal LicenseInfo. */
const infoOf = (license: Record<string, unknown>): Record<string, unknown> => ({ license, success: true });

const COMMUNITY_LIMITS = {
	activeUsers: { max: -1, value: 10 },
	guestUsers: { max: -1, value: 1 },
	privateApps: { max: 3, value: 0 },
	marketplaceApps: { max: 5, value: 1 },
	monthlyActiveContacts: { max: -1, value: 0 },
};

function caught(action: () => unknown): ApiError {
	try {
		action();
	} catch (error) {
		expect(error).toBeInstanceOf(ApiError);
		return error as ApiError;
	}
	throw new Error('expected an ApiError, nothing was thrown');
}

function expectMalformed(action: () => unknown, field: string | RegExp): ApiError {
	const error = caught(action);
	expect(error.kind).toBe('malformed');
	if (typeof field === 'string') {
		expect(error.detail.field).toBe(field);
	} else {
		expect(error.detail.field).toMatch(field);
	}
	return error;
}

/** Every place in a value holding null, a negative number, NaN or Infinity. */
function badValues(value: unknown, path = 'snapshot'): string[] {
	if (value === null) {
		return [path];
	}
	if (typeof value === 'number') {
		return !Number.isFinite(value) || value < 0 ? [path] : [];
	}
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => badValues(item, `${path}[${index}]`));
	}
	if (typeof value === 'object') {
		return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => badValues(item, `${path}.${key}`));
	}
	return [];
}

const limit = (snapshot: ISnapshot, kind: LimitKind): ILimit => limitOf(snapshot, kind);
const usedMax = (snapshot: ISnapshot, kind: LimitKind) => ({ used: limit(snapshot, kind).used, max: limit(snapshot, kind).max });

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

	it('takes the earliest invalidate_license validUntil, comparing instants rather than strings', () => {
		const license = buildLicenseV3(NOW, planOf('healthy'));
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
		const license = buildLicenseV3(NOW, planOf('healthy'));
		license.validation.validPeriods = [{ validUntil: inDays(10), invalidBehavior: 'disable_modules', modules: ['auditing'] }];
		const snapshot = fromLicensesInfo(infoBody('healthy', { license }));
		expect(snapshot.license?.enforcedExpiry).toBeUndefined();
	});

	it('leaves out a module whose disable_modules period has passed (activeModules says so)', () => {
		const plan = { ...planOf('healthy'), disableModules: { inDays: -1, modules: ['outlook-calendar'] } };
		const snapshot = fromLicensesInfo(infoBody('healthy', { license: buildLicenseV3(NOW, plan) }));
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
		const seats = limit(snapshot, 'activeUsers');
		expect(seats).toMatchObject({ used: 205, max: 200, prevented: true });
		expect(isReached(seats)).toBe(true);
		expect(ratio(seats)).toBeCloseTo(1.025);
		expect(limit(snapshot, 'guestUsers').prevented).toBe(false);
		expect(isReached(limit(snapshot, 'guestUsers'))).toBe(false);
	});

	it('takes prevented from preventedActions even below the cap (the flag is cached and can lag)', () => {
		const body = infoBody('healthy');
		(body.license as { preventedActions: Record<string, boolean> }).preventedActions.guestUsers = true;
		const snapshot = fromLicensesInfo(body);
		expect(limit(snapshot, 'guestUsers').prevented).toBe(true);
		expect(limit(snapshot, 'activeUsers').prevented).toBe(false);
	});

	describe('unlimited caps', () => {
		it('turns every -1 max and a null maxActiveUsers into "unlimited" (unlimited scenario)', () => {
			const snapshot = fromLicensesInfo(infoBody('unlimited'), buildMaxActiveUsers(-1, 640));
			for (const entry of snapshot.limits) {
				expect(entry.max).toBe('unlimited');
				expect(ratio(entry)).toBeUndefined();
				expect(isReached(entry)).toBe(false);
			}
			expect(limit(snapshot, 'activeUsers').used).toBe(640);
			expect(badValues(snapshot)).toEqual([]);
		});

		it('treats -1, null and a missing max alike; 0 is a cap of zero', () => {
			const license = buildLicenseV3(NOW, planOf('unlimited'));
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
				{ kind: 'privateApps', used: 1, max: 3, behaviors: [], prevented: false },
				{ kind: 'marketplaceApps', used: 4, max: 5, behaviors: [], prevented: false },
			]);
		});

		it('reads a lapsed license like Community, with the marketplace apps over the community cap', () => {
			const snapshot = fromLicensesInfo(infoBody('lapsed'));
			expect(snapshot.license).toBeNull();
			expect(limit(snapshot, 'marketplaceApps')).toMatchObject({ used: 7, max: 5, prevented: true });
		});

		it('reads the 8.x shape (externalModules, hasValidLicense) the same way', () => {
			const snapshot = fromLicensesInfo(infoBody('no-license', { major: 8 }));
			expect(snapshot.license).toBeNull();
			expect(usedMax(snapshot, 'privateApps')).toEqual({ used: 1, max: 3 });
		});
	});

	describe('caller without view-privileged-setting', () => {
		it.each(['forbidden', 'forbidden-8x'])('%s: limits {} → ApiError forbidden', (name) => {
			const body = infoBody(name);
			expect((body.license as { limits: unknown }).limits).toEqual({});
			const error = caught(() => fromLicensesInfo(body));
			expect(error.kind).toBe('forbidden');
			expect(error.detail.path).toBe(API_PATHS.licensesInfo);
		});

		it('a missing limits object is forbidden too', () => {
			const error = caught(() => fromLicensesInfo(infoOf({ activeModules: [], preventedActions: {}, tags: [], trial: false })));
			expect(error.kind).toBe('forbidden');
		});
	});

	it('reads numbers sent as strings ("25")', () => {
		const body = infoOf({
			activeModules: [],
			preventedActions: {},
			limits: { ...COMMUNITY_LIMITS, activeUsers: { max: '50', value: '25' }, privateApps: { max: ' 3 ', value: '2' } },
			tags: [],
			trial: false,
		});
		const snapshot = fromLicensesInfo(body);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 25, max: 50 });
		expect(usedMax(snapshot, 'privateApps')).toEqual({ used: 2, max: 3 });
		expect(readSeatCount(buildMaxActiveUsers(50, 25, true))).toEqual({ max: 50, used: 25 });
		expect(readSeatCount(buildMaxActiveUsers(-1, 25, true))).toEqual({ max: 'unlimited', used: 25 });
	});

	it('takes seat usage from licenses.maxActiveUsers when limits carry no value (loadValues missing)', () => {
		const body = infoBody('healthy', { loadValues: false });
		const snapshot = fromLicensesInfo(body, buildMaxActiveUsers(200, 133, true));
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 133, max: 200 });
		// maxActiveUsers only knows seats: the other kinds stay unknown, not 0.
		expect(limit(snapshot, 'guestUsers').used).toBe('unknown');
		expect(limit(snapshot, 'monthlyActiveContacts').used).toBe('unknown');
		expect(ratio(limit(snapshot, 'guestUsers'))).toBeUndefined();
	});

	it('without values nor a seat answer, usage is unknown', () => {
		const snapshot = fromLicensesInfo(infoBody('healthy', { loadValues: false }));
		expect(snapshot.limits.every((entry) => entry.used === 'unknown')).toBe(true);
		expect(limit(snapshot, 'activeUsers').max).toBe(200);
	});
});

describe('licenses.get → Snapshot (servers before 7.0)', () => {
	it('reads a flat V2 array (≤ 6.4)', () => {
		const snapshot = fromLicensesGet(buildLicensesGet(NOW, planOf('old-6.4'), 'flat'), buildMaxActiveUsers(200, 150));
		expect(snapshot.source).toBe('licenses.get');
		expect(snapshot.license?.plan).toBe('Enterprise');
		expect(snapshot.license?.trial).toBe(false);
		expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
		expect(snapshot.license?.visualExpiry).toBe(inDays(200));
		expect(snapshot.modules).toEqual(ENTERPRISE_MODULES);
		expect(snapshot.limits.map((entry) => entry.kind)).toEqual([...LIMIT_KINDS]);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 150, max: 200 });
		expect(usedMax(snapshot, 'guestUsers')).toEqual({ used: 'unknown', max: 100 });
		expect(limit(snapshot, 'privateApps').max).toBe('unlimited');
		expect(badValues(snapshot)).toEqual([]);
	});

	it('reads a V2 trial: shown expiry = trialEnd, enforced = expiry', () => {
		const license: ILicenseV2 = {
			...buildLicenseV2(NOW, planOf('old-6.4')),
			expiry: inDays(44),
			meta: { trial: true, trialEnd: inDays(30), workspaceId: 'w1' },
			tag: { name: 'Pro Trial', color: '#F38C39' },
			maxGuestUsers: -1,
		};
		const snapshot = fromLicensesGet({ licenses: [license], success: true });
		expect(snapshot.license).toMatchObject({ plan: 'Pro Trial', trial: true, visualExpiry: inDays(30), enforcedExpiry: inDays(44) });
		expect(limit(snapshot, 'activeUsers')).toMatchObject({ used: 'unknown', max: 200, prevented: false });
		expect(limit(snapshot, 'guestUsers').max).toBe('unlimited');
	});

	it('reads V2 app caps from apps.maxPrivateApps / maxMarketplaceApps', () => {
		const license: ILicenseV2 = { ...buildLicenseV2(NOW, planOf('old-6.4')), apps: { maxPrivateApps: 10, maxMarketplaceApps: 0 } };
		const snapshot = fromLicensesGet({ licenses: [license], success: true });
		expect(limit(snapshot, 'privateApps').max).toBe(10);
		expect(limit(snapshot, 'marketplaceApps').max).toBe('unlimited');
	});

	it('reads V2 nested [{license, modules}] (6.5–6.x)', () => {
		const license = buildLicenseV2(NOW, planOf('old-6.4'));
		const snapshot = fromLicensesGet({ licenses: [{ license, modules: ['auditing', 'engagement-dashboard'] }], success: true });
		expect(snapshot.license?.plan).toBe('Enterprise');
		expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
		expect(snapshot.modules).toEqual(['auditing', 'engagement-dashboard']);
		expect(limit(snapshot, 'activeUsers').max).toBe(200);
		expect(limit(snapshot, 'guestUsers').max).toBe(100);
	});

	it('reads V3 nested [{license, modules}] (old-6.x-nested)', () => {
		const plan = { ...planOf('old-6.x-nested'), visualExpiresInDays: 90, expiresInDays: 104 };
		const snapshot = fromLicensesGet(buildLicensesGet(NOW, plan, 'nested'), buildMaxActiveUsers(200, 150));
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
		expect(limit(snapshot, 'activeUsers')).toEqual({
			kind: 'activeUsers',
			used: 150,
			max: 200,
			behaviors: ['prevent_action'],
			prevented: false,
		});
		expect(limit(snapshot, 'monthlyActiveContacts').max).toBe(1000);
		expect(limit(snapshot, 'privateApps').max).toBe('unlimited');
		expect(badValues(snapshot)).toEqual([]);
	});

	it('takes the smallest max of a V3 limit list, as the server does', () => {
		const license: ILicenseV3 = buildLicenseV3(NOW, planOf('healthy'));
		license.limits.guestUsers = [
			{ max: 80, behavior: 'start_fair_policy' },
			{ max: 60, behavior: 'prevent_action' },
		];
		const snapshot = fromLicensesGet({ licenses: [{ license, modules: [] }], success: true });
		expect(limit(snapshot, 'guestUsers').max).toBe(60);
		expect([...limit(snapshot, 'guestUsers').behaviors].sort()).toEqual(['prevent_action', 'start_fair_policy']);
		// Empty nested modules fall back to the license's grantedModules.
		expect(snapshot.modules).toEqual(ENTERPRISE_MODULES);
	});

	it('reads an empty licenses array as no license', () => {
		const snapshot = fromLicensesGet(buildLicensesGet(NOW, undefined, 'flat'), buildMaxActiveUsers(-1, 42));
		expect(snapshot.license).toBeNull();
		expect(snapshot.modules).toEqual([]);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 42, max: 'unlimited' });
		expect(snapshot.limits.map((entry) => entry.kind)).toEqual([...LIMIT_KINDS]);
		expect(badValues(snapshot.limits)).toEqual([]);
	});

	it('with several licenses, describes the one that lasts longest and adds modules up', () => {
		const short: ILicenseV2 = {
			...buildLicenseV2(NOW, planOf('old-6.4')),
			expiry: inDays(30),
			modules: ['auditing'],
			tag: { name: 'Starter', color: '#000' },
			meta: undefined,
			maxActiveUsers: 50,
		};
		const long: ILicenseV2 = {
			...buildLicenseV2(NOW, planOf('old-6.4')),
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
			expect(limit(snapshot, 'activeUsers').max).toBe(250);
			expect([...snapshot.modules].sort()).toEqual(['auditing', 'livechat-enterprise']);
		}
	});

	it('prefers the seat cap of licenses.maxActiveUsers over the license list', () => {
		const snapshot = fromLicensesGet(buildLicensesGet(NOW, planOf('old-6.4'), 'flat'), buildMaxActiveUsers(180, 150, true));
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 150, max: 180 });
	});
});

describe('malformed answers', () => {
	const html = spaPage().body;

	it('an HTML string body', () => {
		expectMalformed(() => fromLicensesInfo(html), 'body');
		expectMalformed(() => fromLicensesGet(html), 'body');
		expectMalformed(() => readSeatCount(html), 'body');
		expect(caught(() => fromLicensesInfo(html)).detail.path).toBe(API_PATHS.licensesInfo);
	});

	it('LicenseInfo that is not an object', () => {
		expectMalformed(() => fromLicensesInfo({ license: 'RCV3_ZXhhbXBsZQ==', success: true }), 'license');
		expectMalformed(() => fromLicensesInfo({ license: [], success: true }), 'license');
	});

	it('an ILicenseV3 that is not an object (licenses.info) is not mistaken for "no license"', () => {
		const body = infoOf({
			license: 'RCV3_ZXhhbXBsZQ==',
			activeModules: [],
			preventedActions: {},
			limits: COMMUNITY_LIMITS,
			tags: [],
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), /license/);
	});

	it('an entry of licenses.get that is not an object', () => {
		expectMalformed(() => fromLicensesGet({ licenses: ['RCV2_xyz'], success: true }), 'licenses[0]');
		expectMalformed(() => fromLicensesGet({ licenses: 'none', success: true }), 'licenses');
	});

	it('max "abc"', () => {
		const body = infoOf({
			activeModules: [],
			preventedActions: {},
			limits: { ...COMMUNITY_LIMITS, guestUsers: { max: 'abc', value: 1 } },
			tags: [],
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), 'license.limits.guestUsers.max');
		const flat = { ...buildLicenseV2(NOW, planOf('old-6.4')), maxActiveUsers: 'abc' };
		expectMalformed(() => fromLicensesGet({ licenses: [flat] }), 'licenses[0].maxActiveUsers');
		expectMalformed(() => readSeatCount({ maxActiveUsers: 'abc', activeUsers: 3 }), 'maxActiveUsers');
	});

	it('max "abc" in a V3 limit list (licenses.get nested) is not read as unlimited', () => {
		const license = buildLicenseV3(NOW, planOf('healthy'));
		(license.limits as Record<string, unknown>).activeUsers = [{ max: 'abc', behavior: 'prevent_action' }];
		expectMalformed(() => fromLicensesGet({ licenses: [{ license, modules: [] }] }), /license\.limits\.activeUsers/);
	});

	it('a usage value that is not a number', () => {
		const body = infoOf({
			activeModules: [],
			preventedActions: {},
			limits: { ...COMMUNITY_LIMITS, activeUsers: { max: 200, value: 'n/a' } },
			tags: [],
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), 'license.limits.activeUsers.value');
		expectMalformed(() => readSeatCount({ maxActiveUsers: null, activeUsers: 'many' }), 'activeUsers');
	});

	it('tags that are not an array', () => {
		const body = infoOf({ activeModules: [], preventedActions: {}, limits: COMMUNITY_LIMITS, tags: { name: 'Enterprise' }, trial: false });
		expectMalformed(() => fromLicensesInfo(body), 'license.tags');
		// LicenseInfo.tags stays a good array: only the license's own information.tags is wrong.
		const license = buildLicenseV3(NOW, planOf('healthy'));
		const good = infoBody('healthy', { license });
		(license.information as Record<string, unknown>).tags = 'Enterprise';
		expect(Array.isArray((good.license as { tags: unknown }).tags)).toBe(true);
		expectMalformed(() => fromLicensesInfo(good), 'license.information.tags');
	});

	it('activeModules that is not a list of strings', () => {
		const body = infoOf({
			activeModules: 'auditing,livechat-enterprise',
			preventedActions: {},
			limits: COMMUNITY_LIMITS,
			tags: [],
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), 'license.activeModules');
	});

	it('an unparseable visualExpiration', () => {
		const license = buildLicenseV3(NOW, planOf('healthy'));
		license.information.visualExpiration = 'next year';
		expectMalformed(() => fromLicensesInfo(infoBody('healthy', { license })), 'license.information.visualExpiration');
	});

	it('an unparseable validUntil names the period it sits in', () => {
		const license = buildLicenseV3(NOW, planOf('healthy'));
		license.validation.validPeriods = [
			{ validUntil: inDays(45), invalidBehavior: 'disable_modules', modules: ['auditing'] },
			{ validUntil: 'soon', invalidBehavior: 'invalidate_license' },
		];
		expectMalformed(() => fromLicensesInfo(infoBody('healthy', { license })), 'license.validation.validPeriods[1].validUntil');
	});

	it('an unparseable V2 expiry or trialEnd', () => {
		const flat = { ...buildLicenseV2(NOW, planOf('old-6.4')), expiry: 'never' };
		expectMalformed(() => fromLicensesGet({ licenses: [flat] }), 'licenses[0].expiry');
		const nested = { ...buildLicenseV2(NOW, planOf('old-6.4')), meta: { trial: true, trialEnd: 'tomorrow-ish', workspaceId: 'w' } };
		expectMalformed(() => fromLicensesGet({ licenses: [{ license: nested, modules: [] }] }), 'licenses[0].license.meta.trialEnd');
	});

	it('errors carry the path of the endpoint', () => {
		const flat = { ...buildLicenseV2(NOW, planOf('old-6.4')), expiry: 'never' };
		expect(caught(() => fromLicensesGet({ licenses: [flat] })).detail.path).toBe(API_PATHS.licensesGet);
		expect(caught(() => readSeatCount(html)).detail.path).toBe(API_PATHS.maxActiveUsers);
	});
});

describe('loadSnapshot', () => {
	const BASE = 'https://chat.example.com';
	type Reply = { statusCode: number; content?: string; data?: unknown; headers?: Record<string, string> };
	const json = (statusCode: number, body: unknown): Reply => ({
		statusCode,
		content: JSON.stringify(body),
		data: body,
		headers: { 'content-type': 'application/json' },
	});
	const text = (statusCode: number, body: string, type = 'text/html'): Reply => ({
		statusCode,
		content: body,
		headers: { 'content-type': type },
	});

	function setup(answer: (path: string) => Reply | Promise<Reply>, clock: () => number = () => 0) {
		const requested: string[] = [];
		const http: IHttpGetter = {
			get: (url) => {
				requested.push(url.slice(BASE.length));
				return Promise.resolve(answer(url.slice(BASE.length)));
			},
		};
		const client = new WorkspaceClient(
			http,
			{ baseUrl: BASE, credentials: { userId: 'u1', token: 't1' }, timeoutMs: 10_000 },
			new ResponseCache(clock),
		);
		return { client, requested };
	}

	it('starts licenses.info and licenses.maxActiveUsers before either answers', async () => {
		const waiting = new Map<string, (reply: Reply) => void>();
		const { client, requested } = setup((path) => new Promise<Reply>((resolve) => waiting.set(path, resolve)));
		const result = loadSnapshot(client);
		await new Promise((resolve) => setImmediate(resolve));
		expect([...requested].sort()).toEqual([API_PATHS.licensesInfo, API_PATHS.maxActiveUsers].sort());
		expect(waiting.size).toBe(2);
		// Info answers first, without values: the seat count must still be awaited and used.
		waiting.get(API_PATHS.licensesInfo)?.(json(200, infoBody('healthy', { loadValues: false })));
		await new Promise((resolve) => setImmediate(resolve));
		waiting.get(API_PATHS.maxActiveUsers)?.(json(200, buildMaxActiveUsers(200, 121)));
		const snapshot = await result;
		expect(snapshot.source).toBe('licenses.info');
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 121, max: 200 });
	});

	it('falls back to licenses.get when licenses.info is an unknown route (404)', async () => {
		for (const missing of [notFound(6), notFound(7)]) {
			const { client, requested } = setup((path) => {
				if (path === API_PATHS.licensesInfo) {
					return typeof missing.body === 'string' ? text(404, missing.body, 'text/plain') : json(404, missing.body);
				}
				if (path === API_PATHS.licensesGet) {
					return json(200, buildLicensesGet(NOW, planOf('old-6.4'), 'flat'));
				}
				return json(200, buildMaxActiveUsers(200, 150));
			});
			const snapshot = await loadSnapshot(client);
			expect(snapshot.source).toBe('licenses.get');
			expect(snapshot.license?.enforcedExpiry).toBe(inDays(200));
			expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 150, max: 200 });
			expect(requested).toContain(API_PATHS.licensesGet);
		}
	});

	it('does not fall back on other errors of licenses.info', async () => {
		const { client, requested } = setup((path) =>
			path === API_PATHS.licensesInfo ? json(401, unauthorized(7).body) : json(200, buildMaxActiveUsers(200, 150)),
		);
		await expect(loadSnapshot(client)).rejects.toMatchObject({ kind: 'unauthorized' });
		expect(requested).not.toContain(API_PATHS.licensesGet);
	});

	it('a failing licenses.maxActiveUsers does not hide a good licenses.info', async () => {
		for (const seatReply of [
			json(500, { success: false }),
			text(200, spaPage().body as string),
			json(429, { success: false, error: 'You must wait 10 seconds' }),
		]) {
			const { client } = setup((path) => (path === API_PATHS.licensesInfo ? json(200, infoBody('healthy')) : seatReply));
			const snapshot = await loadSnapshot(client);
			expect(snapshot.source).toBe('licenses.info');
			expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 120, max: 200 });
			expect(snapshot.license?.plan).toBe('Enterprise');
		}
	});

	it('a failing licenses.maxActiveUsers leaves seat usage unknown when licenses.info has no values', async () => {
		const { client } = setup((path) =>
			path === API_PATHS.licensesInfo ? json(200, infoBody('healthy', { loadValues: false })) : json(503, {}),
		);
		const snapshot = await loadSnapshot(client);
		expect(usedMax(snapshot, 'activeUsers')).toEqual({ used: 'unknown', max: 200 });
	});

	it('asks licenses.info with loadValues=true', async () => {
		const params: Array<Record<string, string> | undefined> = [];
		const http: IHttpGetter = {
			get: async (url, options) => {
				if (url.endsWith(API_PATHS.licensesInfo)) {
					params.push(options.params);
					return json(200, infoBody('healthy'));
				}
				return json(200, buildMaxActiveUsers(200, 120));
			},
		};
		const client = new WorkspaceClient(
			http,
			{ baseUrl: BASE, credentials: { userId: 'u1', token: 't1' }, timeoutMs: 10_000 },
			new ResponseCache(() => 0),
		);
		await loadSnapshot(client);
		expect(params).toEqual([{ loadValues: 'true' }]);
	});

	it('reuses cached answers, and asks again for answers older than maxAgeMs', async () => {
		let time = 0;
		const { client, requested } = setup(
			(path) => (path === API_PATHS.licensesInfo ? json(200, infoBody('healthy')) : json(200, buildMaxActiveUsers(200, 120))),
			() => time,
		);
		await loadSnapshot(client);
		await loadSnapshot(client);
		expect(requested).toHaveLength(2);
		time = 10_000;
		await loadSnapshot(client, 30_000);
		expect(requested).toHaveLength(2);
		await loadSnapshot(client, 5_000);
		expect([...requested.slice(2)].sort()).toEqual([API_PATHS.licensesInfo, API_PATHS.maxActiveUsers].sort());
		time = 10_001;
		await loadSnapshot(client, 0);
		expect(requested).toHaveLength(6);
	});

	it('passes maxAgeMs to licenses.get too (servers before 6.5)', async () => {
		let time = 0;
		const { client, requested } = setup(
			(path) => {
				if (path === API_PATHS.licensesInfo) {
					return json(404, notFound(6).body);
				}
				if (path === API_PATHS.licensesGet) {
					return json(200, buildLicensesGet(NOW, planOf('old-6.4'), 'flat'));
				}
				return json(200, buildMaxActiveUsers(200, 150));
			},
			() => time,
		);
		expect((await loadSnapshot(client)).source).toBe('licenses.get');
		expect(requested.filter((path) => path === API_PATHS.licensesGet)).toHaveLength(1);
		time = 1_000;
		await loadSnapshot(client);
		expect(requested.filter((path) => path === API_PATHS.licensesGet)).toHaveLength(1);
		await loadSnapshot(client, 500);
		expect(requested.filter((path) => path === API_PATHS.licensesGet)).toHaveLength(2);
		expect(requested.filter((path) => path === API_PATHS.maxActiveUsers)).toHaveLength(2);
	});
});
