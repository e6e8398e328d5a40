/**
 * The request checks of the real routes, with the validators Rocket.Chat itself runs (from @rocket.chat/rest-typings) wherever
 * that package ships them. One table: route → validator and how the server words the 400.
 *
 * Rocket.Chat has two kinds of route. Legacy ones (`API.v1.addRoute(..., { validateParams })`) throw a Meteor error, so the body
 * reads `{ success: false, error: '<ajv messages> [invalid-params]', errorType: 'invalid-params' }`. Typed ones
 * (`API.v1.get(..., { query })`, packages/http-router) answer `{ success: false, errorType: 'error-invalid-params', error: '<ajv messages>' }`.
 * Routes without a validator (licenses.get, licenses.maxActiveUsers, licenses.requestSeatsLink) accept any query.
 */
// Deep imports: the package index loads every endpoint's schemas (and is ESM with directory imports that Node refuses).
import { ajvQuery } from '@rocket.chat/rest-typings/dist/v1/Ajv';
import { isLicensesInfoProps } from '@rocket.chat/rest-typings/dist/v1/licenses';
import { isStatisticsListProps, isStatisticsProps } from '@rocket.chat/rest-typings/dist/v1/statistics';
import { isUserSetActiveStatusParamsPOST } from '@rocket.chat/rest-typings/dist/v1/users/UserSetActiveStatusParamsPOST';
import { isUsersListStatusProps } from '@rocket.chat/rest-typings/dist/v1/users/UsersListStatusParamsGET';

import type { IAnswer } from './errors';
import { invalidParams, json } from './errors';

/** An ajv validate function, as rest-typings exports them (its ajv 8 is nested, so typed by shape). */
export type Validator = ((data: unknown) => boolean) & { errors?: Array<{ message?: string }> | null };

export interface IRouteValidator {
	validate: Validator;
	/** How the server words the refusal (see the header comment). */
	router: 'legacy' | 'typed';
	/** Where the validator comes from, for whoever reads a refusal. */
	source: string;
}

/**
 * permissions.listAll's validator lives in the server (apps/meteor/app/api/server/v1/permissions.ts), not in rest-typings: the same
 * schema, compiled with rest-typings' query ajv instance as the server compiles it.
 */
const isPermissionsListAll = ajvQuery.compile({
	type: 'object',
	properties: { updatedSince: { type: 'string', nullable: true } },
	required: [],
	additionalProperties: false,
});

/** Keyed by the path after /api/v1/. Add a route here when the simulator serves it. */
export const ROUTE_VALIDATORS: Record<string, IRouteValidator> = {
	'licenses.info': { validate: isLicensesInfoProps, router: 'legacy', source: 'rest-typings isLicensesInfoProps' },
	'permissions.listAll': { validate: isPermissionsListAll, router: 'typed', source: 'server permissions.ts isPermissionsListAll' },
	'statistics': { validate: isStatisticsProps, router: 'typed', source: 'rest-typings isStatisticsProps' },
	'statistics.list': { validate: isStatisticsListProps, router: 'typed', source: 'rest-typings isStatisticsListProps' },
	'users.listByStatus': { validate: isUsersListStatusProps, router: 'legacy', source: 'rest-typings isUsersListStatusProps' },
	'users.setActiveStatus': {
		validate: isUserSetActiveStatusParamsPOST,
		router: 'legacy',
		source: 'rest-typings isUserSetActiveStatusParamsPOST',
	},
};

/**
 * Checks a request's parameters (query for GET, JSON body for POST) as the server would; `undefined` means accepted.
 * The validators coerce in place ("true" → true), so they get a copy.
 */
export function validateRequest(route: string, params: Record<string, unknown>): IAnswer | undefined {
	const entry = ROUTE_VALIDATORS[route];
	if (!entry || entry.validate(structuredClone(params))) {
		return undefined;
	}
	const message = (entry.validate.errors ?? []).map((error) => error.message).join('\n ');
	return entry.router === 'legacy'
		? invalidParams(message)
		: json(400, { success: false, errorType: 'error-invalid-params', error: message });
}
