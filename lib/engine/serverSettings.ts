/** Reads the server settings of lib/domain/serverSettings.ts through the engine (the server-setting.read permission). */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

import { SERVER_SETTING, airGapDaysOf, siteUrlOf } from '../domain/serverSettings';

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

/** This workspace's Site_Url, to compare with the addresses a license names (lib/domain/licenseOrigin.ts). */
export async function readSiteUrl(read: IRead): Promise<string | undefined> {
	return siteUrlOf(await readServerSetting(read, SERVER_SETTING.siteUrl));
}
