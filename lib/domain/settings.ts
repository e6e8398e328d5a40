/**
 * The app's settings: their ids, definitions (labels come from i18n/*.json) and the rules that read and check their
 * values. Pure: lib/engine/config.ts reads the values through Apps-Engine.
 */
import { RUN_BUDGET_MS } from '../kit/deadline';

/** Why a value cannot be used, as plain data: lib/render/settingsView.ts words it (`setting_problem_<kind>`). */
export type SettingProblem =
	| { kind: 'empty-list' | 'time-of-day' | 'server-url' | 'names' | 'webhook-url' | 'characters' | 'user-id' | 'boolean' }
	| { kind: 'not-whole-number'; item: string }
	| { kind: 'out-of-range'; number: number; min: number; max: number }
	| { kind: 'whole-number'; min: number; max: number }
	| { kind: 'too-long'; max: number }
	/** A value saved under an older, wider range: `max` applies instead (ISettingSpec.fromOlder). */
	| { kind: 'clamped'; number: number; max: number }
	/** Email recipients that are not addresses: the others still get mail. */
	| { kind: 'not-email'; items: string };

export type Check<T> = { ok: true; value: T } | { ok: false; problem: SettingProblem };

/**
 * A problem quotes what the admin typed as typed: lib/domain/redact.ts (redactProblem) masks and cuts it before it is
 * kept, logged or shown.
 */
const fail = <T>(problem: SettingProblem): Check<T> => ({ ok: false, problem });

