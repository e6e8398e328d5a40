/** The Rocket.Chat server settings this app reads (with the server-setting.read permission), and nothing else. */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

export const SERVER_SETTING = {
	/** The server's own address: the default workspace to read. */
	siteUrl: 'Site_Url',
	/** The server's language: for the admin room, and for callers without a preference. */
	language: 'Language',
	/** Rocket.Chat's air-gap countdown (docs/rocketchat-api.md §9): -1 valid license, 8–10 quiet, 1–7 warning, 0 read-only. */
	airGapDays: 'Cloud_Workspace_AirGapped_Restrictions_Remaining_Days',
	/** Rocket.Chat's SMTP host: mail from apps goes out only when it is set (docs/rocketchat-api.md §11). */
	smtpHost: 'SMTP_Host',
} as const;

export async function readServerSetting(read: IRead, id: (typeof SERVER_SETTING)[keyof typeof SERVER_SETTING]): Promise<unknown> {
	return read
		.getEnvironmentReader()
		.getServerSettings()
		.getValueById(id)
		.catch(() => undefined);
}

/** The air-gap countdown in days (0–10), or undefined when it does not apply (-1, unset, unreadable). */
export async function readAirGapDays(read: IRead): Promise<number | undefined> {
	return airGapDaysOf(await readServerSetting(read, SERVER_SETTING.airGapDays));
}

/** The countdown from the setting's raw value, however it was read (the engine, or settings.public for watch/). */
export function airGapDaysOf(raw: unknown): number | undefined {
	const days = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	return typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : undefined;
}

/** This workspace's Site_Url, to compare with the addresses a license names (lib/domain/licenseOrigin.ts). */
export async function readSiteUrl(read: IRead): Promise<string | undefined> {
	return siteUrlOf(await readServerSetting(read, SERVER_SETTING.siteUrl));
}

export function siteUrlOf(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
