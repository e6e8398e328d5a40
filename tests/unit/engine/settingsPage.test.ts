/** settingsPage.ts: the domain's setting definitions in the engine's terms, as provideSetting takes them. */
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

import type { SettingId } from '../../../lib/domain/settings';
import { SETTING, SETTING_DEFINITIONS } from '../../../lib/domain/settings';
import { engineSettings } from '../../../lib/engine/settingsPage';

const typeOf = (id: SettingId) => engineSettings().find((entry) => entry.id === id)?.type;

describe('engineSettings', () => {
	it('gives every setting in display order, with what the domain defines', () => {
		expect(engineSettings().map(({ type: _type, ...rest }) => rest)).toEqual(SETTING_DEFINITIONS.map(({ type: _type, ...rest }) => rest));
	});

	it("maps each kind to the engine's type: numbers to int, secrets to password", () => {
		expect(typeOf(SETTING.timeoutMs)).toBe(SettingType.NUMBER);
		expect(typeOf(SETTING.failureDays)).toBe(SettingType.NUMBER);
		expect(typeOf(SETTING.mentionHere)).toBe(SettingType.BOOLEAN);
		expect(typeOf(SETTING.digest)).toBe(SettingType.BOOLEAN);
		expect(typeOf(SETTING.serverUrl)).toBe(SettingType.STRING);
		expect(typeOf(SETTING.userId)).toBe(SettingType.STRING);
		expect(typeOf(SETTING.token)).toBe(SettingType.PASSWORD);
		expect(typeOf(SETTING.webhookSecret)).toBe(SettingType.PASSWORD);
	});
});
