/**
 * The server settings the app reads through Apps-Engine, read over REST instead: settings.public answers the public,
 * not hidden ones without any permission (docs/rocketchat-api.md §16). Parsed by the app's own rules.
 */
import type { WorkspaceClient } from '../lib/api/client';
import { SERVER_SETTING, airGapDaysOf, siteUrlOf } from '../lib/domain/serverSettings';
import type { Language } from '../lib/i18n/texts';
import { pickLanguage } from '../lib/i18n/texts';
import { API_PATHS } from '../lib/kit/paths';

export interface IServerSettings {
	airGapDays?: number;
	siteUrl?: string;
	language: Language;
}

const WANTED = [SERVER_SETTING.siteUrl, SERVER_SETTING.language, SERVER_SETTING.airGapDays];

export async function readServerSettings(client: WorkspaceClient): Promise<IServerSettings> {
	const body = (await client.getJson(API_PATHS.settingsPublic, { _id: WANTED.join(',') }, 0)) as { settings?: unknown };
	const list = Array.isArray(body.settings) ? (body.settings as Array<{ _id?: unknown; value?: unknown }>) : [];
	const value = (id: string) => list.find((setting) => setting._id === id)?.value;
	const language = value(SERVER_SETTING.language);
	return {
		airGapDays: airGapDaysOf(value(SERVER_SETTING.airGapDays)),
		siteUrl: siteUrlOf(value(SERVER_SETTING.siteUrl)),
		language: pickLanguage(typeof language === 'string' ? language : undefined),
	};
}
