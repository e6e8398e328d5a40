/**
 * The app's settings: their ids, definitions (labels come from i18n/*.json) and the rules that read and check their
 * values. Pure: lib/io/config.ts reads the values through Apps-Engine.
 */
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

export const SETTING = {
	serverUrl: 'server_url',
	userId: 'user_id',
	token: 'access_token',
	timeout: 'request_timeout',
	adminRoom: 'admin_room',
	checkTime: 'check_time',
	expiryDays: 'expiry_thresholds',
	seatPercents: 'seat_thresholds',
	failureDays: 'failure_reminder_days',
	mentionHere: 'mention_here_on_critical',
	digest: 'daily_digest',
} as const;

export type SettingId = (typeof SETTING)[keyof typeof SETTING];

export const DEFAULTS = {
	[SETTING.serverUrl]: '',
	[SETTING.userId]: '',
	[SETTING.token]: '',
	[SETTING.timeout]: 10,
	[SETTING.adminRoom]: '',
	[SETTING.checkTime]: '09:00',
	[SETTING.expiryDays]: '30, 14, 7, 3, 1',
	[SETTING.seatPercents]: '80, 90, 100',
	[SETTING.failureDays]: 3,
	[SETTING.mentionHere]: false,
	[SETTING.digest]: false,
} as const;

const TYPES: Record<SettingId, SettingType> = {
	[SETTING.serverUrl]: SettingType.STRING,
	[SETTING.userId]: SettingType.STRING,
	[SETTING.token]: SettingType.PASSWORD,
	[SETTING.timeout]: SettingType.NUMBER,
	[SETTING.adminRoom]: SettingType.STRING,
	[SETTING.checkTime]: SettingType.STRING,
	[SETTING.expiryDays]: SettingType.STRING,
	[SETTING.seatPercents]: SettingType.STRING,
	[SETTING.failureDays]: SettingType.NUMBER,
	[SETTING.mentionHere]: SettingType.BOOLEAN,
	[SETTING.digest]: SettingType.BOOLEAN,
};

const SECTIONS: Record<SettingId, string> = {
	[SETTING.serverUrl]: 'section_connection',
	[SETTING.userId]: 'section_connection',
	[SETTING.token]: 'section_connection',
	[SETTING.timeout]: 'section_connection',
	[SETTING.adminRoom]: 'section_daily_check',
	[SETTING.checkTime]: 'section_daily_check',
	[SETTING.expiryDays]: 'section_daily_check',
	[SETTING.seatPercents]: 'section_daily_check',
	[SETTING.failureDays]: 'section_daily_check',
	[SETTING.mentionHere]: 'section_daily_check',
	[SETTING.digest]: 'section_daily_check',
};

/** Definitions in display order; label and description keys are `<id>_label` and `<id>_description` in i18n/*.json. */
export const SETTING_DEFINITIONS: ISetting[] = (Object.values(SETTING) as SettingId[]).map((id) => ({
	id,
	type: TYPES[id],
	packageValue: DEFAULTS[id],
	required: false,
	public: false,
	section: SECTIONS[id],
	i18nLabel: `${id}_label`,
	i18nDescription: `${id}_description`,
}));

export type Check<T> = { ok: true; value: T } | { ok: false; problem: string };

const fail = <T>(problem: string): Check<T> => ({ ok: false, problem });

