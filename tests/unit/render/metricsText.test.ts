import { metricFamilies, metricsText, renderFamilies } from '../../../lib/render/metricsText';
import { NOW, community, enterprise, trial, unlimited, withSeats } from '../../support/kit';

// A real parser of the exposition format (dev dependency, no types published).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse = require('parse-prometheus-text-format') as (
	text: string,
) => Array<{ name: string; help: string; type: string; metrics: Array<{ value: string; labels?: Record<string, string> }> }>;

const STATS = { lastRunMs: NOW.getTime(), lastSuccessMs: NOW.getTime() - 86_400_000, readErrors: { timeout: 2, unauthorized: 1 } };

function families(text: string) {
	return Object.fromEntries(parse(text).map((family) => [family.name, family]));
}

describe('metricsText', () => {
	it('gives every metric a HELP and a TYPE that a Prometheus parser reads back, with the license numbers', () => {
		const text = metricsText({ snapshot: withSeats(185, 200), airGapDays: 3, stats: STATS });
		const parsed = families(text);
		for (const family of Object.values(parsed)) {
			expect(family.help.length).toBeGreaterThan(10);
			expect(['GAUGE', 'COUNTER']).toContain(family.type);
			expect(text).toContain(`# TYPE ${family.name} ${family.type.toLowerCase()}`);
		}
		expect(parsed.licenseapp_seats_used.metrics).toEqual([{ value: '185' }]);
		expect(parsed.licenseapp_seats_max.metrics).toEqual([{ value: '200' }]);
		expect(parsed.licenseapp_limit_max.metrics).toContainEqual({ value: '200', labels: { limit: 'activeUsers' } });
		expect(parsed.licenseapp_limit_prevented.metrics).toHaveLength(5);
		expect(parsed.licenseapp_license_valid.metrics).toEqual([{ value: '1' }]);
		expect(parsed.licenseapp_license_trial.metrics).toEqual([{ value: '0' }]);
		expect(parsed.licenseapp_airgap_remaining_days.metrics).toEqual([{ value: '3' }]);
		expect(parsed.licenseapp_check_last_run_timestamp_seconds.metrics).toEqual([{ value: String(NOW.getTime() / 1000) }]);
		expect(parsed.licenseapp_check_last_success_timestamp_seconds.metrics).toEqual([{ value: String(NOW.getTime() / 1000 - 86_400) }]);
		expect(parsed.licenseapp_read_errors_total).toMatchObject({
			type: 'COUNTER',
			metrics: [
				{ value: '2', labels: { kind: 'timeout' } },
				{ value: '1', labels: { kind: 'unauthorized' } },
			],
		});
		expect(text.endsWith('\n')).toBe(true);
	});

	it('gives the expiry as a Unix timestamp and flags a trial and a blocked limit', () => {
		const snapshot = trial();
		const parsed = families(metricsText({ snapshot, stats: { readErrors: {} } }));
		const end = snapshot.license?.enforcedExpiry ?? snapshot.license?.visualExpiry;
		expect(parsed.licenseapp_license_expiry_timestamp_seconds.metrics).toEqual([
			{ value: String(Math.floor(Date.parse(end as string) / 1000)) },
		]);
		expect(parsed.licenseapp_license_trial.metrics).toEqual([{ value: '1' }]);
		const blocked = families(metricsText({ snapshot: withSeats(200, 200, true), stats: { readErrors: {} } }));
		expect(blocked.licenseapp_limit_prevented.metrics).toContainEqual({ value: '1', labels: { limit: 'activeUsers' } });
	});

	it('leaves out a max that is unlimited, and what does not apply, rather than writing -1 or 0', () => {
		const text = metricsText({ snapshot: unlimited(), stats: { readErrors: {} } });
		const parsed = families(text);
		expect(parsed.licenseapp_seats_max).toBeUndefined();
		expect(parsed.licenseapp_airgap_remaining_days).toBeUndefined();
		expect(parsed.licenseapp_check_last_run_timestamp_seconds).toBeUndefined();
		expect(text).not.toMatch(/ -1$/m);
		expect(families(metricsText({ snapshot: community(), stats: { readErrors: {} } })).licenseapp_license_valid.metrics).toEqual([
			{ value: '0' },
		]);
	});

	it('keeps the check metrics but no license numbers when the license could not be read', () => {
		const parsed = families(metricsText({ stats: STATS }));
		expect(Object.keys(parsed).sort()).toEqual([
			'licenseapp_check_last_run_timestamp_seconds',
			'licenseapp_check_last_success_timestamp_seconds',
			'licenseapp_read_errors_total',
		]);
	});

	it('uses exactly the metric names dashboards depend on', () => {
		const parsed = families(metricsText({ snapshot: enterprise(), airGapDays: 0, stats: STATS }));
		expect(Object.keys(parsed).sort()).toEqual([
			'licenseapp_airgap_remaining_days',
			'licenseapp_check_last_run_timestamp_seconds',
			'licenseapp_check_last_success_timestamp_seconds',
			'licenseapp_license_expiry_timestamp_seconds',
			'licenseapp_license_trial',
			'licenseapp_license_valid',
			'licenseapp_limit_max',
			'licenseapp_limit_prevented',
			'licenseapp_limit_used',
			'licenseapp_read_errors_total',
			'licenseapp_seats_max',
			'licenseapp_seats_used',
		]);
	});
});

describe('renderFamilies', () => {
	it('merges several sources into one family per name, each sample with its source’s labels', () => {
		const text = renderFamilies([
			{ labels: { workspace: 'a' }, families: metricFamilies({ snapshot: withSeats(185, 200), stats: { readErrors: {} } }) },
			{ labels: { workspace: 'b' }, families: metricFamilies({ snapshot: withSeats(10, 50), stats: { readErrors: {} } }) },
		]);
		expect(text.match(/^# TYPE licenseapp_seats_used /gm)).toHaveLength(1);
		const seats = families(text).licenseapp_seats_used;
		expect(seats.metrics).toEqual([
			{ labels: { workspace: 'a' }, value: '185' },
			{ labels: { workspace: 'b' }, value: '10' },
		]);
		expect(families(text).licenseapp_limit_used.metrics).toContainEqual({ labels: { workspace: 'b', limit: 'activeUsers' }, value: '10' });
	});
});
