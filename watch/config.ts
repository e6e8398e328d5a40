/**
 * The watcher's config file: workspaces to read, and the app's own settings (same ids, same checks, same defaults from
 * lib/domain/settings.ts), plus the SMTP server the watcher mails through. Secrets are named, never written: a token or
 * password comes from an environment variable or a file. Every problem is found before any request, each as one
 * translated line.
 */
import type { WatchKey } from './texts';
import { watchTexts } from './texts';
import type { IAppConfig, SettingId, SettingProblem } from '../lib/domain/settings';
import { isEmailAddress, SETTING, SETTING_CHECKS, toConfig } from '../lib/domain/settings';
import type { Language, Params } from '../lib/i18n/texts';
import { pickLanguage, textsFor } from '../lib/i18n/texts';
import type { Json } from '../lib/kit/json';
import { isRecord } from '../lib/kit/json';
import { isLoopback } from '../lib/kit/transport';
import { settingProblemLog } from '../lib/render/settingsView';

/** Where the watcher's email goes out: an SMTP server, reached directly (nodemailer's transport options). */
export interface ISmtp {
	host: string;
	port: number;
	/** TLS from the first byte (port 465). */
	secure: boolean;
	/** Upgrade with STARTTLS, and give up rather than go on in plain text. */
	requireTLS: boolean;
	from: string;
	auth?: { user: string; pass: string };
}

export interface IWatchedWorkspace {
	name: string;
	config: IAppConfig;
	smtp?: ISmtp;
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
	SETTING.emailRecipients,
	SETTING.emailEveryNotice,
];
const WORKSPACE_FIELDS = ['name', 'url', 'userId', 'tokenEnv', 'tokenFile', 'room', 'webhook', 'smtp', ...SETTINGS_IN_CONFIG];
const TOP_FIELDS = ['workspaces', 'language', 'webhook', 'smtp', ...SETTINGS_IN_CONFIG];
const SMTP_FIELDS = ['host', 'port', 'secure', 'requireTLS', 'allowInsecure', 'from', 'user', 'passwordEnv', 'passwordFile'];
/** Fields that would hold a secret in the file itself. */
const SECRET_FIELDS = ['token', 'authToken', 'accessToken', SETTING.token, 'secret', SETTING.webhookSecret, 'password', 'pass'];
/** A name is also a file name in --state-dir. */
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

export interface ISources {
	env: Record<string, string | undefined>;
	readFile: (path: string) => string;
}

type Problem = { key: WatchKey; params: Params };

class Collector {
	readonly problems: Problem[] = [];

	add(key: WatchKey, params: Params = {}): undefined {
		this.problems.push({ key, params });
		return undefined;
	}
}

function knownFields(found: Collector, object: Json, allowed: readonly string[], where: string): void {
	for (const field of Object.keys(object)) {
		if (SECRET_FIELDS.includes(field)) {
			found.add('config_inline_secret', { field: `${where}${field}` });
		} else if (!allowed.includes(field)) {
			found.add('config_unknown', { field: `${where}${field}` });
		}
	}
}

function text(found: Collector, object: Json, field: string, where: string, required: boolean): string | undefined {
	const value = object[field];
	if (value === undefined) {
		return required ? found.add('config_missing', { field: `${where}${field}` }) : undefined;
	}
	return typeof value === 'string' ? value : found.add('config_not_text', { field: `${where}${field}` });
}

function flag(found: Collector, object: Json, field: string, where: string): boolean {
	const value = object[field];
	if (value === undefined || typeof value === 'boolean') {
		return value === true;
	}
	return found.add('config_not_boolean', { field: `${where}${field}` }) ?? false;
}

