/** The reader's language: their own preference, then the server's Language setting, then English. */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { readServerSetting } from './serverSettings';
import { SERVER_SETTING } from '../domain/serverSettings';
import type { Language } from '../i18n/texts';
import { pickLanguage } from '../i18n/texts';

export async function serverLanguage(read: IRead): Promise<Language> {
	const setting = await readServerSetting(read, SERVER_SETTING.language);
	return pickLanguage(typeof setting === 'string' ? setting : undefined);
}

export async function languageOf(read: IRead, user: IUser): Promise<Language> {
	const own = user.settings?.preferences?.language;
	return own ? pickLanguage(own, await serverLanguage(read)) : serverLanguage(read);
}
