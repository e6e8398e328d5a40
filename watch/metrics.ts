/**
 * --listen: the app's metrics for every workspace, each sample labelled `workspace`, plus `licenseapp_watch_up` (1 when
 * the last check read the workspace). Rendered by the app's own metricsText families; kept in memory for the process.
 */
import * as http from 'http';

import type { ICheckStats } from '../lib/domain/storedRecords';
import type { IFamily, IMetricsInput } from '../lib/render/metricsText';
import { METRICS_CONTENT_TYPE, metricFamilies, renderFamilies } from '../lib/render/metricsText';

export interface IReading {
	ok: boolean;
	kind?: string;
	input: Omit<IMetricsInput, 'stats'>;
	atMs: number;
}

export class WatchMetrics {
	private readonly workspaces = new Map<string, { input: Omit<IMetricsInput, 'stats'>; stats: ICheckStats; up: boolean }>();

	public record(name: string, reading: IReading): void {
		const known = this.workspaces.get(name);
		const stats: ICheckStats = { ...(known?.stats ?? { readErrors: {} }), lastRunMs: reading.atMs };
		if (reading.ok) {
			stats.lastSuccessMs = reading.atMs;
		} else if (reading.kind) {
			stats.readErrors = { ...stats.readErrors, [reading.kind]: (stats.readErrors[reading.kind] ?? 0) + 1 };
		}
		this.workspaces.set(name, { input: reading.ok ? reading.input : (known?.input ?? {}), stats, up: reading.ok });
	}

	public text(): string {
		const sources = [...this.workspaces.entries()].map(([workspace, { input, stats, up }]) => {
			const upFamily: IFamily = {
				name: 'licenseapp_watch_up',
				type: 'gauge',
				help: '1 when the last check read the workspace, else 0.',
				samples: [{ value: up ? 1 : 0 }],
			};
			return { labels: { workspace }, families: [upFamily, ...metricFamilies({ ...input, stats })] };
		});
		return renderFamilies(sources);
	}

	/** Serves GET /metrics on host:port; resolves with the address it listens on. */
	public listen(host: string, port: number): Promise<string> {
		const server = http.createServer((req, res) => {
			if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
				res.writeHead(404).end('Not found\n');
				return;
			}
			res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE }).end(this.text());
		});
		return new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, host, () => {
				const address = server.address();
				resolve(typeof address === 'object' && address ? `${address.address}:${address.port}` : `${host}:${port}`);
			});
		});
	}
}