/** A secret from the environment or a file, never the config; undefined (with a problem) when it cannot be had. */
function secret(
	found: Collector,
	sources: ISources,
	object: Json,
	where: string,
	envField: string,
	fileField?: string,
): string | undefined {
	const envName = text(found, object, envField, where, false);
	const fileName = fileField ? text(found, object, fileField, where, false) : undefined;
	if (fileField && (envName === undefined) === (fileName === undefined)) {
		return found.add('config_secret_source', { field: `${where.replace(/\.$/, '')}`, env: envField, file: fileField });
	}
	if (envName !== undefined) {
		const value = sources.env[envName]?.trim();
		return value || found.add('config_env_unset', { field: `${where}${envField}`, name: envName });
	}
	if (fileName !== undefined && fileField) {
		try {
			return sources.readFile(fileName).trim() || found.add('config_file_unreadable', { field: `${where}${fileField}`, name: fileName });
		} catch {
			return found.add('config_file_unreadable', { field: `${where}${fileField}`, name: fileName });
		}
	}
	return undefined;
}

/** The app's setting values in `object`, each checked by the app's own rule. */
function settingValues(found: Collector, object: Json, where: string, language: Language): Partial<Record<SettingId, unknown>> {
	const values: Partial<Record<SettingId, unknown>> = {};
	for (const id of SETTINGS_IN_CONFIG) {
		if (object[id] === undefined) {
			continue;
		}
		const check = SETTING_CHECKS[id](object[id]);
		// The app mails the good addresses and notes the others; a config file is fixed before the first run instead.
		const addresses = check.ok && id === SETTING.emailRecipients ? (check.value as string[]) : [];
		const notEmail = addresses.filter((item) => !isEmailAddress(item));
		let problem: SettingProblem | undefined = check.ok ? undefined : check.problem;
		if (notEmail.length) {
			problem = { kind: 'not-email', items: notEmail.join(', ') };
		}
		if (problem) {
			found.add('config_setting', { field: `${where}${id}`, problem: settingProblemLog(textsFor(language), problem) });
		} else {
			values[id] = object[id];
		}
	}
	return values;
}

function webhookValues(
	found: Collector,
	sources: ISources,
	raw: unknown,
	where: string,
	language: Language,
): Partial<Record<SettingId, unknown>> {
	if (raw === undefined) {
		return {};
	}
	if (!isRecord(raw)) {
		return found.add('config_not_object', { field: where.replace(/\.$/, '') }) ?? {};
	}
	knownFields(found, raw, ['url', 'secretEnv'], where);
	const url = text(found, raw, 'url', where, true);
	const check = SETTING_CHECKS[SETTING.webhookUrl](url);
	if (url !== undefined && !check.ok) {
		found.add('config_setting', { field: `${where}url`, problem: settingProblemLog(textsFor(language), check.problem) });
	}
	const secretValue = raw.secretEnv === undefined ? '' : secret(found, sources, raw, where, 'secretEnv');
	return { [SETTING.webhookUrl]: url, [SETTING.webhookSecret]: secretValue };
}

/**
 * The smtp block. As with the token over http (lib/kit/transport.ts), a password never crosses the network in plain
 * text to a host other than this machine unless the config says so (allowInsecure).
 */
function smtpValues(found: Collector, sources: ISources, raw: unknown, where: string): ISmtp | undefined {
	if (raw === undefined) {
		return undefined;
	}
	if (!isRecord(raw)) {
		return found.add('config_not_object', { field: where.replace(/\.$/, '') });
	}
	knownFields(found, raw, SMTP_FIELDS, where);
	const host = text(found, raw, 'host', where, true);
	const from = text(found, raw, 'from', where, true);
	if (from !== undefined && !isEmailAddress(from)) {
		found.add('config_smtp_address', { field: `${where}from` });
	}
	const secure = flag(found, raw, 'secure', where);
	const requireTLS = flag(found, raw, 'requireTLS', where);
	const allowInsecure = flag(found, raw, 'allowInsecure', where);
	const port = raw.port ?? (secure ? 465 : 587);
	if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
		found.add('config_smtp_port', { field: `${where}port` });
	}
	const user = text(found, raw, 'user', where, false);
	const hasPassword = raw.passwordEnv !== undefined || raw.passwordFile !== undefined;
	if ((user === undefined) !== !hasPassword) {
		return found.add('config_smtp_login', { field: where.replace(/\.$/, '') });
	}
	const pass = user === undefined ? undefined : secret(found, sources, raw, where, 'passwordEnv', 'passwordFile');
	if (user !== undefined && host !== undefined && !secure && !requireTLS && !allowInsecure && !isLoopback(host)) {
		found.add('config_smtp_insecure', { field: where.replace(/\.$/, ''), host });
	}
	if (host === undefined || from === undefined || (user !== undefined && pass === undefined)) {
		return undefined;
	}
	return { host, port: Number(port), secure, requireTLS, from, ...(user !== undefined && pass !== undefined && { auth: { user, pass } }) };
}

