/**
 * The license as Prometheus text exposition format 0.0.4: one # HELP and # TYPE per metric, then its samples. Pure;
 * the metric names are a contract (dashboards and alert rules depend on them), so they are spelled out here only.
 */
import type { ISnapshot } from '../domain/snapshot';
import { licenseEnd, limitOf } from '../domain/snapshot';
import type { ICheckStats } from '../domain/storedRecords';

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export interface IMetricsInput {
	/** Undefined when the license could not be read for this scrape: the license metrics are then left out. */
	snapshot?: ISnapshot;
	/** Rocket.Chat's air-gap countdown (0–10), or undefined when it does not apply (-1: a valid license). */
	airGapDays?: number;
	stats: ICheckStats;
}

type Sample = { labels?: Record<string, string>; value: number };

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

/** One metric: its name, type and help, and its samples. */
export interface IFamily {
	name: string;
	type: 'gauge' | 'counter';
	help: string;
	samples: Sample[];
}

/** A family, or none when it has no sample (no # HELP for a metric that is absent). */
function family(name: string, type: IFamily['type'], help: string, samples: Sample[]): IFamily[] {
	return samples.length ? [{ name, type, help, samples }] : [];
}

const seconds = (ms: number) => Math.floor(ms / 1000);
const flag = (value: boolean) => (value ? 1 : 0);

export function metricFamilies({ snapshot, airGapDays, stats }: IMetricsInput): IFamily[] {
	const families: IFamily[] = [];
	if (snapshot) {
		const seats = limitOf(snapshot, 'activeUsers');
		const { limits } = snapshot;
		const end = licenseEnd(snapshot.license);
		families.push(
			...family(
				'licenseapp_seats_used',
				'gauge',
				'Active users counted against the seat cap.',
				seats.used === 'unknown' ? [] : [{ value: seats.used }],
			),
			...family(
				'licenseapp_seats_max',
				'gauge',
				'The seat cap; absent when unlimited.',
				seats.max === 'unlimited' ? [] : [{ value: seats.max }],
			),
			...family(
				'licenseapp_limit_used',
				'gauge',
				'Current usage of each license limit.',
				limits.flatMap((limit) => (limit.used === 'unknown' ? [] : [{ labels: { limit: limit.kind }, value: limit.used }])),
			),
			...family(
				'licenseapp_limit_max',
				'gauge',
				'The cap of each license limit; absent when unlimited.',
				limits.flatMap((limit) => (limit.max === 'unlimited' ? [] : [{ labels: { limit: limit.kind }, value: limit.max }])),
			),
			...family(
				'licenseapp_limit_prevented',
				'gauge',
				'1 when the server already blocks the action the limit guards, else 0.',
				limits.map((limit) => ({ labels: { limit: limit.kind }, value: flag(limit.prevented) })),
			),
			...family(
				'licenseapp_license_expiry_timestamp_seconds',
				'gauge',
				'When the license really ends, as a Unix timestamp; absent without a license or an end date.',
				end ? [{ value: seconds(new Date(end).getTime()) }] : [],
			),
			...family('licenseapp_license_trial', 'gauge', '1 when the license is a trial, else 0.', [
				{ value: flag(!!snapshot.license?.trial) },
			]),
			...family('licenseapp_license_valid', 'gauge', '1 when a valid license is active, 0 for Community limits.', [
				{ value: flag(!!snapshot.license) },
			]),
		);
	}
	families.push(
		...family(
			'licenseapp_airgap_remaining_days',
			'gauge',
			'Days before an air-gapped workspace turns read-only unless it reports its statistics to Rocket.Chat Cloud (0: restricted).',
			airGapDays === undefined ? [] : [{ value: airGapDays }],
		),
		...family(
			'licenseapp_check_last_success_timestamp_seconds',
			'gauge',
			'When the daily check last read the license, as a Unix timestamp.',
			stats.lastSuccessMs === undefined ? [] : [{ value: seconds(stats.lastSuccessMs) }],
		),
		...family(
			'licenseapp_check_last_run_timestamp_seconds',
			'gauge',
			'When the daily check last ran, as a Unix timestamp.',
			stats.lastRunMs === undefined ? [] : [{ value: seconds(stats.lastRunMs) }],
		),
		...family(
			'licenseapp_read_errors_total',
			'counter',
			'License reads that failed, by kind of error.',
			Object.entries(stats.readErrors)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([kind, value]) => ({ labels: { kind }, value })),
		),
	);
	return families;
}

/**
 * The families of several sources as one exposition, every sample labelled with its source's labels (the watcher's
 * `workspace`): one # HELP and # TYPE per name, as the format requires.
 */
export function renderFamilies(sources: Array<{ labels: Record<string, string>; families: IFamily[] }>): string {
	const merged = new Map<string, IFamily>();
	for (const { labels, families } of sources) {
		for (const item of families) {
			const samples = item.samples.map((sample) => ({ ...sample, labels: { ...labels, ...sample.labels } }));
			const known = merged.get(item.name);
			merged.set(item.name, known ? { ...known, samples: [...known.samples, ...samples] } : { ...item, samples });
		}
	}
	const lines = [...merged.values()].flatMap(({ name, type, help, samples }) => [
		`# HELP ${name} ${help}`,
		`# TYPE ${name} ${type}`,
		...samples.map(({ labels, value }) => {
			const pairs = Object.entries(labels ?? {}).map(([key, text]) => `${key}="${escapeLabel(text)}"`);
			return `${name}${pairs.length ? `{${pairs.join(',')}}` : ''} ${value}`;
		}),
	]);
	return `${lines.join('\n')}\n`;
}

export function metricsText(input: IMetricsInput): string {
	return renderFamilies([{ labels: {}, families: metricFamilies(input) }]);
}
