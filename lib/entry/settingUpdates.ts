/**
 * Checks a setting as the admin saves it: an invalid value is logged and the previous value stays in force.
 * A valid value gives SAVE_AS_SENT (undefined), which the engine reads as "save the new setting as sent": the engine
 * logs what this hook returns, so returning the setting itself would copy the access token into the app's logs.
 */
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';

import { loggableValue, redact, redactProblem } from '../domain/redact';
import type { ISettingRejection } from '../domain/settingNotes';
import type { SettingId } from '../domain/settings';
import { SECRET_SETTINGS, SETTING_CHECKS } from '../domain/settings';
import { textsFor } from '../i18n/texts';
import { settingProblemLog } from '../render/settingsView';

/**
 * What onPreSettingUpdate returns: the setting the engine saves, or SAVE_AS_SENT for the new setting as the admin sent
 * it. The engine saves `result || newSetting` (docs/rocketchat-api.md, "App settings and persistence").
 */
export type SettingToSave = ISetting | typeof SAVE_AS_SENT;
export const SAVE_AS_SENT = undefined;

/** True when redact() leaves the value as it is: nothing in it looks like a secret. */
function unchangedByRedact(value: unknown, secrets: readonly string[]): boolean {
	const text = typeof value === 'string' ? value : String(JSON.stringify(value));
	return redact(text, secrets, Number.MAX_SAFE_INTEGER) === text;
}

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
): SettingToSave {
	const { oldSetting, newSetting } = context;
	const id = newSetting.id as SettingId;
	const check = SETTING_CHECKS[id] as (typeof SETTING_CHECKS)[SettingId] | undefined;
	const result = check ? check(newSetting.value) : ({ ok: true } as const);
	if (result.ok) {
		rejected.delete(id);
		return SAVE_AS_SENT;
	}
	// A secret setting's own new value is a secret too, refused or not.
	const isSecret = SECRET_SETTINGS.includes(id);
	const masked = [...secrets, ...(isSecret && typeof newSetting.value === 'string' ? [newSetting.value] : [])];
	const kept = redactProblem(result.problem, masked);
	const shown = loggableValue(newSetting.id, newSetting.value, masked);
	const problem = settingProblemLog(textsFor('en'), kept);
	const previous = oldSetting.value ?? oldSetting.packageValue;
	if (isSecret || !unchangedByRedact(previous, masked)) {
		// The engine logs the setting this hook returns: returning a previous secret, or a previous value holding one, would
		// copy it into the log. Such a value is saved as typed instead, and its default applies until a usable one is saved.
		rejected.set(id, { problem: kept, at: now.toISOString(), saved: true });
		logger.error(`Setting "${newSetting.id}" cannot be used: ${shown}: ${problem}. It is saved, and its default applies.`);
		return SAVE_AS_SENT;
	}
	rejected.set(id, { problem: kept, at: now.toISOString() });
	logger.error(`Setting "${newSetting.id}" rejected: ${shown}: ${problem}. The previous value stays in force.`);
	return { ...newSetting, value: oldSetting.value ?? oldSetting.packageValue };
}
