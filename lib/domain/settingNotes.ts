/**
 * What is wrong with the settings as the admin left them: values refused when saved (the previous value stays in
 * force, lib/entry/settingUpdates.ts), values saved under an older, wider range (brought into today's), and email
 * recipients that are not addresses. Plain data, worded by
 * lib/render/settingsView.ts. The problems quote typed text as typed: the caller passes them through redactProblem
 * (lib/domain/redact.ts) before they are shown.
 */
import type { IAppConfig, SettingId, SettingProblem } from './settings';
import { SETTING, isEmailAddress, olderValues } from './settings';

export interface ISettingRejection {
	problem: SettingProblem;
	/** When it was refused (ISO). */
	at: string;
	/** Saved anyway and not used, its default applying (lib/entry/settingUpdates.ts): the previous value is not in force. */
	saved?: boolean;
}

export type SettingNote = { id: SettingId; problem: SettingProblem; rejectedAt?: string };

/** `saved` are the values as stored: one saved under an older, wider range is told with the value that applies now. */
export function settingNotes(
	rejected: ReadonlyMap<SettingId, ISettingRejection>,
	config: IAppConfig,
	saved: Partial<Record<SettingId, unknown>> = {},
): SettingNote[] {
	const notes: SettingNote[] = [...rejected].map(([id, { problem, at, saved: kept }]) =>
		kept ? { id, problem } : { id, problem, rejectedAt: at },
	);
	notes.push(...olderValues(saved));
	const notAddresses = config.emailRecipients.filter((address) => !isEmailAddress(address));
	if (notAddresses.length) {
		notes.push({ id: SETTING.emailRecipients, problem: { kind: 'not-email', items: notAddresses.join(', ') } });
	}
	return notes;
}
