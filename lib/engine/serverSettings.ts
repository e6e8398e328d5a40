/** The Rocket.Chat server settings this app reads (with the server-setting.read permission), and nothing else. */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

export const SERVER_SETTING = {
	/** The server's own address: the default workspace to read. */
	siteUrl: 'Site_Url',
	/** The server's language: for the admin room, and for callers without a preference. */
	language: 'Language',
} as const;

export async function readServerSetting(read: IRead, id: (typeof SERVER_SETTING)[keyof typeof SERVER_SETTING]): Promise<unknown> {
	return read
		.getEnvironmentReader()
		.getServerSettings()
		.getValueById(id)
		.catch(() => undefined);
}
