/**
 * Checks a setting as the admin saves it: an invalid value is logged and the previous value stays in force.
 * A valid value gives undefined, which the engine reads as "keep the new setting": the engine logs what this hook
 * returns, so returning the setting itself would copy the access token into the app's logs.
 */
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';

import { loggableValue } from './redact';
import type { ISettingRejection } from '../domain/settingNotes';
import type { SettingId } from '../domain/settings';
import { SETTING, SETTING_CHECKS } from '../domain/settings';
import { textsFor } from '../i18n/texts';
import { settingProblemLog } from '../render/settingsView';

/** `rejected` remembers the refusal until a valid value is saved, so `/license check` can tell the admin (settingNotes.ts). */
export function guardSettingUpdate(
	context: ISettingUpdateContext,
	logger: ILogger,
	rejected: Map<SettingId, ISettingRejection>,
	now = new Date(),
): ISetting | undefined {
	const { oldSetting, newSetting } = context;
	const id = newSetting.id as SettingId;
	const check = SETTING_CHECKS[id] as (typeof SETTING_CHECKS)[SettingId] | undefined;
	const result = check ? check(newSetting.value) : ({ ok: true } as const);
	if (result.ok) {
		rejected.delete(id);
		return undefined;
	}
	rejected.set(id, { problem: result.problem, at: now.toISOString() });
	// The token's value is never written to a log, even a rejected one; other values are redacted and capped.
	const shown = loggableValue(newSetting.id, newSetting.value, [SETTING.token]);
	const problem = settingProblemLog(textsFor('en'), result.problem);
	logger.error(`Setting "${newSetting.id}" rejected: ${shown}: ${problem}. The previous value stays in force.`);
	return { ...newSetting, value: oldSetting.value ?? oldSetting.packageValue };
}
