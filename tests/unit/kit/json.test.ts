/** The JSON kit: API answers through the parsers (a malformed ApiError naming the field, never a bad value), and the strict readers. */
import { fromLicensesGet } from '../../../lib/api/answers/fromLicensesGet';
import { fromLicensesInfo, readSeatCount } from '../../../lib/api/answers/fromLicensesInfo';
import { ApiError } from '../../../lib/kit/errors';
import { Invalid, date, list, num, object, optStr, optionalArray, optionalString, record, str, stringList } from '../../../lib/kit/json';
import { API_PATHS } from '../../../lib/kit/paths';
import { COMMUNITY_WIRE_LIMITS, expectMalformed, infoOf, thrown } from '../../support/kit';
import { SPA_PAGE } from '../fixtures/answers';
import { inDays, infoBody, licenseV2, licenseV3, planOf } from '../fixtures/licenses';

describe('malformed answers', () => {
	const html = SPA_PAGE;

	it('an HTML string body', () => {
		expectMalformed(() => fromLicensesInfo(html), 'body');
		expectMalformed(() => fromLicensesGet(html), 'body');
		expectMalformed(() => readSeatCount(html), 'body');
		expect(thrown(() => fromLicensesInfo(html)).detail.path).toBe(API_PATHS.licensesInfo);
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
			limits: COMMUNITY_WIRE_LIMITS,
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
			limits: { ...COMMUNITY_WIRE_LIMITS, guestUsers: { max: 'abc', value: 1 } },
			tags: [],
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), 'license.limits.guestUsers.max');
		const flat = { ...licenseV2(planOf('old-6.4')), maxActiveUsers: 'abc' };
		expectMalformed(() => fromLicensesGet({ licenses: [flat] }), 'licenses[0].maxActiveUsers');
		expectMalformed(() => readSeatCount({ maxActiveUsers: 'abc', activeUsers: 3 }), 'maxActiveUsers');
	});

	it('max "abc" in a V3 limit list (licenses.get nested) is not read as unlimited', () => {
		const license = licenseV3(planOf('healthy'));
		(license.limits as Record<string, unknown>).activeUsers = [{ max: 'abc', behavior: 'prevent_action' }];
		expectMalformed(() => fromLicensesGet({ licenses: [{ license, modules: [] }] }), /license\.limits\.activeUsers/);
	});

	it('a usage value that is not a number', () => {
		const body = infoOf({
			activeModules: [],
			preventedActions: {},
			limits: { ...COMMUNITY_WIRE_LIMITS, activeUsers: { max: 200, value: 'n/a' } },
			tags: [],
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), 'license.limits.activeUsers.value');
		expectMalformed(() => readSeatCount({ maxActiveUsers: null, activeUsers: 'many' }), 'activeUsers');
	});

	it('tags that are not an array', () => {
		const body = infoOf({
			activeModules: [],
			preventedActions: {},
			limits: COMMUNITY_WIRE_LIMITS,
			tags: { name: 'Enterprise' },
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), 'license.tags');
		// LicenseInfo.tags stays a good array: only the license's own information.tags is wrong.
		const license = licenseV3(planOf('healthy'));
		const good = infoBody('healthy', { license });
		(license.information as Record<string, unknown>).tags = 'Enterprise';
		expect(Array.isArray((good.license as { tags: unknown }).tags)).toBe(true);
		expectMalformed(() => fromLicensesInfo(good), 'license.information.tags');
	});

	it('activeModules that is not a list of strings', () => {
		const body = infoOf({
			activeModules: 'auditing,livechat-enterprise',
			preventedActions: {},
			limits: COMMUNITY_WIRE_LIMITS,
			tags: [],
			trial: false,
		});
		expectMalformed(() => fromLicensesInfo(body), 'license.activeModules');
	});

	it('an unparseable visualExpiration', () => {
		const license = licenseV3(planOf('healthy'));
		license.information.visualExpiration = 'next year';
		expectMalformed(() => fromLicensesInfo(infoBody('healthy', { license })), 'license.information.visualExpiration');
	});

	it('an unparseable validUntil names the period it sits in', () => {
		const license = licenseV3(planOf('healthy'));
		license.validation.validPeriods = [
			{ validUntil: inDays(45), invalidBehavior: 'disable_modules', modules: ['auditing'] },
			{ validUntil: 'soon', invalidBehavior: 'invalidate_license' },
		];
		expectMalformed(() => fromLicensesInfo(infoBody('healthy', { license })), 'license.validation.validPeriods[1].validUntil');
	});

	it('an unparseable V2 expiry or trialEnd', () => {
		const flat = { ...licenseV2(planOf('old-6.4')), expiry: 'never' };
		expectMalformed(() => fromLicensesGet({ licenses: [flat] }), 'licenses[0].expiry');
		const nested = { ...licenseV2(planOf('old-6.4')), meta: { trial: true, trialEnd: 'tomorrow-ish', workspaceId: 'w' } };
		expectMalformed(() => fromLicensesGet({ licenses: [{ license: nested, modules: [] }] }), 'licenses[0].license.meta.trialEnd');
	});

	it('errors carry the path of the endpoint', () => {
		const flat = { ...licenseV2(planOf('old-6.4')), expiry: 'never' };
		expect(thrown(() => fromLicensesGet({ licenses: [flat] })).detail.path).toBe(API_PATHS.licensesGet);
		expect(thrown(() => readSeatCount(html)).detail.path).toBe(API_PATHS.maxActiveUsers);
	});
});

