/**
 * The watcher's config file: workspaces to read, and the app's own settings (same ids, same checks, same defaults from
 * lib/domain/settings.ts). Secrets are named, never written: a token comes from an environment variable or a file.
 * Every problem is found before any request, each as one translated line.
 */
import type { IAppConfig, SettingId } from '../lib/domain/settings';
import { SETTING, SETTING_CHECKS, toConfig } from '../lib/domain/settings';
import type { Language, MessageKey, Params } from '../lib/i18n/texts';
import { pickLanguage, textsFor } from '../lib/i18n/texts';
import { settingProblemLog } from '../lib/render/settingsView';

export interface IWatchedWorkspace {
	name: string;
	config: IAppConfig;
}

export interface IWatchConfig {
	language: Language;
	workspaces: IWatchedWorkspace[];
}

/** The app's settings a config may set, at the top (every workspace) or in one workspace (that one only). */
const SETTINGS_IN_CONFIG: readonly SettingId[] = [
	SETTING.checkTime,
	SETTING.expiryDays,
	SETTING.seatPercents,
	SETTING.failureDays,
	SETTING.digest,
	SETTING.timeoutMs,
	SETTING.allowHttp,
];
const WORKSPACE_FIELDS = ['name', 'url', 'userId', 'tokenEnv', 'tokenFile', 'room', 'webhook', ...SETTINGS_IN_CONFIG];
const TOP_FIELDS = ['workspaces', 'language', 'webhook', ...SETTINGS_IN_CONFIG];
/** Fields that would hold a secret in the file itself. */
const SECRET_FIELDS = ['token', 'authToken', 'accessToken', SETTING.token, 'secret', SETTING.webhookSecret, 'password'];
/** A name is also a file name in --state-dir. */
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

export interface ISources {
	env: Record<string, string | undefined>;
	readFile: (path: string) => string;
}

type Problem = { key: MessageKey; params: Params };
type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

class Collector {
	readonly problems: Problem[] = [];

	add(key: MessageKey, params: Params = {}): undefined {
		this.problems.push({ key, params });
		return undefined;
	}
}

function knownFields(found: Collector, object: Obj, allowed: readonly string[], where: string): void {
	for (const field of Object.keys(object)) {
		if (SECRET_FIELDS.includes(field)) {
			found.add('watch_config_inline_secret', { field: `${where}${field}` });
		} else if (!allowed.includes(field)) {
			found.add('watch_config_unknown', { field: `${where}${field}` });
		}
	}
}

function text(found: Collector, object: Obj, field: string, where: string, required: boolean): string | undefined {
	const value = object[field];
	if (value === undefined) {
		return required ? found.add('watch_config_missing', { field: `${where}${field}` }) : undefined;
	}
	return typeof value === 'string' ? value : found.add('watch_config_not_text', { field: `${where}${field}` });
}

/** A secret from the environment or a file, never the config; undefined (with a problem) when it cannot be had. */
function secret(found: Collector, sources: ISources, object: Obj, where: string, envField: string, fileField?: string): string | undefined {
	const envName = text(found, object, envField, where, false);
	const fileName = fileField ? text(found, object, fileField, where, false) : undefined;
	if (fileField && (envName === undefined) === (fileName === undefined)) {
		return found.add('watch_config_token_source', { field: `${where.replace(/\.$/, '')}` });
	}
	if (envName !== undefined) {
		const value = sources.env[envName]?.trim();
		return value || found.add('watch_config_env_unset', { field: `${where}${envField}`, name: envName });
	}
	if (fileName !== undefined && fileField) {
		try {
			return (
				sources.readFile(fileName).trim() || found.add('watch_config_file_unreadable', { field: `${where}${fileField}`, name: fileName })
			);
		} catch {
			return found.add('watch_config_file_unreadable', { field: `${where}${fileField}`, name: fileName });
		}
	}
	return undefined;
}

/** The app's setting values in `object`, each checked by the app's own rule. */
function settingValues(found: Collector, object: Obj, where: string, language: Language): Partial<Record<SettingId, unknown>> {
	const values: Partial<Record<SettingId, unknown>> = {};
	for (const id of SETTINGS_IN_CONFIG) {
		if (object[id] === undefined) {
			continue;
		}
		const check = SETTING_CHECKS[id](object[id]);
		if (check.ok) {
			values[id] = object[id];
		} else {
			found.add('watch_config_setting', { field: `${where}${id}`, problem: settingProblemLog(textsFor(language), check.problem) });
		}
	}
	return values;
}

