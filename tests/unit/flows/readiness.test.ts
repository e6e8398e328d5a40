/** readiness.ts: the readiness lines from answers already at hand: the cached roles, the engine's users, the settings. */
import { readRoleTable } from '../../../lib/api/permissions';
import type { Feature, Readiness } from '../../../lib/domain/readiness/features';
import { toConfig } from '../../../lib/domain/settings';
import type { ISnapshot } from '../../../lib/domain/snapshot';
import { readinessOf } from '../../../lib/flows/readiness';
import { API_PATHS } from '../../../lib/kit/paths';
import { fakeAccessors, jsonReply, user } from '../fakes/accessors';
import { CONNECTED, OWNER_ID, clientOn, permissionsAnswer } from '../fakes/workspace';
import { DEFAULT_PERMISSION_ROLES } from '../fixtures/permissions';

const SNAPSHOT = { license: { plan: 'Enterprise' }, modules: ['engagement-dashboard'] } as unknown as ISnapshot;
const line = (lines: Readiness[], feature: Feature) => lines.find((entry) => entry.feature === feature);

function setUp(o: { ownerRoles?: string[]; smtp?: string; table?: Record<string, string[]>; appRoles?: string[] } = {}) {
	const fakes = fakeAccessors(
		{
			users: [user(OWNER_ID, o.ownerRoles ?? ['admin'])],
			serverSettings: o.smtp === undefined ? {} : { SMTP_Host: o.smtp },
			...(o.appRoles && { appUser: user('app-user', o.appRoles) }),
		},
		{
			[API_PATHS.permissions]: jsonReply(permissionsAnswer({ ...DEFAULT_PERMISSION_ROLES, 'view-d-room': ['user', 'admin'], ...o.table })),
		},
	);
	return { ...fakes, client: clientOn(fakes.http) };
}

describe('readinessOf', () => {
	it('costs no request once the permission check has read the roles', async () => {
		const { accessors, client, http } = setUp();
		await readRoleTable(client, 0);
		const lines = await readinessOf(accessors, client, toConfig(CONNECTED), SNAPSHOT);
		expect(http.requests).toHaveLength(1);
		expect(line(lines, 'license')).toEqual({ feature: 'license', on: true });
		expect(line(lines, 'deactivate')).toEqual({ feature: 'deactivate', on: true });
	});

	it('judges the token’s owner by their roles in this workspace', async () => {
		const { accessors, client } = setUp({ ownerRoles: ['user'] });
		const lines = await readinessOf(accessors, client, toConfig(CONNECTED), SNAPSHOT);
		expect(line(lines, 'license')).toMatchObject({ on: false, fix: { kind: 'owner-permission', permission: 'view-privileged-setting' } });
		expect(line(lines, 'idle')).toMatchObject({ on: true });
	});

	it('judges @here by the app user’s roles from the engine', async () => {
		const byDefault = setUp();
		expect(line(await readinessOf(byDefault.accessors, byDefault.client, toConfig(CONNECTED), SNAPSHOT), 'mention-here')).toMatchObject({
			on: false,
		});
		const granted = setUp({ appRoles: ['app', 'notifier'], table: { 'mention-here': ['notifier'] } });
		expect(line(await readinessOf(granted.accessors, granted.client, toConfig(CONNECTED), SNAPSHOT), 'mention-here')).toMatchObject({
			on: true,
		});
	});

	it('says email needs the server’s SMTP host when recipients are set but the host is blank', async () => {
		const config = toConfig({ ...CONNECTED, email_recipients: 'it@example.com' });
		const blank = setUp({ smtp: '  ' });
		expect(line(await readinessOf(blank.accessors, blank.client, config, SNAPSHOT), 'email')).toMatchObject({
			on: false,
			fix: { kind: 'smtp' },
		});
		const set = setUp({ smtp: 'smtp.example.com' });
		expect(line(await readinessOf(set.accessors, set.client, config, SNAPSHOT), 'email')).toEqual({ feature: 'email', on: true });
	});

	it('answers "unknown" instead of failing when the roles cannot be read', async () => {
		const { accessors, client, http } = setUp();
		http.routes[API_PATHS.permissions] = { statusCode: 500, content: 'oops' };
		const lines = await readinessOf(accessors, client, toConfig(CONNECTED), undefined);
		expect(line(lines, 'license')).toEqual({ feature: 'license', on: 'unknown' });
		expect(line(lines, 'mention-here')).toEqual({ feature: 'mention-here', on: 'unknown' });
	});
});
