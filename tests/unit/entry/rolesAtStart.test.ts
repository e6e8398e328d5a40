/** rolesAtStart.ts: learns who may see license data when the app starts; best effort, never throws, never waits long. */
import { learnRolesAtStart } from '../../../lib/entry/rolesAtStart';
import { AppState } from '../../../lib/flows/appState';
import { API_PATHS } from '../../../lib/kit/paths';
import { fakeAccessors, jsonReply } from '../fakes/accessors';
import { CONNECTED, TOKEN, permissionsAnswer } from '../fakes/workspace';

afterEach(() => jest.useRealTimers());

describe('learnRolesAtStart', () => {
	it('keeps the roles of each permission for the configured workspace and token', async () => {
		const { accessors, http, logger } = fakeAccessors(
			{ settings: CONNECTED },
			{ [API_PATHS.permissions]: jsonReply(permissionsAnswer({ 'view-privileged-setting': ['admin', 'auditor'] })) },
		);
		const state = new AppState();
		await learnRolesAtStart(accessors.read, accessors.http, state, logger.asLogger());
		expect(http.to(API_PATHS.permissions)).toHaveLength(1);
		const [[identity, table]] = [...state.knownRoles.entries()];
		expect(identity).toContain(CONNECTED.server_url);
		expect(identity).not.toContain(TOKEN);
		expect(table['view-privileged-setting']).toEqual(['admin', 'auditor']);
	});

	it('reads nothing until the user id and the token are set', async () => {
		const { accessors, http, logger } = fakeAccessors({ settings: { server_url: CONNECTED.server_url, user_id: 'owner' } });
		const state = new AppState();
		await learnRolesAtStart(accessors.read, accessors.http, state, logger.asLogger());
		expect(http.requests).toEqual([]);
		expect(state.knownRoles.size).toBe(0);
	});

	it('tolerates an unreachable server: nothing learnt, one debug line without the token', async () => {
		const { accessors, logger } = fakeAccessors(
			{ settings: CONNECTED },
			{ [API_PATHS.permissions]: () => Promise.reject(new Error(`ECONNREFUSED with ${TOKEN}`)) },
		);
		const state = new AppState();
		await expect(learnRolesAtStart(accessors.read, accessors.http, state, logger.asLogger())).resolves.toBeUndefined();
		expect(state.knownRoles.size).toBe(0);
		expect(logger.lines('debug')).toHaveLength(1);
		expect(logger.lines('warn').concat(logger.lines('error'))).toEqual([]);
		expect(logger.text()).not.toContain(TOKEN);
	});

	it('stops waiting on a server that does not answer after a few seconds', async () => {
		jest.useFakeTimers();
		const { accessors, logger } = fakeAccessors({ settings: CONNECTED }, { [API_PATHS.permissions]: () => new Promise(() => undefined) });
		let done = false;
		const run = learnRolesAtStart(accessors.read, accessors.http, new AppState(), logger.asLogger()).then(() => {
			done = true;
		});
		await jest.advanceTimersByTimeAsync(2_500);
		expect(done).toBe(false);
		await jest.advanceTimersByTimeAsync(1_000);
		await run;
		expect(done).toBe(true);
		expect(logger.text()).toContain('timeout');
	});
});
