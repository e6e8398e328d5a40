/** settings.ts: parsing, checks, defaults and definitions of the app settings. */
import * as fs from 'fs';
import * as path from 'path';

import type { Check, IAppConfig, SettingId } from '../../../lib/domain/settings';
import {
	DEFAULTS,
	SETTING,
	SETTING_CHECKS,
	SETTING_DEFINITIONS,
	cronOf,
	nearCapPercent,
	secretsOf,
	parseCheckTime,
	parseNameList,
	parseNumberList,
	parseServerUrl,
	parseWholeNumber,
	toConfig,
} from '../../../lib/domain/settings';
import { textsFor } from '../../../lib/i18n/texts';
import { RUN_BUDGET_MS } from '../../../lib/kit/deadline';
import { settingProblemLog } from '../../../lib/render/settingsView';

/** The settings page's labels: one file per language Rocket.Chat translates them into. */
const LABEL_FILES = ['en', 'de', 'es', 'pt-BR'];
const ALL_IDS = Object.values(SETTING) as SettingId[];

function value<T>(check: Check<T>): T {
	if (!check.ok) {
		throw new Error(`expected ok, got problem ${JSON.stringify(check.problem)}`);
	}
	return check.value;
}

/** The problem as the log words it, in English. */
function problem(check: Check<unknown>): string {
	if (check.ok) {
		throw new Error(`expected a problem, got ${JSON.stringify(check.value)}`);
	}
	const text = settingProblemLog(textsFor('en'), check.problem);
	expect(text.length).toBeGreaterThan(0);
	return text;
}

describe('parseNumberList', () => {
	it('splits on commas, spaces and semicolons', () => {
		expect(value(parseNumberList('30, 14 7;3', 1, 365))).toEqual([30, 14, 7, 3]);
	});

	it('accepts "%" with or without a space', () => {
		expect(value(parseNumberList('80 %, 90%,100', 1, 100))).toEqual([100, 90, 80]);
	});

	it('drops duplicates and orders largest first', () => {
		expect(value(parseNumberList('7, 30, 7, 14,30', 1, 365))).toEqual([30, 14, 7]);
		expect(value(parseNumberList('1 3 2', 1, 365))).toEqual([3, 2, 1]);
	});

	it('accepts a single number and the bounds themselves', () => {
		expect(value(parseNumberList(' 5 ', 1, 365))).toEqual([5]);
		expect(value(parseNumberList('1, 365', 1, 365))).toEqual([365, 1]);
	});

	it('rejects a word, naming it', () => {
		expect(problem(parseNumberList('abc', 1, 365))).toContain('abc');
		expect(problem(parseNumberList('30, soon, 7', 1, 365))).toContain('soon');
	});

	it('rejects a number out of range, naming it', () => {
		expect(problem(parseNumberList('150 %', 1, 100))).toContain('150');
		expect(problem(parseNumberList('80, 0', 1, 100))).toMatch(/\b0\b/);
		expect(problem(parseNumberList('400', 1, 365))).toContain('400');
	});

	it('rejects fractions and negative numbers', () => {
		problem(parseNumberList('7.5', 1, 365));
		problem(parseNumberList('-3', 1, 365));
	});

	it('rejects an empty list', () => {
		expect(problem(parseNumberList('', 1, 365))).toMatch(/empty/);
		expect(problem(parseNumberList('  ,; ', 1, 365))).toMatch(/empty/);
		expect(problem(parseNumberList(undefined, 1, 365))).toMatch(/empty/);
		problem(parseNumberList('%', 1, 100));
	});
});

describe('parseCheckTime', () => {
	it.each([
		['09:00', 9, 0],
		['9:30', 9, 30],
		['9', 9, 0],
		[' 23:59 ', 23, 59],
		['00:00', 0, 0],
	])('%p → %i:%i', (raw, hour, minute) => {
		expect(value(parseCheckTime(raw))).toEqual({ hour, minute });
	});

	it.each(['24:00', '12:60', '9:5', 'noon', '', '09:00:00', '-1:00', '9h'])('rejects %p', (raw) => {
		problem(parseCheckTime(raw));
	});

	it('rejects undefined', () => {
		problem(parseCheckTime(undefined));
	});
});

