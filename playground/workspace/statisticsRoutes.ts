/**
 * The routes behind the seat history and breakdown: `statistics`, `statistics.list` (view-statistics, else 400
 * error-not-allowed) and `users.listByStatus` (pending accounts). Queries are checked with the validators the server
 * runs, from @rocket.chat/rest-typings.
 */
// Deep imports: the package index loads every endpoint's schemas.
import { isStatisticsListProps, isStatisticsProps } from '@rocket.chat/rest-typings/dist/v1/statistics';
import { isUsersListStatusProps } from '@rocket.chat/rest-typings/dist/v1/users/UsersListStatusParamsGET';

import type { IAnswer } from './errors';
import { invalidParams, json, notAllowed } from './errors';
import type { IRouteContext, IScenario, Route } from './scenarios';
import { buildStatisticsList, latestSnapshot } from './statistics';

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ message?: string }> | null };

const VALIDATORS: Partial<Record<Route, { validate: Validator; typed: boolean }>> = {
	// Typed routes (API.v1.get with a query schema) word the refusal differently from legacy addRoute ones.
	'statistics': { validate: isStatisticsProps as Validator, typed: true },
	'statistics.list': { validate: isStatisticsListProps as Validator, typed: true },
	'users.listByStatus': { validate: isUsersListStatusProps as Validator, typed: false },
};

export function validateStatisticsQuery(route: Route, query: Record<string, string>): IAnswer | undefined {
	const entry = VALIDATORS[route];
	// The validators coerce in place ("50" → 50), so they get a copy.
	if (!entry || entry.validate({ ...query })) {
		return undefined;
	}
	const message = (entry.validate.errors ?? []).map((error) => error.message).join('\n ');
	return entry.typed ? json(400, { success: false, errorType: 'error-invalid-params', error: message }) : invalidParams(message);
}

export function answerStatistics(scenario: IScenario, route: Route, ctx: IRouteContext): IAnswer {
	const options = {
		now: ctx.now,
		shape: scenario.history ?? 'recent',
		version: scenario.version,
		usage: scenario.usage,
		weekdayShare: scenario.weekdayShare,
	};
	if (route === 'users.listByStatus') {
		// Active accounts that never signed in (hasLoggedIn=false): about one in thirteen of the seats here.
		const pending = ctx.query.hasLoggedIn === 'false' ? Math.round(scenario.usage.activeUsers / 13) : scenario.usage.activeUsers;
		return json(200, { users: [], count: 0, offset: Number(ctx.query.offset ?? 0), total: pending, success: true });
	}
	if (!scenario.privileged || scenario.statistics === false) {
		return notAllowed();
	}
	if (route === 'statistics.list') {
		return json(200, buildStatisticsList(options, ctx.query));
	}
	return json(200, { ...latestSnapshot(options), success: true });
}
