/**
 * The Prometheus endpoint's answer: off (404) without a secret, 401 for a wrong or missing one, else the metrics text.
 * A scrape reuses the cached license answer (lib/api/cache.ts keeps it SUCCESS_TTL_MS), so scraping every few seconds
 * reads the workspace at most once a minute.
 */
import type { AppState } from './appState';
import { readWorkspace } from './workspaceRead';
import { loadSnapshot } from '../api/loadSnapshot';
import { presentedSecret, sameSecret } from '../domain/secrets';
import type { IAppConfig } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { readAirGapDays } from '../engine/serverSettings';
import { loadCheckStats } from '../engine/store';
import { Deadline } from '../kit/deadline';
import { METRICS_CONTENT_TYPE, metricsText } from '../render/metricsText';

export interface IMetricsRequest {
	headers: Record<string, string | undefined>;
	query: Record<string, string | undefined>;
}

export interface IMetricsResponse {
	status: number;
	headers: Record<string, string>;
	content: string;
}

const plain = (status: number, content: string): IMetricsResponse => ({
	status,
	headers: { 'content-type': 'text/plain; charset=utf-8' },
	content,
});

export async function answerMetrics(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	request: IMetricsRequest,
): Promise<IMetricsResponse> {
	if (!config.metricsToken) {
		return plain(404, 'Not found\n');
	}
	const given = presentedSecret(request.headers ?? {}, request.query ?? {});
	if (given === undefined || !sameSecret(given, config.metricsToken)) {
		return { ...plain(401, 'Unauthorized\n'), headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' } };
	}
	const [read, airGapDays, stats] = await Promise.all([
		// A scrape is a run of its own, under the engine's time limit like a command.
		readWorkspace(accessors, state, config, new Deadline(), (client) => loadSnapshot(client)),
		readAirGapDays(accessors.read),
		loadCheckStats(accessors.read.getPersistenceReader()),
	]);
	if (!read.ok) {
		// A scraper calls every few seconds: debug, so a workspace that is down does not flood the log (the daily check warns).
		accessors.logger.debug(`Metrics scrape could not read the license: ${read.error.message}`);
	}
	return {
		status: 200,
		headers: { 'content-type': METRICS_CONTENT_TYPE },
		content: metricsText({ snapshot: read.ok ? read.value : undefined, airGapDays, stats }),
	};
}