function workspace(
	found: Collector,
	sources: ISources,
	raw: unknown,
	index: number,
	shared: { values: Partial<Record<SettingId, unknown>>; smtp?: ISmtp; smtpGiven: boolean },
	language: Language,
): IWatchedWorkspace | undefined {
	const where = `workspaces[${index}].`;
	if (!isRecord(raw)) {
		return found.add('config_not_object', { field: `workspaces[${index}]` });
	}
	knownFields(found, raw, WORKSPACE_FIELDS, where);
	const name = text(found, raw, 'name', where, true);
	if (name !== undefined && !NAME.test(name)) {
		found.add('config_name', { field: `${where}name` });
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
			found.add('config_setting', { field, problem: settingProblemLog(textsFor(language), check.problem) });
		}
	}
	const room = text(found, raw, 'room', where, false);
	const values = {
		...shared.values,
		...settingValues(found, raw, where, language),
		...webhookValues(found, sources, raw.webhook, `${where}webhook.`, language),
		...Object.fromEntries(credentials),
		[SETTING.adminRoom]: room ?? '',
	};
	const smtp = raw.smtp === undefined ? shared.smtp : smtpValues(found, sources, raw.smtp, `${where}smtp.`);
	const config = toConfig(values);
	// An smtp block that is there but wrong has its own problem line already.
	if (config.emailRecipients.length && raw.smtp === undefined && !shared.smtpGiven) {
		found.add('config_email_no_smtp', { field: `workspaces[${index}]` });
	}
	return name === undefined ? undefined : { name, config, ...(smtp && { smtp }) };
}

/** The config, or one translated line per problem (in the config's language, else the environment's). */
export function parseWatchConfig(raw: unknown, sources: ISources): { ok: true; config: IWatchConfig } | { ok: false; problems: string[] } {
	const found = new Collector();
	const top = isRecord(raw) ? raw : {};
	const language = pickLanguage(typeof top.language === 'string' ? top.language : undefined, sources.env.LC_ALL, sources.env.LANG);
	if (!isRecord(raw)) {
		found.add('config_not_object', { field: 'config' });
	}
	knownFields(found, top, TOP_FIELDS, '');
	const shared = {
		values: { ...settingValues(found, top, '', language), ...webhookValues(found, sources, top.webhook, 'webhook.', language) },
		smtp: smtpValues(found, sources, top.smtp, 'smtp.'),
		smtpGiven: top.smtp !== undefined,
	};
	const list = top.workspaces;
	const workspaces: IWatchedWorkspace[] = [];
	if (!Array.isArray(list) || list.length === 0) {
		found.add('config_no_workspaces');
	} else {
		list.forEach((entry, index) => {
			const parsed = workspace(found, sources, entry, index, shared, language);
			if (parsed && workspaces.some((other) => other.name === parsed.name)) {
				found.add('config_duplicate', { field: `workspaces[${index}].name`, name: parsed.name });
			} else if (parsed) {
				workspaces.push(parsed);
			}
		});
	}
	const t = watchTexts(language);
	return found.problems.length
		? { ok: false, problems: found.problems.map((problem) => t(problem.key, problem.params)) }
		: { ok: true, config: { language, workspaces } };
}

/** The config file's text as JSON, or the problem line. */
export function readConfigFile(file: string, sources: ISources): ReturnType<typeof parseWatchConfig> {
	const t = watchTexts(pickLanguage(sources.env.LC_ALL, sources.env.LANG));
	let content: string;
	try {
		content = sources.readFile(file);
	} catch {
		return { ok: false, problems: [t('config_unreadable', { file })] };
	}
	try {
		return parseWatchConfig(JSON.parse(content), sources);
	} catch {
		return { ok: false, problems: [t('config_not_json', { file })] };
	}
}