function webhookValues(found: Collector, sources: ISources, raw: unknown, where: string): Partial<Record<SettingId, unknown>> {
	if (raw === undefined) {
		return {};
	}
	if (!isObject(raw)) {
		return found.add('watch_config_not_object', { field: where.replace(/\.$/, '') }) ?? {};
	}
	knownFields(found, raw, ['url', 'secretEnv'], where);
	const url = text(found, raw, 'url', where, true);
	const check = SETTING_CHECKS[SETTING.webhookUrl](url);
	if (url !== undefined && !check.ok) {
		found.add('watch_config_setting', { field: `${where}url`, problem: settingProblemLog(textsFor('en'), check.problem) });
	}
	const secretValue = raw.secretEnv === undefined ? '' : secret(found, sources, raw, where, 'secretEnv');
	return { [SETTING.webhookUrl]: url, [SETTING.webhookSecret]: secretValue };
}

function workspace(
	found: Collector,
	sources: ISources,
	raw: unknown,
	index: number,
	shared: Partial<Record<SettingId, unknown>>,
	language: Language,
): IWatchedWorkspace | undefined {
	const where = `workspaces[${index}].`;
	if (!isObject(raw)) {
		return found.add('watch_config_not_object', { field: `workspaces[${index}]` });
	}
	knownFields(found, raw, WORKSPACE_FIELDS, where);
	const name = text(found, raw, 'name', where, true);
	if (name !== undefined && !NAME.test(name)) {
		found.add('watch_config_name', { field: `${where}name` });
	}
	const credentials: Array<[SettingId, unknown]> = [
		[SETTING.serverUrl, text(found, raw, 'url', where, true)],
		[SETTING.userId, text(found, raw, 'userId', where, true)],
		[SETTING.token, secret(found, sources, raw, where, 'tokenEnv', 'tokenFile')],
	];
	for (const [id, value] of credentials) {
		const check = value === undefined ? undefined : SETTING_CHECKS[id](value);
		if (check && !check.ok) {
			const field =
				id === SETTING.token
					? `${where}${raw.tokenEnv !== undefined ? 'tokenEnv' : 'tokenFile'}`
					: `${where}${id === SETTING.serverUrl ? 'url' : 'userId'}`;
			found.add('watch_config_setting', { field, problem: settingProblemLog(textsFor(language), check.problem) });
		}
	}
	const room = text(found, raw, 'room', where, false);
	const values = {
		...shared,
		...settingValues(found, raw, where, language),
		...webhookValues(found, sources, raw.webhook, `${where}webhook.`),
		...Object.fromEntries(credentials),
		[SETTING.adminRoom]: room ?? '',
	};
	return name === undefined ? undefined : { name, config: toConfig(values) };
}

/** The config, or one translated line per problem (in the config's language, else the environment's). */
export function parseWatchConfig(raw: unknown, sources: ISources): { ok: true; config: IWatchConfig } | { ok: false; problems: string[] } {
	const found = new Collector();
	const top = isObject(raw) ? raw : {};
	const language = pickLanguage(typeof top.language === 'string' ? top.language : undefined, sources.env.LC_ALL, sources.env.LANG);
	if (!isObject(raw)) {
		found.add('watch_config_not_object', { field: 'config' });
	}
	knownFields(found, top, TOP_FIELDS, '');
	const shared = { ...settingValues(found, top, '', language), ...webhookValues(found, sources, top.webhook, 'webhook.') };
	const list = top.workspaces;
	const workspaces: IWatchedWorkspace[] = [];
	if (!Array.isArray(list) || list.length === 0) {
		found.add('watch_config_no_workspaces');
	} else {
		list.forEach((entry, index) => {
			const parsed = workspace(found, sources, entry, index, shared, language);
			if (parsed && workspaces.some((other) => other.name === parsed.name)) {
				found.add('watch_config_duplicate', { field: `workspaces[${index}].name`, name: parsed.name });
			} else if (parsed) {
				workspaces.push(parsed);
			}
		});
	}
	const { t } = textsFor(language);
	return found.problems.length
		? { ok: false, problems: found.problems.map((problem) => t(problem.key, problem.params)) }
		: { ok: true, config: { language, workspaces } };
}

/** The config file's text as JSON, or the problem line. */
export function readConfigFile(file: string, sources: ISources): ReturnType<typeof parseWatchConfig> {
	const { t } = textsFor(pickLanguage(sources.env.LC_ALL, sources.env.LANG));
	let content: string;
	try {
		content = sources.readFile(file);
	} catch {
		return { ok: false, problems: [t('watch_config_unreadable', { file })] };
	}
	try {
		return parseWatchConfig(JSON.parse(content), sources);
	} catch {
		return { ok: false, problems: [t('watch_config_not_json', { file })] };
	}
}
