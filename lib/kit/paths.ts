/** The workspace REST API this app reads: every path and the auth headers live here and nowhere else. */

export const API_PATHS = {
	licensesInfo: '/api/v1/licenses.info',
	licensesGet: '/api/v1/licenses.get',
	maxActiveUsers: '/api/v1/licenses.maxActiveUsers',
	permissions: '/api/v1/permissions.listAll',
	// Idle seats; also pending users for the seat breakdown
	usersListByStatus: '/api/v1/users.listByStatus',
	usersSetActiveStatus: '/api/v1/users.setActiveStatus',
	engagementActiveUsers: '/api/v1/engagement-dashboard/users/active-users',
	// Seats over time
	statistics: '/api/v1/statistics',
	statisticsList: '/api/v1/statistics.list',
	// The server's version (any caller; the full version with credentials): what a deactivation does on this server
	serverInfo: '/api/info',
	// For readers outside the engine (watch/): the server settings the app reads through Apps-Engine, and the admin room
	settingsPublic: '/api/v1/settings.public',
	chatPostMessage: '/api/v1/chat.postMessage',
} as const;

export type ApiPath = (typeof API_PATHS)[keyof typeof API_PATHS];

/**
 * Pages of the workspace the app links admins to; never requested by the app. `/admin/subscription` is the
 * Subscription page (client route `registerAdminRoute('/subscription')`); `/requestSeats` redirects a signed-in user
 * holding manage-cloud to Cloud's seat request, anyone else to a fallback page (see docs/rocketchat-api.md). The typed REST `licenses.requestSeatsLink` is no longer served by 6.x+ servers, so the app does not call it.
 */
export const WEB_PATHS = {
	subscription: '/admin/subscription',
	requestSeats: '/requestSeats',
} as const;

/** licenses.info rejects any other query parameter (cache-busters included) with 400 invalid-params. */
export const LICENSES_INFO_QUERY = { loadValues: 'true' };

export interface ICredentials {
	userId: string;
	token: string;
}

export function authHeaders(credentials: ICredentials): Record<string, string> {
	return { 'X-User-Id': credentials.userId, 'X-Auth-Token': credentials.token, 'Accept': 'application/json' };
}
