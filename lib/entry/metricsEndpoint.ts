/** The app's `metrics` API endpoint (public: /api/apps/public/<app id>/metrics). Only wiring; the answer is lib/flows/metrics.ts. */
import type { App } from '@rocket.chat/apps-engine/definition/App';
import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IApiEndpointInfo, IApiRequest, IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import { ApiEndpoint } from '@rocket.chat/apps-engine/definition/api';

import { readConfig } from '../engine/config';
import type { AppState } from '../flows/appState';
import { answerMetrics } from '../flows/metrics';

export const METRICS_PATH = 'metrics';

export class MetricsEndpoint extends ApiEndpoint {
	public path = METRICS_PATH;

	constructor(
		app: App,
		private readonly state: AppState,
	) {
		super(app);
	}

	public async get(
		request: IApiRequest,
		_endpoint: IApiEndpointInfo,
		read: IRead,
		modify: IModify,
		http: IHttp,
		persis: IPersistence,
	): Promise<IApiResponse> {
		const logger = (this.app as App).getLogger();
		return answerMetrics({ read, modify, http, persis, logger }, this.state, await readConfig(read), request);
	}
}