/** A setting value as text: strings, numbers and booleans as typed, anything else (objects, null) as empty. */
function asString(raw: unknown): string {
	return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/**
 * "30, 14 7;3" → [30, 14, 7, 3]: whole numbers within [min, max], duplicates dropped, largest first. `percent` lists
 * (seat thresholds) accept a "%" after a number; any other unit ("250 %" in a list of days) is refused.
 */
export function parseNumberList(
	raw: unknown,
	min: number,
	max: number,
	options: { percent?: boolean } = { percent: true },
): Check<number[]> {
	const text = asString(raw).trim();
	if (!text) {
		return fail({ kind: 'empty-list' });
	}
	// "80 %" is one item: the unit sticks to its number before the list is split.
	const items = text
		.replace(/(\d)\s+%/g, '$1%')
		.split(/[\s,;]+/)
		.filter(Boolean)
		.map((item) => (options.percent ? item.replace(/%$/, '') : item));
	const numbers: number[] = [];
	for (const item of items) {
		if (item === '') {
			continue;
		}
		if (!/^\d+$/.test(item)) {
			return fail({ kind: 'not-whole-number', item });
		}
		const number = Number(item);
		if (number < min || number > max) {
			return fail({ kind: 'out-of-range', number, min, max });
		}
		numbers.push(number);
	}
	return numbers.length ? { ok: true, value: [...new Set(numbers)].sort((a, b) => b - a) } : fail({ kind: 'empty-list' });
}

export function parseCheckTime(raw: unknown): Check<{ hour: number; minute: number }> {
	const match = /^\s*(\d{1,2})(?::(\d{2}))?\s*$/.exec(asString(raw));
	const hour = Number(match?.[1]);
	const minute = Number(match?.[2] ?? 0);
	return match && hour <= 23 && minute <= 59 ? { ok: true, value: { hour, minute } } : fail({ kind: 'time-of-day' });
}

export function parseWholeNumber(raw: unknown, min: number, max: number): Check<number> {
	const number = typeof raw === 'number' ? raw : Number(asString(raw).trim());
	if (!Number.isInteger(number) || number < min || number > max) {
		return fail({ kind: 'whole-number', min, max });
	}
	return { ok: true, value: number };
}

export function parseServerUrl(raw: unknown): Check<string> {
	const text = asString(raw).trim();
	if (text === '') {
		return { ok: true, value: '' };
	}
	const trimmed = text.replace(/\/+$/, '');
	return /^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i.test(trimmed) ? { ok: true, value: trimmed } : fail({ kind: 'server-url' });
}

/** "admin, @ceo; owner" → ["admin", "ceo", "owner"]: names separated by commas, semicolons or spaces, "@" dropped. */
export function parseNameList(raw: unknown): Check<string[]> {
	const names = asString(raw)
		.split(/[\s,;]+/)
		.map((name) => name.replace(/^@/, '').trim())
		.filter(Boolean);
	return names.every((name) => /^[\w.-]+$/.test(name)) ? { ok: true, value: [...new Set(names)] } : fail({ kind: 'names' });
}

/** "a@x.org, b@y.org; c@z.org" → the addresses as typed, in order, without empties and duplicates (checked later, one by one). */
export function splitAddresses(text: string): string[] {
	return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** An address a mailer accepts: one @, no spaces, a dotted domain. Deliberately plain: the mailer has the last word. */
export function isEmailAddress(text: string): boolean {
	return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/.test(text) && text.length <= 254;
}

/** The webhook's address: empty (off) or an http(s) URL; query strings are allowed, as Slack-style URLs carry none but others do. */
export function parseWebhookUrl(raw: unknown): Check<string> {
	const text = asString(raw).trim();
	if (text === '') {
		return { ok: true, value: '' };
	}
	return /^https?:\/\/[^\s/?#@]+(\/[^\s#]*)?$/i.test(text) ? { ok: true, value: text } : fail({ kind: 'webhook-url' });
}

const asText = (raw: unknown): Check<string> => ({ ok: true, value: asString(raw).trim() });
/**
 * A user id or token as Rocket.Chat makes them: printable ASCII without spaces, at most `max` characters (ids are 17,
 * personal access tokens 43). Anything else cannot be valid; the problem never repeats the value.
 */
export function parseCredential(raw: unknown, max: number): Check<string> {
	const text = asString(raw).trim();
	if (text.length > max) {
		return fail({ kind: 'too-long', max });
	}

	if (/[^\x21-\x7E]/.test(text)) {
		return fail({ kind: 'characters' });
	}
	return { ok: true, value: text };
}
/**
 * A user id as Rocket.Chat makes them (17 letters and digits) or a username: letters, digits, ".", "_", "-". A URL or
 * a pasted secret is refused, so it is never kept as the user id (nor echoed as the value in force).
 */
export function parseUserId(raw: unknown): Check<string> {
	const checked = parseCredential(raw, 128);
	return checked.ok && /[^A-Za-z0-9._-]/.test(checked.value) ? fail({ kind: 'user-id' }) : checked;
}
const asBoolean = (raw: unknown): Check<boolean> =>
	typeof raw === 'boolean' || raw === 'true' || raw === 'false'
		? { ok: true, value: raw === true || raw === 'true' }
		: fail({ kind: 'boolean' });

/** The longest request timeout, in seconds: a run's whole deadline (lib/kit/deadline.ts). */
export const MAX_TIMEOUT_SECONDS = Math.floor(RUN_BUDGET_MS / 1000);

/** How the settings page shows a value: Apps-Engine's SettingType values, mapped to it in lib/engine/settingsPage.ts. */
export type SettingKind = 'string' | 'password' | 'number' | 'boolean';

/** One setting: its id, how Rocket.Chat shows it, its default, and the check its value must pass. */
interface ISettingSpec<V, C = V, Id extends string = string> {
	id: Id;
	type: SettingKind;
	default: string | number | boolean;
	section: 'section_connection' | 'section_daily_check' | 'section_idle_seats' | 'section_channels';
	/** The check a saved value must pass; onPreSettingUpdate keeps the previous value when it fails. */
	parse: (raw: unknown) => Check<V>;
	/** From the checked value to what the app's config holds, when they differ. */
	toConfig?: (value: V) => C;
	/**
	 * A saved value that fails `parse` but was valid under an older, wider rule: the value it stands for now, and the
	 * problem `/license check` tells (settingNotes.ts). Without it, such a value counts as the default.
	 */
	fromOlder?: (raw: unknown) => { value: V; problem: SettingProblem } | undefined;
}

const spec = <V, C = V, const Id extends string = string>(entry: ISettingSpec<V, C, Id>): ISettingSpec<V, C, Id> => entry;

/**
 * Every setting, keyed by its name in IAppConfig, in display order. Adding a setting is one entry here plus its label
 * and description (`<id>_label`, `<id>_description`) in i18n/*.json.
 */
const SPECS = {
	serverUrl: spec({ id: 'server_url', type: 'string', default: '', section: 'section_connection', parse: parseServerUrl }),
	userId: spec({
		id: 'user_id',
		type: 'string',
		default: '',
		section: 'section_connection',
		parse: parseUserId,
	}),
	token: spec({
		id: 'access_token',
		type: 'password',
		default: '',
		section: 'section_connection',
		parse: (raw) => parseCredential(raw, 512),
	}),
	// Seconds in the setting, milliseconds in the config. No request may wait past the run's deadline, so the range ends
	// there; a value saved when the range went to 25 s is read as the deadline, and /license check says so.
	timeoutMs: spec({
		id: 'request_timeout',
		type: 'number',
		default: 5,
		section: 'section_connection',
		parse: (raw) => parseWholeNumber(raw, 1, MAX_TIMEOUT_SECONDS),
		toConfig: (seconds: number) => seconds * 1000,
		fromOlder: (raw) => {
			const older = parseWholeNumber(raw, 1, Number.MAX_SAFE_INTEGER);
			return older.ok && older.value > MAX_TIMEOUT_SECONDS
				? { value: MAX_TIMEOUT_SECONDS, problem: { kind: 'clamped', number: older.value, max: MAX_TIMEOUT_SECONDS } }
				: undefined;
		},
	}),
	adminRoom: spec({
		id: 'admin_room',
		type: 'string',
		default: '',
		section: 'section_daily_check',
		parse: (raw) => ({ ok: true, value: asString(raw).trim().replace(/^#/, '') }),
	}),
	checkTime: spec({ id: 'check_time', type: 'string', default: '09:00', section: 'section_daily_check', parse: parseCheckTime }),
	expiryDays: spec({
		id: 'expiry_thresholds',
		type: 'string',
		default: '30, 14, 7, 3, 1',
		section: 'section_daily_check',
		parse: (raw) => parseNumberList(raw, 1, 365, { percent: false }),
	}),
	seatPercents: spec({
		id: 'seat_thresholds',
		type: 'string',
		default: '80, 90, 100',
		section: 'section_daily_check',
		parse: (raw) => parseNumberList(raw, 1, 100),
	}),
	failureDays: spec({
		id: 'failure_reminder_days',
		type: 'number',
		default: 3,
		section: 'section_daily_check',
		parse: (raw) => parseWholeNumber(raw, 1, 30),
	}),
	mentionHere: spec({
		id: 'mention_here_on_critical',
		type: 'boolean',
		default: false,
		section: 'section_daily_check',
		parse: asBoolean,
	}),
	digest: spec({ id: 'daily_digest', type: 'boolean', default: false, section: 'section_daily_check', parse: asBoolean }),
	// Idle seats
	idleDays: spec({
		id: 'idle_days',
		type: 'number',
		default: 30,
		section: 'section_idle_seats',
		parse: (raw) => parseWholeNumber(raw, 1, 3650),
	}),
	idleExcludedRoles: spec({
		id: 'idle_excluded_roles',
		type: 'string',
		default: 'admin',
		section: 'section_idle_seats',
		parse: parseNameList,
	}),
	idleExcludedUsers: spec({
		id: 'idle_excluded_users',
		type: 'string',
		default: '',
		section: 'section_idle_seats',
		parse: parseNameList,
	}),
	// Channels outside the chat: all off by default.
	emailRecipients: spec({
		id: 'email_recipients',
		type: 'string',
		default: '',
		section: 'section_channels',
		// Each address is checked when mail goes out, so one typo refuses that address only (and is logged).
		parse: (raw): Check<string[]> => ({ ok: true, value: splitAddresses(asString(raw)) }),
	}),
	emailEveryNotice: spec({
		id: 'email_every_notice',
		type: 'boolean',
		default: false,
		section: 'section_channels',
		parse: asBoolean,
	}),
	webhookUrl: spec({ id: 'webhook_url', type: 'string', default: '', section: 'section_channels', parse: parseWebhookUrl }),
	webhookSecret: spec({ id: 'webhook_secret', type: 'password', default: '', section: 'section_channels', parse: asText }),
	metricsToken: spec({ id: 'metrics_token', type: 'password', default: '', section: 'section_channels', parse: asText }),
	// A secret in a URL lands in proxy and access logs: ?token= only when an admin says so (lib/domain/secrets.ts).
	metricsQueryToken: spec({
		id: 'metrics_query_token',
		type: 'boolean',
		default: false,
		section: 'section_channels',
		parse: asBoolean,
	}),
	// The token over http:// to another host only when an admin says so (lib/kit/transport.ts).
	allowHttp: spec({
		id: 'allow_insecure_http',
		type: 'boolean',
		default: false,
		section: 'section_connection',
		parse: asBoolean,
	}),
};

type Specs = typeof SPECS;
type ConfigValue<S> = S extends ISettingSpec<infer V, infer C, string> ? (S extends { toConfig: unknown } ? C : V) : never;

/** The settings as the app uses them: every value checked, an invalid one replaced by its default. */
export type IAppConfig = { [K in keyof Specs]: ConfigValue<Specs[K]> };

/** Setting ids by config name: SETTING.adminRoom === 'admin_room'. */
export const SETTING = Object.fromEntries(Object.entries(SPECS).map(([name, entry]) => [name, entry.id])) as {
	[K in keyof Specs]: Specs[K]['id'];
};

export type SettingId = Specs[keyof Specs]['id'];

/** The settings that hold secrets: never logged, and masked wherever their values appear in other text. */
export const SECRET_SETTINGS: readonly SettingId[] = [SETTING.token, SETTING.webhookSecret, SETTING.metricsToken];

/** The secret settings' values among `values`, usable or not, as typed and trimmed: what redact() masks wherever it appears. */
export function secretsOf(values: Partial<Record<SettingId, unknown>>): string[] {
	return SECRET_SETTINGS.map((id) => values[id])
		.filter((value): value is string => typeof value === 'string')
		.flatMap((value) => [value, value.trim()]);
}

const ENTRIES = Object.entries(SPECS) as Array<[keyof Specs, ISettingSpec<unknown, unknown, SettingId>]>;

export const DEFAULTS = Object.fromEntries(ENTRIES.map(([, entry]) => [entry.id, entry.default])) as Record<SettingId, unknown>;

/** The check each setting's value must pass; onPreSettingUpdate keeps the previous value when it fails. */
export const SETTING_CHECKS = Object.fromEntries(ENTRIES.map(([, entry]) => [entry.id, entry.parse])) as Record<
	SettingId,
	(raw: unknown) => Check<unknown>
>;

/** A setting as the settings page shows it, in Apps-Engine's ISetting terms. */
export interface ISettingDefinition {
	id: SettingId;
	type: SettingKind;
	packageValue: string | number | boolean;
	required: boolean;
	public: boolean;
	section: string;
	i18nLabel: string;
	i18nDescription: string;
}

/** Definitions in display order; label and description keys are `<id>_label` and `<id>_description` in i18n/*.json. */
export const SETTING_DEFINITIONS: ISettingDefinition[] = ENTRIES.map(([, entry]) => ({
	id: entry.id,
	type: entry.type,
	packageValue: entry.default,
	required: false,
	public: false,
	section: entry.section,
	i18nLabel: `${entry.id}_label`,
	i18nDescription: `${entry.id}_description`,
}));

/** Reads raw values into a config; a value that fails its check counts as the default (and was logged when set). */
export function toConfig(values: Partial<Record<SettingId, unknown>>): IAppConfig {
	const config = ENTRIES.map(([name, entry]) => {
		const raw = values[entry.id] ?? entry.default;
		const checked = entry.parse(raw);
		const value = checked.ok ? checked.value : (entry.fromOlder?.(raw) ?? (entry.parse(entry.default) as { value: unknown })).value;
		return [name, entry.toConfig ? entry.toConfig(value) : value];
	});
	return Object.fromEntries(config) as IAppConfig;
}

/** Saved values read under a newer rule than they were saved with (ISettingSpec.fromOlder): which, and what applies. */
export function olderValues(values: Partial<Record<SettingId, unknown>>): Array<{ id: SettingId; problem: SettingProblem }> {
	return ENTRIES.flatMap(([, entry]) => {
		const raw = values[entry.id];
		const older = raw === undefined || entry.parse(raw).ok ? undefined : entry.fromOlder?.(raw);
		return older ? [{ id: entry.id, problem: older.problem }] : [];
	});
}

/** Every setting at its default, as the app uses it: what a reply assumes when it is given no config. */
export const DEFAULT_CONFIG: IAppConfig = toConfig({});

/** The scheduler's cron expression for the daily check, in the server's time zone. */
export function cronOf(time: { hour: number; minute: number }): string {
	return `${time.minute} ${time.hour} * * *`;
}

/** Where "near the cap" starts: the lowest seat warning threshold, in percent. */
export function nearCapPercent(config: IAppConfig): number {
	return Math.min(...config.seatPercents);
}
