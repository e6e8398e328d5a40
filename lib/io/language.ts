/** The reader's language: their own preference, then the server's Language setting, then English. */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { Language } from '../i18n/texts';
import { pickLanguage } from '../i18n/texts';

export async function serverLanguage(read: IRead): Promise<Language> {
	const setting = await read
		.getEnvironmentReader()
		.getServerSettings()
		.getValueById('Language')
		.catch(() => undefined);
	return pickLanguage(typeof setting === 'string' ? setting : undefined);
}

export async function languageOf(read: IRead, user: IUser): Promise<Language> {
	const own = user.settings?.preferences?.language;
	return own ? pickLanguage(own, await serverLanguage(read)) : serverLanguage(read);
}
