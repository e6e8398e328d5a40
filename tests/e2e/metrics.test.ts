/** The Prometheus endpoint in the real engine: off without a secret, 401 without the right one, numbers with it. */
import type { ICaptured } from './harness';
import { cli, openSession } from './harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse = require('parse-prometheus-text-format') as (text: string) => Array<{ name: string; metrics: Array<{ value: string }> }>;

const SECRET = 'scrape-Me-7';
const AIR_GAP = 'Cloud_Workspace_AirGapped_Restrictions_Remaining_Days';

describe('the metrics endpoint', () => {
	let captured: ICaptured;
	beforeAll(async () => {
		captured = await openSession({ scenario: 'near-cap', serverSettings: { [AIR_GAP]: '5' } });
	});
	afterAll(() => captured.session.close());

	it('answers 404 while the secret setting is empty', async () => {
		const answer = await captured.session.api('metrics');
		expect(answer.status).toBe(404);
	});

	it('refuses a missing or wrong secret with 401 and no numbers, and serves the metrics for the right one', async () => {
		await captured.session.playground.setSetting('metrics_token', SECRET);
		for (const answer of [
			await captured.session.api('metrics'),
			await captured.session.api('metrics', { Authorization: 'Bearer scrape-me-7' }),
			await captured.session.api('metrics', { Authorization: `Bearer ${SECRET}x` }),
			await captured.session.api(`metrics?token=${SECRET}`),
		]) {
			expect(answer.status).toBe(401);
			expect(String(answer.body)).not.toMatch(/licenseapp_|\d{2,}/);
		}
		// The right secret in the URL is refused while metrics_query_token is off, with an answer that says why.
		expect(String((await captured.session.api(`metrics?token=${SECRET}`)).body)).toMatch(/Authorization: Bearer/);
		const before = captured.session.workspace?.calls.length ?? 0;
		const byHeader = await captured.session.api('metrics', { Authorization: `Bearer ${SECRET}` });
		await captured.session.playground.setSetting('metrics_query_token', true);
		const byQuery = await captured.session.api(`metrics?token=${SECRET}`);
		await captured.session.playground.setSetting('metrics_query_token', false);
		for (const answer of [byHeader, byQuery]) {
			expect(answer.status).toBe(200);
			expect(answer.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
		}
		const families = Object.fromEntries(parse(String(byHeader.body)).map((family) => [family.name, family.metrics]));
		expect(families.licenseapp_seats_used).toEqual([{ value: '185' }]);
		expect(families.licenseapp_seats_max).toEqual([{ value: '200' }]);
		expect(families.licenseapp_airgap_remaining_days).toEqual([{ value: '5' }]);
		// The second scrape reused the first one's answers: at most one license read a minute, however often it is scraped.
		const licenseReads = (captured.session.workspace?.calls ?? []).slice(before).filter((call) => call.path.includes('licenses.info'));
		expect(licenseReads.length).toBeLessThanOrEqual(1);
		expect(String(byHeader.body)).not.toContain(captured.session.token);
	});

	it('counts a failed daily check in the read-error counter and stamps the last run', async () => {
		await captured.session.playground.setSetting('access_token', 'wrong-token');
		await captured.session.job('daily-check');
		await captured.session.playground.setSetting('access_token', captured.session.token);
		const families = Object.fromEntries(
			parse(String((await captured.session.api('metrics', { Authorization: `Bearer ${SECRET}` })).body)).map((family) => [
				family.name,
				family.metrics,
			]),
		);
		expect(families.licenseapp_read_errors_total).toEqual([{ value: '1', labels: { kind: 'unauthorized' } }]);
		expect(Number(families.licenseapp_check_last_run_timestamp_seconds[0].value)).toBeGreaterThan(Date.now() / 1000 - 120);
		expect(families.licenseapp_check_last_success_timestamp_seconds).toBeUndefined();
	});
});

describe('--get and --header in the playground CLI', () => {
	it('prints each answer as one JSON line, with headers applying to the --get steps after them', async () => {
		const result = await cli([
			'--setting',
			`metrics_token=${SECRET}`,
			'--get',
			'metrics',
			'--header',
			`Authorization: Bearer ${SECRET}`,
			'--get',
			'/metrics',
			'--get',
			'nothing-here',
			'--json',
		]);
		expect(result.code).toBe(0);
		const lines = result.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { api: { status: number; headers: Record<string, string>; body: unknown } });
		expect(lines.map((line) => line.api.status)).toEqual([401, 200, 404]);
		expect(String(lines[1].api.body)).toContain('licenseapp_seats_used 120');
	});
});
