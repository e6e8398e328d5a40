/** plausible.ts: counts and dates a license cannot have are refused as implausible, naming the field. */
import { MAX_PLAUSIBLE_COUNT, plausible } from '../../../../lib/api/answers/plausible';
import type { IHttpGetter } from '../../../../lib/api/client';
import { WorkspaceClient } from '../../../../lib/api/client';
import { loadSnapshot } from '../../../../lib/api/loadSnapshot';
import { ApiError } from '../../../../lib/kit/errors';
import { API_PATHS } from '../../../../lib/kit/paths';
import { errorReason } from '../../../../lib/render/errorView';
import { viewFor } from '../../../../lib/render/view';
import { enterprise, NOW, rejection, thrown, withSeats } from '../../../support/kit';

const en = viewFor('en', NOW);
const PATH = API_PATHS.licensesInfo;

describe('implausible values make the data malformed, naming the field', () => {
	it.each([
		['-5 seats used', withSeats(-5, 25), 'license.limits.activeUsers.value'],
		['a 300-digit seat count', withSeats(Number('9'.repeat(300)), 25), 'license.limits.activeUsers.value'],
		['a guest cap of 0.5', enterprise({ limits: { guestUsers: { used: 1, max: 0.5 } } }), 'license.limits.guestUsers.max'],
		['an end in year 1', enterprise({ enforcedExpiry: '0001-01-01T00:00:00.000Z' }), 'license.information.visualExpiration'],
		['an end in year 275760', enterprise({ visualExpiry: '+275760-09-13T00:00:00.000Z' }), 'license.information.visualExpiration'],
	])('%s', (_, snapshot, field) => {
		const error = thrown(() => plausible(snapshot, PATH));
		expect(error.kind).toBe('implausible');
		expect(error.detail.field).toBe(field);
		const reason = errorReason(en, error);
		expect(reason).toContain(field);
		expect(reason).not.toMatch(/-\d+\s?%|days left/);
	});

	it('plausible data passes unchanged', () => {
		const snapshot = withSeats(25, 25);
		expect(plausible(snapshot, PATH)).toBe(snapshot);
	});

	it('loadSnapshot refuses a licenses.info answer with -5 seats used', async () => {
		const body = {
			license: {
				license: undefined,
				activeModules: [],
				preventedActions: {},
				limits: { activeUsers: { max: 25, value: -5 }, guestUsers: { max: -1, value: 0 } },
				tags: [],
				trial: false,
			},
			success: true,
		};
		const http: IHttpGetter = { get: async () => ({ statusCode: 200, content: JSON.stringify(body), data: body }) };
		const client = new WorkspaceClient(http, {
			baseUrl: 'https://chat.example.com',
			credentials: { userId: 'u', token: 't' },
			timeoutMs: 1000,
		});
		const error = await rejection(loadSnapshot(client));
		expect(error.kind).toBe('implausible');
	});
});

describe('the edges of plausible', () => {
	it('a billion is still a count, one more is not; unlimited and unknown pass', () => {
		expect(() => plausible(withSeats(MAX_PLAUSIBLE_COUNT, MAX_PLAUSIBLE_COUNT), PATH)).not.toThrow();
		expect(() => plausible(withSeats(MAX_PLAUSIBLE_COUNT + 1, MAX_PLAUSIBLE_COUNT + 2), PATH)).toThrow(ApiError);
		expect(() => plausible(enterprise({ limits: { activeUsers: { used: 'unknown', max: 'unlimited' } } }), PATH)).not.toThrow();
	});

	it.each(['1970-01-01T00:00:00.000Z', '9999-12-31T00:00:00.000Z'])('an end on %s is plausible', (iso) => {
		const snapshot = enterprise({ enforcedExpiry: iso, visualExpiry: iso });
		expect(plausible(snapshot, PATH)).toBe(snapshot);
	});

	it.each(['1969-12-31T00:00:00.000Z', '+010000-01-01T00:00:00.000Z'])('an end on %s is not', (iso) => {
		expect(() => plausible(enterprise({ enforcedExpiry: iso, visualExpiry: iso }), PATH)).toThrow(ApiError);
	});
});
