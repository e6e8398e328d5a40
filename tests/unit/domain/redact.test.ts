/** Setting values in log lines (redacted, capped) and credentials that cannot be valid (refused when saved). */
import { LOG_ECHO_MAX, redact } from '../../../lib/domain/redact';
import { SETTING_CHECKS, toConfig } from '../../../lib/domain/settings';
import { guardSettingUpdate } from '../../../lib/entry/settingUpdates';

const TOKEN = 'Xq3v_9aZ-kL0pR7sT2uW4yB6nC8dE1fG3hJ5mN7pQ9r';

function rejectedLog(id: string, value: unknown, secrets: string[] = [], rejected = new Map()): string {
	const lines: string[] = [];
	const logger = { error: (...args: unknown[]) => lines.push(args.join(' ')) } as never;
	const setting = (v: unknown) =>
		({ id, value: v, packageValue: '', type: 'string', required: false, public: false, i18nLabel: '' }) as never;
	guardSettingUpdate({ oldSetting: setting('old'), newSetting: setting(value) } as never, logger, rejected, secrets);
	return lines.join('\n');
}

describe('redact()', () => {
	it('masks URL credentials, token-like runs and secret pairs', () => {
		expect(redact('https://admin:hunter2@chat.example.com/x')).toBe('https://***@chat.example.com/x');
		expect(redact(`token=${TOKEN}`)).not.toContain(TOKEN);
		expect(redact(`see ${TOKEN} here`)).toBe('see *** here');
		expect(redact('password: hunter2, ok')).toBe('password: ***, ok');
		expect(redact('Bearer abc.def')).toBe('Bearer ***');
	});

	it('removes URL credentials whatever the password holds', () => {
		expect(redact('https://user:p@ssw0rd@host.example/x')).toBe('https://***@host.example/x');
		expect(redact('go to https://user:a:b/c@d@host.example/x now')).toBe('go to https://***@host.example/x now');
		expect(redact('ftp://u:pw@h and //u2:pw2@h2')).not.toMatch(/pw/);
	});

	it('masks the exact configured secrets wherever they appear, as typed and JSON-escaped', () => {
		const secret = 'sh0rt "s3cret"!';
		expect(redact(`x${secret}y`, [secret])).toBe('x***y');
		expect(redact(JSON.stringify(`a ${secret} b`), [secret])).toBe('"a *** b"');
		expect(redact('nothing to hide', ['', 'absent'])).toBe('nothing to hide');
	});

	it('strips bidirectional overrides and zero-width characters', () => {
		expect(redact('evil\u202Etxt.exe \u2066x\u2069 a\u200Bb')).toBe('evil txt.exe  x  a b');
	});

	it(`caps what it echoes at ${LOG_ECHO_MAX} characters and drops control characters`, () => {
		const long = redact('a b '.repeat(50_000));
		expect(long.length).toBeLessThan(LOG_ECHO_MAX + 40);
		expect(long).toContain('(200000 characters)');
		// eslint-disable-next-line no-control-regex
		expect(redact('x\u0000y\u001B[31mz')).not.toMatch(/[\u0000\u001B]/);
	});
});

describe('a rejected setting is logged redacted and capped', () => {
	it('a server URL with user:pass@ never shows the password', () => {
		const line = rejectedLog('server_url', 'https://admin:hunter2@chat.example.com/?x=1');
		expect(line).toContain('rejected');
		expect(line).not.toContain('hunter2');
	});

	it('a 100 KB value is cut', () => {
		const line = rejectedLog('check_time', '9'.repeat(100_000));
		expect(line.length).toBeLessThan(500);
	});

	it('a pasted token or a configured secret in another setting is masked in the log line and in what is kept', () => {
		const rejected = new Map();
		const line = rejectedLog('seat_thresholds', `80 ${TOKEN}`, ['webhook-pass'], rejected);
		expect(line).not.toContain(TOKEN.slice(0, 10));
		expect(JSON.stringify([...rejected])).not.toContain(TOKEN.slice(0, 10));
		const secretLine = rejectedLog('expiry_thresholds', 'x-webhook-pass-y', ['webhook-pass'], rejected);
		expect(secretLine).toContain('rejected');
		expect(secretLine + JSON.stringify([...rejected])).not.toContain('webhook-pass');
	});

	it('a refused secret, or a refusal whose previous value holds a secret, is saved instead of echoed back to the engine', () => {
		const setting = (id: string, v: unknown) =>
			({ id, value: v, packageValue: '', type: 'string', required: false, public: false, i18nLabel: '' }) as never;
		const guard = (id: string, previous: unknown, next: unknown, rejected = new Map()) =>
			guardSettingUpdate(
				{ oldSetting: setting(id, previous), newSetting: setting(id, next) } as never,
				{ error: () => undefined } as never,
				rejected,
				[],
			);
		const rejected = new Map();
		expect(guard('access_token', TOKEN, 'bad token', rejected)).toBeUndefined();
		expect(rejected.get('access_token')).toMatchObject({ saved: true });
		expect(guard('idle_excluded_users', `ann ${TOKEN}`, 'ann!')).toBeUndefined();
		expect(guard('idle_excluded_users', 'ann', 'ann!')).toMatchObject({ value: 'ann' });
	});

	it('the token is never shown, even rejected', () => {
		const line = rejectedLog('access_token', `${TOKEN}\u0000`);
		expect(line).toContain('(hidden)');
		expect(line).not.toContain(TOKEN);
	});
});

describe('user id and token that cannot be valid are refused when saved', () => {
	it.each([
		['a control character', `${TOKEN}\u0007`],
		['a NUL', `abc\u0000def`],
		['non-ASCII', 'tökén'],
		['an inner space', 'abc def'],
		['an absurd length', 'a'.repeat(100_000)],
	])('%s', (_, value) => {
		const checked = SETTING_CHECKS.access_token(value);
		expect(checked.ok).toBe(false);
		expect(JSON.stringify(checked)).not.toContain(value.slice(0, 20));
		expect(SETTING_CHECKS.user_id(value).ok).toBe(false);
	});

	it('real ones pass, trimmed', () => {
		expect(SETTING_CHECKS.access_token(` ${TOKEN} `)).toEqual({ ok: true, value: TOKEN });
		expect(SETTING_CHECKS.user_id('rocket.cat')).toEqual({ ok: true, value: 'rocket.cat' });
		expect(SETTING_CHECKS.user_id('aBcDeFgHiJkLmNoPq')).toEqual({ ok: true, value: 'aBcDeFgHiJkLmNoPq' });
	});

	it('a stored invalid token counts as not set', () => {
		expect(toConfig({ access_token: 'bad token\n' }).token).toBe('');
	});
});
