/** metricsEndpoint.ts: the engine's API endpoint answers with the metrics flow, on the settings read at each request. */
import type { App } from '@rocket.chat/apps-engine/definition/App';
import type { IApiEndpointInfo, IApiRequest } from '@rocket.chat/apps-engine/definition/api';

import { SETTING } from '../../../lib/domain/settings';
import { METRICS_PATH, MetricsEndpoint } from '../../../lib/entry/metricsEndpoint';
import { AppState } from '../../../lib/flows/appState';
import { API_PATHS } from '../../../lib/kit/paths';
import { METRICS_CONTENT_TYPE } from '../../../lib/render/metricsText';
import { RecordingLogger, fakeAccessors } from '../fakes/accessors';
import { CONNECTED, licensedRoutes } from '../fakes/workspace';

const SCRAPE_SECRET = 'scrape-secret-42';
const NOW = new Date('2026-11-19T09:00:00.000Z');

function endpoint(settings: Record<string, unknown>) {
	const fakes = fakeAccessors({ settings }, licensedRoutes({ seats: 185, cap: 200, now: NOW }));
	const appLogger = new RecordingLogger();
	const app = { getLogger: () => appLogger.asLogger() } as unknown as App;
	const target = new MetricsEndpoint(app, new AppState());
	const get = (headers: Record<string, string> = {}) =>
		target.get(
			{ headers, query: {}, params: {}, method: 'GET' } as unknown as IApiRequest,
			{} as IApiEndpointInfo,
			fakes.accessors.read,
			fakes.accessors.modify,
			fakes.accessors.http,
			fakes.accessors.persis,
		);
	return { ...fakes, target, get, appLogger };
}

describe('the metrics endpoint', () => {
	it('is served at the metrics path', () => {
		expect(endpoint({}).target.path).toBe(METRICS_PATH);
	});

	it('is off without a metrics secret: 404, and the workspace is not read', async () => {
		const { get, http } = endpoint(CONNECTED);
		expect((await get({ authorization: 'Bearer anything' })).status).toBe(404);
		expect(http.requests).toEqual([]);
	});

	it('refuses a missing or wrong secret with 401, without reading the workspace', async () => {
		const { get, http } = endpoint({ ...CONNECTED, [SETTING.metricsToken]: SCRAPE_SECRET });
		const missing = await get();
		const wrong = await get({ authorization: 'Bearer scrape-secret-43' });
		expect([missing.status, wrong.status]).toEqual([401, 401]);
		expect(JSON.stringify([missing, wrong])).not.toContain(SCRAPE_SECRET);
		expect(http.requests).toEqual([]);
	});

	it('answers Prometheus text with the seats read from the workspace for the right secret', async () => {
		const { get, http } = endpoint({ ...CONNECTED, [SETTING.metricsToken]: SCRAPE_SECRET });
		const response = await get({ authorization: `Bearer ${SCRAPE_SECRET}` });
		expect(response.status).toBe(200);
		expect(response.headers?.['content-type']).toBe(METRICS_CONTENT_TYPE);
		expect(response.content).toMatch(/^licenseapp_seats_used 185$/m);
		expect(response.content).toMatch(/^licenseapp_seats_max 200$/m);
		expect(http.to(API_PATHS.licensesInfo)).toHaveLength(1);
	});
});
