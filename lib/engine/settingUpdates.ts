/**
 * Checks a setting as the admin saves it: an invalid value is logged and the previous value stays in force.
 * A valid value gives undefined, which the engine reads as "keep the new setting": the engine logs what this hook
 * returns, so returning the setting itself would copy the access token into the app's logs.
 */
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';

import { loggableValue, redactProblem } from './redact';
import type { ISettingRejection } from '../domain/settingNotes';
import type { SettingId } from '../domain/settings';
import { SECRET_SETTINGS, SETTING_CHECKS } from '../domain/settings';
import { textsFor } from '../i18n/texts';
import { settingProblemLog } from '../render/settingsView';

/**
 * `rejected` remembers the refusal until a valid value is saved, so `/license check` can tell the admin (settingNotes.ts).
 * `secrets` are the configured secrets (configuredSecrets()): what is kept and logged passes redact() with them.
 */
export function guardSettingUpdate(
	context: ISettingUpdateContext,
	logger: ILogger,
	rejected: Map<SettingId, ISettingRejection>,
	secrets: readonly string[],
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
	// A secret setting's own new value is a secret too, refused or not.
	const newSecret = SECRET_SETTINGS.includes(id) && typeof newSetting.value === 'string' ? [newSetting.value] : [];
	const masked = [...secrets, ...newSecret];
	const kept = redactProblem(result.problem, masked);
	rejected.set(id, { problem: kept, at: now.toISOString() });
	const shown = loggableValue(newSetting.id, newSetting.value, masked);
	const problem = settingProblemLog(textsFor('en'), kept);
	logger.error(`Setting "${newSetting.id}" rejected: ${shown}: ${problem}. The previous value stays in force.`);
	return { ...newSetting, value: oldSetting.value ?? oldSetting.packageValue };
}
