/** The Rocket.Chat server settings this app reads, and nothing else, with how their raw values are read. */
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

/** The countdown from the setting's raw value, however it was read (the engine, or settings.public for watch/). */
export function airGapDaysOf(raw: unknown): number | undefined {
	const days = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	return typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : undefined;
}

/** The Site_Url from its raw value, however it was read. */
export function siteUrlOf(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
