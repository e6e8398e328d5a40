/** The metrics endpoint's answers that come before any read of the workspace: off, refused, and ?token= turned off. */
import { toConfig } from '../../../lib/domain/settings';
import type { IAccessors } from '../../../lib/engine/accessors';
import { AppState } from '../../../lib/flows/appState';
import { QUERY_OFF, answerMetrics } from '../../../lib/flows/metrics';

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
