/** The app's settings as Apps-Engine's settings page takes them: the domain's definitions with the engine's types. */
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

import type { SettingKind } from '../domain/settings';
import { SETTING_DEFINITIONS } from '../domain/settings';

const ENGINE_TYPE: Record<SettingKind, SettingType> = {
	string: SettingType.STRING,
	password: SettingType.PASSWORD,
	number: SettingType.NUMBER,
	boolean: SettingType.BOOLEAN,
};

/** Every setting, in display order, ready for provideSetting. */
export function engineSettings(): ISetting[] {
	return SETTING_DEFINITIONS.map((definition) => ({ ...definition, type: ENGINE_TYPE[definition.type] }));
}
