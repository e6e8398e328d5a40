/** workspaceRead.ts: the one read path: the client the settings describe, the run's deadline, API faults as values. */
import { toConfig } from '../../../lib/domain/settings';
import { AppState } from '../../../lib/flows/appState';
import { readWorkspace } from '../../../lib/flows/workspaceRead';
import { Deadline } from '../../../lib/kit/deadline';
import { API_PATHS } from '../../../lib/kit/paths';
import { BASE } from '../../support/kit';
import { fakeAccessors, jsonReply } from '../fakes/accessors';
import { CONNECTED } from '../fakes/workspace';

const INFO = { success: true, version: '7.4.0' };
const read = (client: { getJson(path: typeof API_PATHS.serverInfo): Promise<unknown> }) => client.getJson(API_PATHS.serverInfo);

afterEach(() => jest.useRealTimers());

describe('readWorkspace', () => {
	it('reads with a client on the configured workspace and says which', async () => {
		const { accessors } = fakeAccessors({}, { [API_PATHS.serverInfo]: jsonReply(INFO) });
		const result = await readWorkspace(accessors, new AppState(), toConfig(CONNECTED), Deadline.none(), read);
		expect(result).toEqual({ ok: true, value: INFO, serverUrl: BASE });
	});

	it('reads once while the app instance holds the answer: the cache is the state’s', async () => {
		const { accessors, http } = fakeAccessors({}, { [API_PATHS.serverInfo]: jsonReply(INFO) });
		const state = new AppState();
		await readWorkspace(accessors, state, toConfig(CONNECTED), Deadline.none(), read);
		await readWorkspace(accessors, state, toConfig(CONNECTED), Deadline.none(), read);
		expect(http.to(API_PATHS.serverInfo)).toHaveLength(1);
		await readWorkspace(accessors, new AppState(), toConfig(CONNECTED), Deadline.none(), read);
		expect(http.to(API_PATHS.serverInfo)).toHaveLength(2);
	});

	it('gives a fault of the API as a value, with the workspace it concerns; a missing setting too', async () => {
		const { accessors } = fakeAccessors({}, { [API_PATHS.serverInfo]: { statusCode: 503, content: 'down' } });
		const down = await readWorkspace(accessors, new AppState(), toConfig(CONNECTED), Deadline.none(), read);
		expect(down).toMatchObject({ ok: false, error: { kind: 'server-error' }, serverUrl: BASE });
		const unset = await readWorkspace(accessors, new AppState(), toConfig({ server_url: BASE }), Deadline.none(), read);
		expect(unset).toMatchObject({ ok: false, error: { kind: 'not-configured' }, serverUrl: BASE });
	});

	it('throws what is not a fault of the API: a bug must not pass for an answer', async () => {
		const { accessors } = fakeAccessors();
		const bug = () => Promise.reject(new TypeError('x is undefined'));
		await expect(readWorkspace(accessors, new AppState(), toConfig(CONNECTED), Deadline.none(), bug)).rejects.toThrow(TypeError);
	});

	it('waits no longer than the run’s deadline', async () => {
		jest.useFakeTimers();
		const { accessors } = fakeAccessors({}, { [API_PATHS.serverInfo]: () => new Promise(() => undefined) });
		const result = readWorkspace(accessors, new AppState(), toConfig(CONNECTED), new Deadline(2_000), read);
		await jest.advanceTimersByTimeAsync(2_000);
		expect(await result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
	});
});
