/**
 * The routes behind the seat history and breakdown: `statistics` and `statistics.list` (view-statistics, else 400
 * error-not-allowed). Their queries are checked first by server.ts with the validators table (validators.ts); the
 * breakdown's pending-user count comes from the user directory's `users.listByStatus` (users.ts).
 */
import type { IAnswer } from './errors';
import { json, notAllowed } from './errors';
import type { IRouteContext, IScenario, Route } from './scenarios';
import { buildStatisticsList, latestSnapshot } from './statistics';

export function answerStatistics(scenario: IScenario, route: Route, ctx: IRouteContext): IAnswer {
	const options = {
		now: ctx.now,
		shape: scenario.history ?? 'recent',
		version: scenario.version,
		usage: scenario.usage,
		weekdayShare: scenario.weekdayShare,
	};
	if (!scenario.privileged || scenario.statistics === false) {
		return notAllowed();
	}
	if (route === 'statistics.list') {
		return json(200, buildStatisticsList(options, ctx.query));
	}
	return json(200, { ...latestSnapshot(options), success: true });
}
