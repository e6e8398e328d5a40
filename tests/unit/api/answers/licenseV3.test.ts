/** licenseV3.ts: a V3 license (licenses.info's `license`, licenses.get's nested entries) read into the snapshot's terms. */
import { readLicenseV3, readTags } from '../../../../lib/api/answers/licenseV3';
import { ApiError } from '../../../../lib/kit/errors';
import { API_PATHS } from '../../../../lib/kit/paths';
import { thrown } from '../../../support/kit';
import { inDays, licenseV3, planOf } from '../../fixtures/licenses';

const PATH = API_PATHS.licensesInfo;

describe('readLicenseV3', () => {
	it('reads the plan, the ends, the grantee and the smallest max per kind', () => {
		const license = licenseV3({ ...planOf('healthy'), visualExpiresInDays: 180 });
		license.limits.activeUsers = [
			{ max: 250, behavior: 'invalidate_license' },
			{ max: 200, behavior: 'prevent_action' },
		];
		const { details, maxes, behaviors } = readLicenseV3(license, PATH);
		expect(details).toMatchObject({
			plan: 'Enterprise',
			trial: false,
			autoRenew: true,
			visualExpiry: inDays(180),
			enforcedExpiry: inDays(200),
		});
		expect(details.grantedTo).toEqual({ name: 'Ada Admin', company: 'Example Corp', email: 'it@example.com' });
		expect(maxes.activeUsers).toBe(200);
		expect(behaviors.activeUsers).toEqual(['invalidate_license', 'prevent_action']);
		expect(maxes.privateApps).toBeUndefined();
	});

	it('groups disable_modules periods by end date, earliest first, modules as strings or {module}', () => {
		const license = {
			information: {},
			validation: {
				validPeriods: [
					{ validUntil: '2027-06-01T00:00:00.000Z', invalidBehavior: 'invalidate_license' },
					{ validUntil: '2027-03-01T00:00:00.000Z', invalidBehavior: 'disable_modules', modules: [{ module: 'auditing' }] },
					{ validUntil: '2027-01-15T00:00:00.000Z', invalidBehavior: 'disable_modules', modules: ['outlook-calendar'] },
					{ validUntil: '2027-03-01T00:00:00.000Z', invalidBehavior: 'disable_modules', modules: ['auditing', 'voip-enterprise'] },
				],
			},
		};
		expect(readLicenseV3(license, PATH).details.moduleCutoffs).toEqual([
			{ date: '2027-01-15T00:00:00.000Z', modules: ['outlook-calendar'] },
			{ date: '2027-03-01T00:00:00.000Z', modules: ['auditing', 'voip-enterprise'] },
		]);
	});

	it('takes the earliest invalidate_license end as the enforced one', () => {
		const license = {
			validation: {
				validPeriods: [
					{ validUntil: '2027-06-01T00:00:00.000Z', invalidBehavior: 'invalidate_license' },
					{ validUntil: '2027-02-01T00:00:00.000Z', invalidBehavior: 'invalidate_license' },
				],
			},
		};
		expect(readLicenseV3(license, PATH).details.enforcedExpiry).toBe('2027-02-01T00:00:00.000Z');
	});

	it('falls back to the given tags when the license names none, and names no grantee when it has none', () => {
		const { details } = readLicenseV3({ information: { tags: [] } }, PATH, [{ name: 'Pro' }]);
		expect(details.plan).toBe('Pro');
		expect(details.grantedTo).toBeUndefined();
	});

	it('keeps the addresses the license names, skipping entries that are not string pairs', () => {
		const license = { validation: { serverUrls: [{ value: 'chat.example.com', type: 'url' }, { value: 5, type: 'url' }, 'x'] } };
		expect(readLicenseV3(license, PATH).details.licensedTo).toEqual({ serverUrls: [{ value: 'chat.example.com', type: 'url' }] });
	});

	it('refuses a license that is not an object, and a max that is not a count, naming the field', () => {
		expect(thrown(() => readLicenseV3('RCV3_abc', PATH))).toBeInstanceOf(ApiError);
		const error = thrown(() => readLicenseV3({ limits: { activeUsers: [{ max: 'many' }] } }, PATH));
		expect([error.kind, error.detail.field]).toEqual(['malformed', 'license.limits.activeUsers[0].max']);
	});
});

describe('readTags', () => {
	it('keeps named tags with their colour and drops nameless ones', () => {
		expect(readTags([{ name: 'Enterprise', color: '#F3BE08' }, { color: '#000' }, { name: '' }], 'tags', PATH)).toEqual([
			{ name: 'Enterprise', color: '#F3BE08' },
		]);
		expect(readTags(undefined, 'tags', PATH)).toEqual([]);
	});
});
