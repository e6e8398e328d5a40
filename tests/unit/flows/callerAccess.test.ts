/** callerAccess.ts: the caller's permission from fresh roles, in one round trip for those the last known roles allowed. */
import type { ISnapshot } from '../../../lib/domain/snapshot';
import { KEYS } from '../../../lib/engine/store';
import { AppState } from '../../../lib/flows/appState';
import { callerMaySee, learnRoles } from '../../../lib/flows/callerAccess';
import { ApiError } from '../../../lib/kit/errors';
import { API_PATHS } from '../../../lib/kit/paths';
import { fakeAccessors, jsonReply, user } from '../fakes/accessors';
import { clientOn, permissionsAnswer } from '../fakes/workspace';

const LICENSED = { license: { plan: 'Enterprise' } } as unknown as ISnapshot;
const COMMUNITY = { license: null } as unknown as ISnapshot;
const table = (...roles: string[]) => permissionsAnswer({ 'view-privileged-setting': roles, 'mention-here': [] });

/** permissions.listAll that answers only when the test says so. */
function heldRoles() {
	let answer: (roles: string[]) => void = () => undefined;
	const route = () =>
		new Promise<ReturnType<typeof jsonReply>>((resolve) => {
			answer = (roles) => resolve(jsonReply(table(...roles)));
		});
	return { route, answer: (...roles: string[]) => answer(roles) };
}

function setUp(roles: string[] = ['admin']) {
	const fakes = fakeAccessors({}, { [API_PATHS.permissions]: jsonReply(table(...roles)) });
	const state = new AppState();
	return { ...fakes, state, client: clientOn(fakes.http, state.responses) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('callerMaySee', () => {
	it('reads the roles first when none are known, and a refused caller causes no license read', async () => {
		const { accessors, state, client } = setUp();
		const prefetch = jest.fn(async () => LICENSED);
		expect(await callerMaySee(accessors, state, client, user('bob', ['user']), prefetch)).toBe(false);
		expect(prefetch).not.toHaveBeenCalled();
	});

	it('allows a caller whose role holds the permission, and keeps the roles in memory and in persistence', async () => {
		const { accessors, state, client, persistence } = setUp(['admin', 'auditor']);
		expect(await callerMaySee(accessors, state, client, user('ann', ['auditor']), async () => LICENSED)).toBe(true);
		expect(state.knownRoles.get(client.identity)?.['view-privileged-setting']).toEqual(['admin', 'auditor']);
		expect(persistence.get(KEYS.knownRoles)).toHaveLength(1);
	});

	it('starts the license read together with the roles when the known roles allowed the caller', async () => {
		const { accessors, state, client, http } = setUp();
		await learnRoles(state, client);
		const roles = heldRoles();
		http.routes[API_PATHS.permissions] = roles.route;
		const prefetch = jest.fn(async () => LICENSED);
		const allowed = callerMaySee(accessors, state, clientOn(http), user('ada', ['admin']), prefetch);
		await flush();
		expect(prefetch).toHaveBeenCalledTimes(1);
		roles.answer('admin');
		expect(await allowed).toBe(true);
	});

	it('reads no license for a caller the known roles refuse, even if the fresh roles then allow them', async () => {
		const { accessors, state, client, http } = setUp(['admin']);
		await learnRoles(state, client);
		http.routes[API_PATHS.permissions] = jsonReply(table('admin', 'auditor'));
		const prefetch = jest.fn(async () => LICENSED);
		expect(await callerMaySee(accessors, state, clientOn(http), user('ann', ['auditor']), prefetch)).toBe(true);
		expect(prefetch).not.toHaveBeenCalled();
	});

	it('never honours a withdrawn grant: the fresh roles decide, even after the license was read', async () => {
		const { accessors, state, client, http } = setUp(['admin', 'auditor']);
		await learnRoles(state, client);
		http.routes[API_PATHS.permissions] = jsonReply(table('admin'));
		const prefetch = jest.fn(async () => LICENSED);
		expect(await callerMaySee(accessors, state, clientOn(http), user('ann', ['auditor']), prefetch)).toBe(false);
		expect(prefetch).toHaveBeenCalledTimes(1);
	});

	it('refuses a caller who also holds guest while the workspace is licensed, and allows them on Community', async () => {
		const guest = user('gus', ['guest', 'admin']);
		const licensed = setUp();
		expect(await callerMaySee(licensed.accessors, licensed.state, licensed.client, guest, async () => LICENSED)).toBe(false);
		const community = setUp();
		expect(await callerMaySee(community.accessors, community.state, community.client, guest, async () => COMMUNITY)).toBe(true);
	});

	it('throws the API’s error when the roles cannot be read', async () => {
		const { accessors, state, client, http } = setUp();
		http.routes[API_PATHS.permissions] = { statusCode: 401, content: '{"success":false}' };
		await expect(callerMaySee(accessors, state, client, user('ada', ['admin']), async () => LICENSED)).rejects.toBeInstanceOf(ApiError);
	});

	it('uses roles a command kept in persistence when this instance knows none', async () => {
		const first = setUp();
		await callerMaySee(first.accessors, first.state, first.client, user('ada', ['admin']), async () => LICENSED);
		// A new instance over the same persistence: the known roles come from there, so the license is read at once.
		const prefetch = jest.fn(async () => LICENSED);
		await callerMaySee(first.accessors, new AppState(), clientOn(first.http), user('ada', ['admin']), prefetch);
		expect(prefetch).toHaveBeenCalledTimes(1);
	});
});
