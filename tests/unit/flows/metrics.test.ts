/** metrics.ts: the Prometheus answer: 404 when off, 401 for a wrong or missing secret, the metrics text otherwise. */
import { SETTING, toConfig } from '../../../lib/domain/settings';
import type { IAccessors } from '../../../lib/engine/accessors';
import { recordCheckRun } from '../../../lib/engine/store';
import { AppState } from '../../../lib/flows/appState';
import { answerMetrics, QUERY_OFF } from '../../../lib/flows/metrics';
import { API_PATHS } from '../../../lib/kit/paths';
import { fakeAccessors } from '../fakes/accessors';
import { CONNECTED, TOKEN, licensedRoutes } from '../fakes/workspace';

const SECRET = 'scrape-secret-42';
const NOW = new Date('2026-11-19T09:00:00.000Z');
const config = toConfig({ ...CONNECTED, [SETTING.metricsToken]: SECRET });
const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` }, query: {} });

function setUp(routes = licensedRoutes({ seats: 185, cap: 200, now: NOW })) {
	return {
		...fakeAccessors({ serverSettings: { Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: 6 } }, routes),
		state: new AppState(),
	};
}

describe('answerMetrics', () => {
	it('is not found while no secret is set, whatever is sent', async () => {
		const { accessors, state, http } = setUp();
		const response = await answerMetrics(accessors, state, toConfig(CONNECTED), bearer(''));
		expect(response.status).toBe(404);
		expect(http.requests).toEqual([]);
	});

	it('asks for a bearer secret when none or a wrong one is sent, and reads nothing', async () => {
		const { accessors, state, http } = setUp();
		for (const request of [{ headers: {}, query: {} }, bearer('scrape-secret-4'), bearer(`${SECRET}x`)]) {
			const response = await answerMetrics(accessors, state, config, request);
			expect(response.status).toBe(401);
			expect(response.headers['www-authenticate']).toBe('Bearer');
		}
		expect(http.requests).toEqual([]);
	});

	it('answers the license, the air-gap countdown and the check’s own record as metrics text', async () => {
		const { accessors, state, persistence } = setUp();
		const ranAt = Date.parse('2026-11-19T08:00:00Z');
		await recordCheckRun(persistence.asRead(), persistence.asWrite(), ranAt, 'timeout');
		const response = await answerMetrics(accessors, state, config, bearer(SECRET));
		expect(response.status).toBe(200);
		expect(response.content).toMatch(/^licenseapp_seats_used 185$/m);
		expect(response.content).toMatch(/^licenseapp_airgap_remaining_days 6$/m);
		expect(response.content).toContain(`\nlicenseapp_check_last_run_timestamp_seconds ${ranAt / 1000}\n`);
		expect(response.content).toMatch(/^licenseapp_read_errors_total\{kind="timeout"\} 1$/m);
		expect(response.content).not.toContain(TOKEN);
	});

	it('reads the workspace once for scrapes in quick succession', async () => {
		const { accessors, state, http } = setUp();
		await answerMetrics(accessors, state, config, bearer(SECRET));
		await answerMetrics(accessors, state, config, bearer(SECRET));
		expect(http.to(API_PATHS.licensesInfo)).toHaveLength(1);
	});

	it('still answers when the workspace is down: no license metrics, one debug line', async () => {
		const { accessors, state, logger } = setUp({ [API_PATHS.licensesInfo]: { statusCode: 502, content: 'Bad Gateway' } });
		const response = await answerMetrics(accessors, state, config, bearer(SECRET));
		expect(response.status).toBe(200);
		expect(response.content).not.toContain('licenseapp_seats_used');
		expect(response.content).toContain('licenseapp_airgap_remaining_days 6');
		expect(logger.lines('debug')).toHaveLength(1);
		expect(logger.lines('warn')).toEqual([]);
	});
});

describe('the query secret', () => {
	/** No accessor is reached by these answers: any use of one fails the test. */
	const untouched = new Proxy({} as IAccessors, {
		get: (_target, name) => {
			throw new Error(`the answer used accessors.${String(name)}`);
		},
	});

	const SECRET = 'scrape-Me-7';
	const answer = (settings: Record<string, unknown>, headers: Record<string, string>, query: Record<string, string>) =>
		answerMetrics(untouched, new AppState(), toConfig(settings), { headers, query });

	describe('answerMetrics before reading the workspace', () => {
		it('is not found while the secret is empty', async () => {
			expect((await answer({}, { authorization: `Bearer ${SECRET}` }, {})).status).toBe(404);
		});

		it('refuses ?token= by default with 401 and an answer that says to send the header', async () => {
			const refused = await answer({ metrics_token: SECRET }, {}, { token: SECRET });
			expect(refused.status).toBe(401);
			expect(refused.content).toBe(QUERY_OFF);
			expect(refused.content).toMatch(/Authorization: Bearer/);
			expect(refused.content).not.toContain(SECRET);
			expect(refused.headers['www-authenticate']).toBe('Bearer');
		});

		it('answers a wrong secret with a bare 401, with or without the query allowed', async () => {
			for (const settings of [{ metrics_token: SECRET }, { metrics_token: SECRET, metrics_query_token: true }]) {
				const refused = await answer(settings, {}, { token: 'nope' });
				expect(refused.status).toBe(401);
				expect(refused.content).toBe(settings.metrics_query_token ? 'Unauthorized\n' : QUERY_OFF);
			}
			expect((await answer({ metrics_token: SECRET }, { authorization: 'Bearer nope' }, {})).content).toBe('Unauthorized\n');
		});
	});
});
