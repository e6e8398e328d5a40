/** serverSettings.ts: Rocket.Chat's settings through the engine; one that cannot be read counts as unset. */
import { SERVER_SETTING } from '../../../lib/domain/serverSettings';
import { readAirGapDays, readServerSetting, readSiteUrl } from '../../../lib/engine/serverSettings';
import { fakeAccessors } from '../fakes/accessors';

describe('server settings', () => {
	it('reads a setting by id, and gives undefined instead of throwing for one the engine refuses', async () => {
		const { accessors } = fakeAccessors({ serverSettings: { SMTP_Host: 'smtp.example.com' } });
		expect(await readServerSetting(accessors.read, SERVER_SETTING.smtpHost)).toBe('smtp.example.com');
		expect(await readServerSetting(accessors.read, SERVER_SETTING.language)).toBeUndefined();
	});

	it('reads the air-gap countdown as days, and -1 or garbage as not applying', async () => {
		const { accessors, world } = fakeAccessors();
		const days = (raw: unknown) => {
			world.serverSettings[SERVER_SETTING.airGapDays] = raw;
			return readAirGapDays(accessors.read);
		};
		expect(await days(5)).toBe(5);
		expect(await days('0')).toBe(0);
		expect(await days(-1)).toBeUndefined();
		expect(await days('soon')).toBeUndefined();
	});

	it('reads Site_Url trimmed, and an empty one as none', async () => {
		const { accessors, world } = fakeAccessors({ serverSettings: { Site_Url: ' https://chat.example.com ' } });
		expect(await readSiteUrl(accessors.read)).toBe('https://chat.example.com');
		world.serverSettings.Site_Url = '  ';
		expect(await readSiteUrl(accessors.read)).toBeUndefined();
	});
});
