/**
 * A workspace for the fakes of accessors.ts: the app's settings that connect to it, and the few minimal answers the
 * flows read (licenses.info, permissions.listAll), written by hand. Richer license bodies are in tests/unit/fixtures/.
 */
import type { IRequest, Route, ScriptedHttp } from './accessors';
import { failure, jsonReply } from './accessors';
import type { ResponseCache } from '../../../lib/api/cache';
import { WorkspaceClient } from '../../../lib/api/client';
import { DAY_MS } from '../../../lib/domain/dates';
import { API_PATHS } from '../../../lib/kit/paths';
import type { IFakeUser } from '../../support/idleWorkspace';
import { listByStatus } from '../../support/idleWorkspace';
import { BASE } from '../../support/kit';
import { DEFAULT_PERMISSION_ROLES } from '../fixtures/permissions';

export const OWNER_ID = 'owner';
/** Shaped like a personal access token, so a leak of it is also caught by redact()'s token rule. */
export const TOKEN = 'Tk9pZXhhbXBsZS1zZWNyZXQtdG9rZW4tdmFsdWUtMTIz';

/** The settings that let the app read BASE as OWNER_ID. */
export const CONNECTED = { server_url: BASE, user_id: OWNER_ID, access_token: TOKEN };

/** licenses.info?loadValues=true for a licensed workspace: `seats` of `cap` used, the license ending `endsInDays` after `now`. */
export function minimalLicensesInfo(o: { seats: number; cap: number; now: Date; endsInDays?: number }) {
	const end = new Date(o.now.getTime() + (o.endsInDays ?? 200) * DAY_MS).toISOString();
	return {
		success: true,
		license: {
			license: {
				version: '3.0',
				information: { visualExpiration: end, tags: [{ name: 'Enterprise', color: '#F3BE08' }], trial: false },
				validation: { serverUrls: [], validPeriods: [{ validUntil: end, invalidBehavior: 'invalidate_license' }] },
				limits: { activeUsers: [{ max: o.cap, behavior: 'prevent_action' }] },
				grantedModules: [],
			},
			activeModules: [],
			limits: {
				activeUsers: { max: o.cap, value: o.seats },
				guestUsers: { max: -1, value: 0 },
				monthlyActiveContacts: { max: -1, value: 0 },
				privateApps: { max: -1, value: 0 },
				marketplaceApps: { max: -1, value: 0 },
			},
			tags: [{ name: 'Enterprise', color: '#F3BE08' }],
		},
	};
}

/** permissions.listAll: the roles holding each permission named. */
export const permissionsAnswer = (table: Record<string, string[]>) => ({
	success: true,
	update: Object.entries(table).map(([permission, roles]) => ({ _id: permission, roles })),
	remove: [],
});

/** The routes of a licensed workspace with default permissions. */
export const licensedRoutes = (o: { seats: number; cap: number; now: Date; endsInDays?: number }): Record<string, Route> => ({
	[API_PATHS.licensesInfo]: jsonReply(minimalLicensesInfo(o)),
	[API_PATHS.permissions]: jsonReply(permissionsAnswer(DEFAULT_PERMISSION_ROLES)),
});

/** A client on BASE as OWNER_ID over the fake HTTP, sharing `state`'s cache as the app's clients do. */
export const clientOn = (http: ScriptedHttp, cache?: ResponseCache, timeoutMs = 5_000): WorkspaceClient =>
	new WorkspaceClient(http, { baseUrl: BASE, credentials: { userId: OWNER_ID, token: TOKEN }, timeoutMs }, cache);

/** A user who last logged in `daysAgo` days before `now` (undefined: never, a pending user). */
export const member = (id: string, now: Date, daysAgo: number | undefined, roles = ['user']): IFakeUser => ({
	_id: id,
	username: id,
	roles,
	active: true,
	type: 'user',
	...(daysAgo !== undefined && { lastLogin: new Date(now.getTime() - daysAgo * DAY_MS) }),
});

/**
 * users.listByStatus (the fake of tests/support/idleWorkspace.ts, as the server filters, sorts and pages) and
 * users.setActiveStatus over a plain list of users; the engagement dashboard is missing (404), so no cross-check applies.
 */
export function directoryRoutes(users: IFakeUser[]): Record<string, Route> {
	const list = (request: IRequest) => jsonReply(listByStatus(users, request.params ?? {}));
	const setActive = (request: IRequest) => {
		const { userId, activeStatus } = request.data as { userId: string; activeStatus: boolean };
		const target = users.find((entry) => entry._id === userId);
		if (!target) {
			return failure(400, 'error-invalid-user');
		}
		target.active = activeStatus;
		return jsonReply({ success: true, user: target });
	};
	return { [API_PATHS.usersListByStatus]: list, [API_PATHS.usersSetActiveStatus]: setActive };
}