function invalidField(read: () => unknown): string {
	try {
		read();
	} catch (error) {
		if (error instanceof Invalid) {
			return error.message;
		}
		throw error;
	}
	throw new Error('no Invalid thrown');
}

function malformedAt(read: () => unknown): { field?: string; path?: string } {
	try {
		read();
	} catch (error) {
		if (error instanceof ApiError && error.kind === 'malformed') {
			return { field: error.detail.field, path: error.detail.path };
		}
		throw error;
	}
	throw new Error('no ApiError thrown');
}

describe('strict readers (saved records)', () => {
	it('take values of their type and name the field of any other', () => {
		expect(object({ a: 1 }, 'x')).toEqual({ a: 1 });
		expect(invalidField(() => object([], 'state'))).toBe('state');
		expect(num(3, 'n')).toBe(3);
		expect(invalidField(() => num('3', 'n'))).toBe('n');
		expect(invalidField(() => num(Number.NaN, 'n'))).toBe('n');
		expect(str('a', 's')).toBe('a');
		expect(optStr(null, 's')).toBeUndefined();
		expect(invalidField(() => optStr(4, 's'))).toBe('s');
		expect(date('2026-01-02T00:00:00.000Z', 'd')).toBe('2026-01-02T00:00:00.000Z');
		expect(invalidField(() => date('never', 'at'))).toBe('at');
	});

	it('name the item of a list that fails', () => {
		expect(list(['a', 'b'], 'names', str)).toEqual(['a', 'b']);
		expect(invalidField(() => list(['a', 2], 'names', str))).toBe('names[1]');
		expect(invalidField(() => list('a', 'names', str))).toBe('names');
	});
});

describe('API readers, built on the strict ones', () => {
	it('turn an unusable field into a malformed ApiError with the field and the API path', () => {
		expect(malformedAt(() => record('x', 'license', '/api/v1/licenses.info'))).toEqual({
			field: 'license',
			path: '/api/v1/licenses.info',
		});
		expect(malformedAt(() => stringList(['a', 7], 'tags', '/p'))).toEqual({ field: 'tags[1]', path: '/p' });
		expect(malformedAt(() => optionalArray({}, 'modules', '/p'))).toEqual({ field: 'modules', path: '/p' });
		expect(malformedAt(() => optionalString(5, 'name', '/p'))).toEqual({ field: 'name', path: '/p' });
	});

	it('read absent values as empty', () => {
		expect(stringList(undefined, 'tags', '/p')).toEqual([]);
		expect(optionalArray(null, 'modules', '/p')).toEqual([]);
		expect(optionalString('', 'name', '/p')).toBeUndefined();
		expect(record({ a: 1 }, 'license', '/p')).toEqual({ a: 1 });
	});
});