describe('parseWholeNumber', () => {
	it('accepts numbers and numeric strings within the range', () => {
		expect(value(parseWholeNumber(10, 1, 25))).toBe(10);
		expect(value(parseWholeNumber(' 25 ', 1, 25))).toBe(25);
		expect(value(parseWholeNumber('1', 1, 25))).toBe(1);
	});

	it.each([0, 26, 2.5, 'abc', '', null, undefined, NaN, '10 s'])('rejects %p in 1–25', (raw) => {
		expect(problem(parseWholeNumber(raw, 1, 25))).toMatch(/1.*25/);
	});
});

describe('parseServerUrl', () => {
	it('accepts empty (use Site_Url)', () => {
		expect(value(parseServerUrl(''))).toBe('');
		expect(value(parseServerUrl('   '))).toBe('');
		expect(value(parseServerUrl(undefined))).toBe('');
	});

	it('accepts http(s) addresses and drops trailing slashes', () => {
		expect(value(parseServerUrl('https://chat.example.com/'))).toBe('https://chat.example.com');
		expect(value(parseServerUrl(' http://10.0.0.5:3000 '))).toBe('http://10.0.0.5:3000');
		expect(value(parseServerUrl('https://example.com/chat//'))).toBe('https://example.com/chat');
		expect(value(parseServerUrl('HTTPS://Chat.Example.com'))).toBe('HTTPS://Chat.Example.com');
	});

	it.each([
		'chat.example.com',
		'ftp://chat.example.com',
		'https://',
		'https://chat.example.com?x=1',
		'https://chat example.com',
		'https://chat.example.com/#top',
	])('rejects %p', (raw) => {
		problem(parseServerUrl(raw));
	});
});

/**
 * A value each setting refuses, with the kind of problem it is refused for. Settings whose check takes any text
 * (the admin room, the token, the webhook secret) have none and are listed apart.
 */
const BAD_VALUES: Partial<Record<SettingId, unknown>> = {
	server_url: 'chat.example.com',
	user_id: 'https://u:pw@host/x',
	request_timeout: 0,
	check_time: '25:00',
	expiry_thresholds: '400',
	seat_thresholds: 'soon',
	failure_reminder_days: 0,
	mention_here_on_critical: 'yes',
	metrics_query_token: 'on',
	daily_digest: 1,
	idle_days: 0,
	idle_excluded_roles: 'a|b',
	idle_excluded_users: '<script>',
	email_every_notice: 'often',
	webhook_url: 'ftp://example.com/hook',
	allow_insecure_http: 'maybe',
};
const TAKES_ANY_TEXT: SettingId[] = [
	SETTING.adminRoom,
	SETTING.token,
	SETTING.webhookSecret,
	SETTING.metricsToken,
	SETTING.emailRecipients,
];

