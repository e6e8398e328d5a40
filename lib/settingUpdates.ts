/** Checks a setting as the admin saves it: an invalid value is logged and the previous value stays in force. */
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';

import type { SettingId } from './settings';
import { SETTING, SETTING_CHECKS } from './settings';

export function guardSettingUpdate(context: ISettingUpdateContext, logger: ILogger): ISetting {
	const { oldSetting, newSetting } = context;
	const check = SETTING_CHECKS[newSetting.id as SettingId];
	const result = check ? check(newSetting.value) : ({ ok: true } as const);
	if (result.ok) {
		return newSetting;
	}
	// The token's value is never written to a log, even a rejected one.
	const shown = newSetting.id === SETTING.token ? '(hidden)' : JSON.stringify(newSetting.value);
	logger.error(`Setting "${newSetting.id}" rejected: ${shown}: ${result.problem}. The previous value stays in force.`);
	return { ...newSetting, value: oldSetting.value };
}
