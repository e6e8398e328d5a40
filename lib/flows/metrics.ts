/**
 * The Prometheus endpoint's answer: off (404) without a secret, 401 for a wrong or missing one (or for one sent as
 * ?token= while that is off), else the metrics text.
 * A scrape reuses the cached license answer (lib/api/cache.ts keeps it SUCCESS_TTL_MS), so scraping every few seconds
 * reads the workspace at most once a minute.
 */
import type { AppState } from './appState';
import { readWorkspace } from './workspaceRead';
import { loadSnapshot } from '../api/loadSnapshot';
import { metricsAccess } from '../domain/secrets';
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

/** The answer to a secret sent as ?token= while the metrics_query_token setting is off. */
export const QUERY_OFF =
	'Send the secret as "Authorization: Bearer <secret>". ?token= is not accepted: a secret in a URL ends up in proxy and access logs (the setting metrics_query_token allows it).\n';

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
	const access = metricsAccess(config.metricsToken, config.metricsQueryToken, request.headers ?? {}, request.query ?? {});
	if (access === 'off') {
		return plain(404, 'Not found\n');
	}
	if (access !== 'granted') {
		// A scraper, not a person, reads these: plain English, as HTTP's own reason phrases.
		const content = access === 'query-off' ? QUERY_OFF : 'Unauthorized\n';
		return { ...plain(401, content), headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' } };
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