describe('SETTING_CHECKS', () => {
	it('has a check for every setting, and every default passes it', () => {
		expect(Object.keys(SETTING_CHECKS).sort()).toEqual([...ALL_IDS].sort());
		for (const id of ALL_IDS) {
			expect([id, SETTING_CHECKS[id](DEFAULTS[id]).ok]).toEqual([id, true]);
		}
	});

	it('every setting that can refuse a value is tried with one here', () => {
		expect(ALL_IDS.filter((id) => !(id in BAD_VALUES) && !TAKES_ANY_TEXT.includes(id))).toEqual([]);
	});

	it.each(Object.entries(BAD_VALUES))('%s refuses %p with a problem the log can word', (id, bad) => {
		const check = SETTING_CHECKS[id as SettingId](bad);
		expect(check.ok).toBe(false);
		expect(problem(check)).not.toMatch(/\{\w+\}|undefined/);
	});

	it('server_url', () => {
		expect(value(SETTING_CHECKS.server_url('https://chat.example.com/'))).toBe('https://chat.example.com');
		problem(SETTING_CHECKS.server_url('chat.example.com'));
	});

	it('user_id refuses what cannot be a user id or username, such as a URL with a password', () => {
		expect(SETTING_CHECKS.user_id('https://u:pw@host/x')).toEqual({ ok: false, problem: { kind: 'user-id' } });
		expect(value(SETTING_CHECKS.user_id('first.last_name-2'))).toBe('first.last_name-2');
	});

	it('user_id and access_token are trimmed text', () => {
		expect(value(SETTING_CHECKS.user_id('  abc123 '))).toBe('abc123');
		expect(value(SETTING_CHECKS.access_token(' tok-en\n'))).toBe('tok-en');
		expect(value(SETTING_CHECKS.access_token(undefined))).toBe('');
	});

	it('request_timeout: whole seconds from 1 to the run deadline (8 s)', () => {
		expect(value(SETTING_CHECKS.request_timeout(8))).toBe(8);
		expect(value(SETTING_CHECKS.request_timeout('1'))).toBe(1);
		expect(problem(SETTING_CHECKS.request_timeout(9))).toBe('expected a whole number from 1 to 8');
		problem(SETTING_CHECKS.request_timeout(25));
		problem(SETTING_CHECKS.request_timeout(0));
		problem(SETTING_CHECKS.request_timeout(2.5));
	});

	it('admin_room: a trimmed name without the leading #', () => {
		expect(value(SETTING_CHECKS.admin_room(' #admins '))).toBe('admins');
		expect(value(SETTING_CHECKS.admin_room('license-alerts'))).toBe('license-alerts');
		expect(value(SETTING_CHECKS.admin_room(''))).toBe('');
	});

	it('check_time', () => {
		expect(value(SETTING_CHECKS.check_time('7:15'))).toEqual({ hour: 7, minute: 15 });
		problem(SETTING_CHECKS.check_time('25:00'));
	});

	it('expiry_thresholds: days from 1 to 365', () => {
		expect(value(SETTING_CHECKS.expiry_thresholds('60,30'))).toEqual([60, 30]);
		expect(value(SETTING_CHECKS.expiry_thresholds('365'))).toEqual([365]);
		problem(SETTING_CHECKS.expiry_thresholds('400'));
		problem(SETTING_CHECKS.expiry_thresholds('0'));
	});

	it('seat_thresholds: percents from 1 to 100', () => {
		expect(value(SETTING_CHECKS.seat_thresholds('75%, 95%'))).toEqual([95, 75]);
		problem(SETTING_CHECKS.seat_thresholds('120'));
	});

	it('failure_reminder_days: 1 to 30', () => {
		expect(value(SETTING_CHECKS.failure_reminder_days(30))).toBe(30);
		problem(SETTING_CHECKS.failure_reminder_days(31));
		problem(SETTING_CHECKS.failure_reminder_days(0));
	});

	it.each([SETTING.mentionHere, SETTING.digest])('%s: true or false', (id) => {
		expect(value(SETTING_CHECKS[id](true))).toBe(true);
		expect(value(SETTING_CHECKS[id](false))).toBe(false);
		expect(value(SETTING_CHECKS[id]('true'))).toBe(true);
		expect(value(SETTING_CHECKS[id]('false'))).toBe(false);
		problem(SETTING_CHECKS[id]('yes'));
		problem(SETTING_CHECKS[id](1));
	});
});

describe('toConfig', () => {
	it('uses the defaults when nothing is set: the same config as every default given explicitly', () => {
		expect(toConfig({})).toEqual(toConfig(DEFAULTS));
		expect(toConfig({}).timeoutMs).toBe(Number(DEFAULTS.request_timeout) * 1000);
	});

	it('a value that fails its check counts as the default, whatever the setting', () => {
		const defaults = toConfig({});
		for (const [id, bad] of Object.entries(BAD_VALUES) as Array<[SettingId, unknown]>) {
			const name = (Object.keys(SETTING) as Array<keyof typeof SETTING>).find((key) => SETTING[key] === id) as keyof IAppConfig;
			expect([id, toConfig({ [id]: bad })[name]]).toEqual([id, defaults[name]]);
		}
	});

	it('the default request timeout takes effect: it ends before the run deadline does', () => {
		expect(toConfig({}).timeoutMs).toBeLessThan(RUN_BUDGET_MS);
	});

	it("reads a timeout saved above today's range (up to 25 s was allowed) as the deadline, not as the default", () => {
		expect(toConfig({ request_timeout: 20 }).timeoutMs).toBe(8_000);
		expect(toConfig({ request_timeout: '12' }).timeoutMs).toBe(8_000);
		expect(toConfig({ request_timeout: 'soon' }).timeoutMs).toBe(5_000);
		expect(toConfig({ request_timeout: 0 }).timeoutMs).toBe(5_000);
	});

	it('reads valid values, the timeout in milliseconds', () => {
		const config = toConfig({
			server_url: 'https://chat.example.com/',
			user_id: 'u1',
			access_token: 'SECRET-TOKEN-123',
			request_timeout: 3,
			admin_room: '#admins',
			check_time: '07:45',
			expiry_thresholds: '60, 10',
			seat_thresholds: '95',
			failure_reminder_days: '7',
			mention_here_on_critical: true,
			daily_digest: 'true',
		});
		expect(config).toEqual({
			...toConfig({}),
			serverUrl: 'https://chat.example.com',
			userId: 'u1',
			token: 'SECRET-TOKEN-123',
			timeoutMs: 3_000,
			adminRoom: 'admins',
			checkTime: { hour: 7, minute: 45 },
			expiryDays: [60, 10],
			seatPercents: [95],
			failureDays: 7,
			mentionHere: true,
			digest: true,
		});
	});

	it('falls back to the default for each invalid value', () => {
		const config = toConfig({
			server_url: 'chat.example.com',
			request_timeout: 'ten',
			check_time: 'noon',
			expiry_thresholds: 'abc',
			seat_thresholds: '150 %',
			failure_reminder_days: -2,
			mention_here_on_critical: 'maybe',
		});
		expect(config.serverUrl).toBe('');
		expect(config.timeoutMs).toBe(5_000);
		expect(config.checkTime).toEqual({ hour: 9, minute: 0 });
		expect(config.expiryDays).toEqual([30, 14, 7, 3, 1]);
		expect(config.seatPercents).toEqual([100, 90, 80]);
		expect(config.failureDays).toBe(3);
		expect(config.mentionHere).toBe(false);
	});

	it('an invalid value of one setting leaves the others alone', () => {
		const config = toConfig({ request_timeout: 0, seat_thresholds: '70' });
		expect(config.timeoutMs).toBe(5_000);
		expect(config.seatPercents).toEqual([70]);
	});
});

