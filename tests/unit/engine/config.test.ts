/** config.ts: the app's settings, read through the engine, become one IAppConfig and the client it describes. */
import { ResponseCache } from '../../../lib/api/cache';
import { DEFAULTS, SETTING } from '../../../lib/domain/settings';
import { openClient, readConfig, readSecrets, resolveServerUrl } from '../../../lib/engine/config';
import { API_PATHS } from '../../../lib/kit/paths';
import { BASE, rejection } from '../../support/kit';
import { fakeAccessors, jsonReply } from '../fakes/accessors';
import { CONNECTED, TOKEN } from '../fakes/workspace';

describe('readConfig', () => {
	it('reads every setting by its id and converts it: seconds become milliseconds, lists become numbers', async () => {
		const { accessors } = fakeAccessors({
			settings: { ...CONNECTED, [SETTING.timeoutMs]: 5, [SETTING.seatPercents]: '70, 95', [SETTING.adminRoom]: '#admins' },
		});
		const config = await readConfig(accessors.read);
		expect(config).toMatchObject({ serverUrl: BASE, userId: 'owner', token: TOKEN, timeoutMs: 5000, seatPercents: [95, 70] });
		expect(config.adminRoom).toBe('admins');
	});

	it('takes the default for a value that fails its check and for a setting the engine cannot read', async () => {
		const { accessors } = fakeAccessors({ settings: { [SETTING.seatPercents]: 'lots', [SETTING.timeoutMs]: 0 } });
		const config = await readConfig(accessors.read);
		expect(config.seatPercents).toEqual([100, 90, 80]);
		expect(config.timeoutMs).toBe((DEFAULTS[SETTING.timeoutMs] as number) * 1000);
		// The idle days are not set, so reading them rejects: the config still has their default.
		expect(config.idleDays).toBe(DEFAULTS[SETTING.idleDays]);
	});
});

describe('readSecrets', () => {
	it('gives each saved secret as typed and trimmed, and nothing of the other settings', async () => {
		const { accessors } = fakeAccessors({
			settings: { ...CONNECTED, [SETTING.webhookSecret]: '  hook secret ', [SETTING.metricsToken]: 42, [SETTING.adminRoom]: 'admins' },
		});
		const secrets = await readSecrets(accessors.read);
		expect(secrets).toEqual(expect.arrayContaining([TOKEN, '  hook secret ', 'hook secret']));
		expect(secrets).not.toContain('admins');
		expect(secrets).not.toContain(42);
	});
});

describe('resolveServerUrl', () => {
	it('prefers the server URL setting, else this server’s Site_Url, else nothing', async () => {
		const { accessors, world } = fakeAccessors({ serverSettings: { Site_Url: 'https://site.example.org' } });
		expect(await resolveServerUrl(accessors.read, await readConfig(accessors.read))).toBe('https://site.example.org');
		world.settings[SETTING.serverUrl] = BASE;
		expect(await resolveServerUrl(accessors.read, await readConfig(accessors.read))).toBe(BASE);
		world.settings[SETTING.serverUrl] = '';
		world.serverSettings.Site_Url = 'not a url';
		expect(await resolveServerUrl(accessors.read, await readConfig(accessors.read))).toBeUndefined();
	});
});

describe('openClient', () => {
	it('refuses before any request when the user id or the token is missing, naming both', async () => {
		const { accessors, http } = fakeAccessors({ settings: { server_url: BASE } });
		const error = await rejection(openClient(accessors.read, accessors.http, await readConfig(accessors.read), new ResponseCache()));
		expect(error.kind).toBe('not-configured');
		expect(error.detail.missing).toEqual([SETTING.userId, SETTING.token]);
		expect(http.requests).toEqual([]);
	});

	it('refuses without a server URL or Site_Url, and refuses http:// to another host unless allowed', async () => {
		const { accessors, world } = fakeAccessors({ settings: { ...CONNECTED, server_url: '' } });
		const open = async () => openClient(accessors.read, accessors.http, await readConfig(accessors.read), new ResponseCache());
		expect((await rejection(open())).kind).toBe('invalid-url');
		world.serverSettings.Site_Url = 'http://chat.example.com';
		expect((await rejection(open())).kind).toBe('insecure-url');
		world.settings[SETTING.allowHttp] = true;
		expect((await open()).baseUrl).toBe('http://chat.example.com');
	});

	it('opens a client on the configured workspace that sends the configured credentials within the timeout', async () => {
		const { accessors, http } = fakeAccessors(
			{ settings: { ...CONNECTED, [SETTING.timeoutMs]: 7 } },
			{ [API_PATHS.serverInfo]: jsonReply({ success: true, version: '7.0.0' }) },
		);
		const client = await openClient(accessors.read, accessors.http, await readConfig(accessors.read), new ResponseCache());
		await client.getJson(API_PATHS.serverInfo);
		const [request] = http.requests;
		expect(request.url).toBe(`${BASE}${API_PATHS.serverInfo}`);
		expect(request.headers).toMatchObject({ 'X-User-Id': 'owner', 'X-Auth-Token': TOKEN });
		expect(request.timeout).toBeLessThanOrEqual(7000);
		expect(request.timeout).toBeGreaterThan(0);
	});
});