/** A setting value as text: strings, numbers and booleans as typed, anything else (objects, null) as empty. */
function asString(raw: unknown): string {
	return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/** "30, 14 7;3" → [30, 14, 7, 3]: whole numbers within [min, max], "%" allowed, duplicates dropped, largest first. */
export function parseNumberList(raw: unknown, min: number, max: number): Check<number[]> {
	const text = asString(raw).trim();
	if (!text) {
		return fail('the list is empty');
	}
	const items = text
		.split(/[\s,;]+/)
		.filter(Boolean)
		.map((item) => item.replace(/%$/, ''));
	const numbers: number[] = [];
	for (const item of items) {
		if (item === '') {
			continue;
		}
		if (!/^\d+$/.test(item)) {
			return fail(`"${item}" is not a whole number`);
		}
		const number = Number(item);
		if (number < min || number > max) {
			return fail(`${number} is outside ${min}–${max}`);
		}
		numbers.push(number);
	}
	return numbers.length ? { ok: true, value: [...new Set(numbers)].sort((a, b) => b - a) } : fail('the list is empty');
}

export function parseCheckTime(raw: unknown): Check<{ hour: number; minute: number }> {
	const match = /^\s*(\d{1,2})(?::(\d{2}))?\s*$/.exec(asString(raw));
	const hour = Number(match?.[1]);
	const minute = Number(match?.[2] ?? 0);
	return match && hour <= 23 && minute <= 59 ? { ok: true, value: { hour, minute } } : fail('expected a time of day such as 09:00');
}

export function parseWholeNumber(raw: unknown, min: number, max: number): Check<number> {
	const number = typeof raw === 'number' ? raw : Number(asString(raw).trim());
	if (!Number.isInteger(number) || number < min || number > max) {
		return fail(`expected a whole number from ${min} to ${max}`);
	}
	return { ok: true, value: number };
}

export function parseServerUrl(raw: unknown): Check<string> {
	const text = asString(raw).trim();
	if (text === '') {
		return { ok: true, value: '' };
	}
	const trimmed = text.replace(/\/+$/, '');
	return /^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i.test(trimmed)
		? { ok: true, value: trimmed }
		: fail('expected an http(s) address such as https://chat.example.com');
}

const asText = (raw: unknown): Check<string> => ({ ok: true, value: asString(raw).trim() });
const asBoolean = (raw: unknown): Check<boolean> =>
	typeof raw === 'boolean' || raw === 'true' || raw === 'false'
		? { ok: true, value: raw === true || raw === 'true' }
		: fail('expected true or false');

/** The check each setting's value must pass; onPreSettingUpdate keeps the previous value when it fails. */
export const SETTING_CHECKS: Record<SettingId, (raw: unknown) => Check<unknown>> = {
	[SETTING.serverUrl]: parseServerUrl,
	[SETTING.userId]: asText,
	[SETTING.token]: asText,
	// Apps-Engine gives an app method 30 s in all; a request must end well before that.
	[SETTING.timeout]: (raw) => parseWholeNumber(raw, 1, 25),
	[SETTING.adminRoom]: (raw) => ({
		ok: true,
		value: asString(raw).trim().replace(/^#/, ''),
	}),
	[SETTING.checkTime]: parseCheckTime,
	[SETTING.expiryDays]: (raw) => parseNumberList(raw, 1, 365),
	[SETTING.seatPercents]: (raw) => parseNumberList(raw, 1, 100),
	[SETTING.failureDays]: (raw) => parseWholeNumber(raw, 1, 30),
	[SETTING.mentionHere]: asBoolean,
	[SETTING.digest]: asBoolean,
};

export interface IAppConfig {
	serverUrl: string;
	userId: string;
	token: string;
	timeoutMs: number;
	adminRoom: string;
	checkTime: { hour: number; minute: number };
	expiryDays: number[];
	seatPercents: number[];
	failureDays: number;
	mentionHere: boolean;
	digest: boolean;
}

/** Reads raw values into a config; a value that fails its check counts as the default (and was logged when set). */
export function toConfig(values: Partial<Record<SettingId, unknown>>): IAppConfig {
	const get = <T>(id: SettingId): T => {
		const checked = SETTING_CHECKS[id](values[id] ?? DEFAULTS[id]);
		return (checked.ok ? checked.value : (SETTING_CHECKS[id](DEFAULTS[id]) as { value: unknown }).value) as T;
	};
	return {
		serverUrl: get(SETTING.serverUrl),
		userId: get(SETTING.userId),
		token: get(SETTING.token),
		timeoutMs: get<number>(SETTING.timeout) * 1000,
		adminRoom: get(SETTING.adminRoom),
		checkTime: get(SETTING.checkTime),
		expiryDays: get(SETTING.expiryDays),
		seatPercents: get(SETTING.seatPercents),
		failureDays: get(SETTING.failureDays),
		mentionHere: get(SETTING.mentionHere),
		digest: get(SETTING.digest),
	};
}

/** The scheduler's cron expression for the daily check, in the server's time zone. */
export function cronOf(time: { hour: number; minute: number }): string {
	return `${time.minute} ${time.hour} * * *`;
}

/** Where "near the cap" starts: the lowest seat warning threshold, in percent. */
export function nearCapPercent(config: IAppConfig): number {
	return Math.min(...config.seatPercents);
}