describe('cronOf and nearCapPercent', () => {
	it('cronOf: minute hour * * *', () => {
		expect(cronOf({ hour: 9, minute: 0 })).toBe('0 9 * * *');
		expect(cronOf({ hour: 23, minute: 5 })).toBe('5 23 * * *');
		expect(cronOf(value(parseCheckTime('07:30')))).toBe('30 7 * * *');
	});

	it('nearCapPercent: the lowest seat threshold', () => {
		expect(nearCapPercent(toConfig({}))).toBe(80);
		expect(nearCapPercent(toConfig({ seat_thresholds: '95, 85, 100' }))).toBe(85);
		expect(nearCapPercent(toConfig({ seat_thresholds: '100' }))).toBe(100);
	});
});

describe('SETTING_DEFINITIONS', () => {
	it('defines every setting once', () => {
		expect(SETTING_DEFINITIONS.map((definition) => definition.id).sort()).toEqual([...ALL_IDS].sort());
	});

	it.each(LABEL_FILES)('every setting has its label, description and section in i18n/%s.json', (language) => {
		const labels = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../i18n', `${language}.json`), 'utf8')) as Record<
			string,
			unknown
		>;
		const missing = SETTING_DEFINITIONS.flatMap((definition) =>
			[definition.i18nLabel, definition.i18nDescription, definition.section].filter(
				(key) => typeof labels[key] !== 'string' || (labels[key] as string).trim() === '',
			),
		);
		expect(missing).toEqual([]);
	});

	it('no setting is public, and every package value passes its check', () => {
		for (const definition of SETTING_DEFINITIONS) {
			expect(definition.public).toBe(false);
			expect(SETTING_CHECKS[definition.id as SettingId](definition.packageValue).ok).toBe(true);
		}
	});
});

describe('idle-seat settings', () => {
	it('read name lists with commas, semicolons or spaces, "@" dropped, duplicates once', () => {
		expect(parseNameList('admin, owner;@ceo  ceo')).toEqual({ ok: true, value: ['admin', 'owner', 'ceo'] });
		expect(parseNameList('')).toEqual({ ok: true, value: [] });
		expect(parseNameList('admin, <script>').ok).toBe(false);
	});

	it('read the days as a whole number, from a string too', () => {
		expect(toConfig({ idle_days: '90' }).idleDays).toBe(90);
	});
});

describe('secretsOf', () => {
	it('gives the secret settings as typed and trimmed, and nothing of the other settings', () => {
		const values = { [SETTING.token]: ' tok-1 ', [SETTING.webhookSecret]: 'hook', [SETTING.userId]: 'ada', [SETTING.metricsToken]: 5 };
		expect(secretsOf(values)).toEqual([' tok-1 ', 'tok-1', 'hook', 'hook']);
	});
});
