/** The workspace REST API this app reads: every path and the auth headers live here and nowhere else. */

export const API_PATHS = {
	licensesInfo: '/api/v1/licenses.info',
	licensesGet: '/api/v1/licenses.get',
	maxActiveUsers: '/api/v1/licenses.maxActiveUsers',
	permissions: '/api/v1/permissions.listAll',
	statistics: '/api/v1/statistics',
	statisticsList: '/api/v1/statistics.list',
	usersListByStatus: '/api/v1/users.listByStatus',
} as const;

export type ApiPath = (typeof API_PATHS)[keyof typeof API_PATHS];

/** licenses.info rejects any other query parameter (cache-busters included) with 400 invalid-params. */
export const LICENSES_INFO_QUERY = { loadValues: 'true' };

export interface ICredentials {
	userId: string;
	token: string;
}

export function authHeaders(credentials: ICredentials): Record<string, string> {
	return { 'X-User-Id': credentials.userId, 'X-Auth-Token': credentials.token, 'Accept': 'application/json' };
}
