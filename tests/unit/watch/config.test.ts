import { parseWatchConfig, readConfigFile } from '../../../watch/config';

const sources = (env: Record<string, string> = { RC_TOKEN: 'a-token' }, files: Record<string, string> = {}) => ({
	env,
	readFile: (file: string) => {
		if (!(file in files)) {
			throw new Error('ENOENT');
		}
		return files[file];
	},
});
const minimal = { name: 'acme', url: 'https://chat.acme.com', userId: 'u1', tokenEnv: 'RC_TOKEN', room: 'admins' };
const problems = (raw: unknown, from = sources()) => {
	const parsed = parseWatchConfig(raw, from);
	return parsed.ok ? [] : parsed.problems;
};

test('the minimal form gives the app settings with their defaults and the token from the environment', () => {
	const parsed = parseWatchConfig({ workspaces: [minimal] }, sources());
	if (!parsed.ok) {
		throw new Error(parsed.problems.join('\n'));
	}
	const [workspace] = parsed.config.workspaces;
	expect(workspace.name).toBe('acme');
	expect(workspace.config).toEqual(
		expect.objectContaining({
			serverUrl: 'https://chat.acme.com',
			userId: 'u1',
			token: 'a-token',
			adminRoom: 'admins',
			expiryDays: [30, 14, 7, 3, 1],
			seatPercents: [100, 90, 80],
			webhookUrl: '',
		}),
	);
});

test('settings at the top apply to every workspace, and a workspace overrides them', () => {
	const parsed = parseWatchConfig(
		{ seat_thresholds: '70, 95', workspaces: [minimal, { ...minimal, name: 'beta', seat_thresholds: '50' }] },
		sources(),
	);
	expect(parsed.ok && parsed.config.workspaces.map((workspace) => workspace.config.seatPercents)).toEqual([[95, 70], [50]]);
});

test('a token from a file is read and trimmed', () => {
	const { tokenEnv: _unused, ...fromFile } = minimal;
	const parsed = parseWatchConfig(
		{ workspaces: [{ ...fromFile, tokenFile: '/run/secrets/rc' }] },
		sources({}, { '/run/secrets/rc': 'file-token\n' }),
	);
	expect(parsed.ok && parsed.config.workspaces[0].config.token).toBe('file-token');
});

test('a token or secret written in the config is refused naming the field, never quoting it', () => {
	const found = problems({
		webhook: { url: 'https://hooks.example.com/x', secret: 's3cr3t-value' },
		workspaces: [{ ...minimal, token: 'inline-token-value' }],
	});
	expect(found).toEqual([
		expect.stringContaining('webhook.secret writes a secret'),
		expect.stringContaining('workspaces[0].token writes a secret'),
	]);
	expect(found.join('\n')).not.toMatch(/s3cr3t-value|inline-token-value/);
});

test('every problem is its own line: missing fields, a bad setting, an unset variable, a duplicate name, an unknown field', () => {
	expect(
		problems(
			{
				expiry_thresholds: '30, soon',
				workspaces: [{ ...minimal, tokenEnv: 'UNSET', colour: 'red' }, { name: 'beta' }, minimal],
			},
			sources({ RC_TOKEN: 'a-token' }),
		),
	).toEqual([
		'expiry_thresholds: “soon” is not a whole number',
		'workspaces[0].colour is not a known field.',
		'workspaces[0].tokenEnv: the environment variable UNSET is not set or empty.',
		'workspaces[1].url is missing.',
		'workspaces[1].userId is missing.',
		'workspaces[1]: give exactly one of tokenEnv or tokenFile.',
		'workspaces[2].name: the name “acme” is used twice.',
	]);
});

test('no workspaces, a bad server URL and a name that cannot name a file are refused', () => {
	expect(problems({ workspaces: [] })).toEqual(['The config lists no workspaces: add at least one under "workspaces".']);
	expect(problems({ workspaces: [{ ...minimal, name: 'a/b', url: 'chat.acme.com' }] })).toEqual([
		expect.stringContaining('workspaces[0].name: use letters'),
		expect.stringContaining('workspaces[0].url: expected an http(s) address'),
	]);
});

test('problems are worded in the config’s language', () => {
	expect(problems({ language: 'de', workspaces: [] })).toEqual([
		'Die Konfiguration nennt keinen Workspace: Fügen Sie unter "workspaces" mindestens einen hinzu.',
	]);
	expect(problems({ workspaces: [] }, sources({ LANG: 'pt_BR.UTF-8' }))).toEqual([
		'A configuração não lista nenhum workspace: adicione pelo menos um em "workspaces".',
	]);
});

test('a file that cannot be read, or is not JSON, is one line naming it', () => {
	expect(readConfigFile('/nowhere.json', sources())).toEqual({ ok: false, problems: ['Cannot read the config file /nowhere.json.'] });
	expect(readConfigFile('/c.json', sources({}, { '/c.json': '{"workspaces": [' }))).toEqual({
		ok: false,
		problems: ['The config file /c.json is not valid JSON.'],
	});
});

describe('email over SMTP', () => {
	const smtp = { host: 'smtp.acme.com', port: 587, requireTLS: true, from: 'licenseapp@acme.com', user: 'mailer', passwordEnv: 'SMTP_PW' };
	const withMail = (extra: object = {}) => ({ email_recipients: 'ops@acme.com, cto@acme.com', smtp, workspaces: [minimal], ...extra });
	const env = { RC_TOKEN: 'a-token', SMTP_PW: 'smtp-pass-value' };

	test('the recipients use the app’s setting, the password comes from the environment, and the block applies to every workspace', () => {
		const parsed = parseWatchConfig(withMail({ workspaces: [minimal, { ...minimal, name: 'beta' }] }), sources(env));
		if (!parsed.ok) {
			throw new Error(parsed.problems.join('\n'));
		}
		expect(parsed.config.workspaces.map((workspace) => workspace.config.emailRecipients)).toEqual([
			['ops@acme.com', 'cto@acme.com'],
			['ops@acme.com', 'cto@acme.com'],
		]);
		expect(parsed.config.workspaces[1].smtp).toEqual({
			host: 'smtp.acme.com',
			port: 587,
			secure: false,
			requireTLS: true,
			from: 'licenseapp@acme.com',
			auth: { user: 'mailer', pass: 'smtp-pass-value' },
		});
		expect(parsed.config.workspaces[0].config.emailEveryNotice).toBe(false);
	});

	test('a password from a file is trimmed; secure defaults the port to 465, plain to 587', () => {
		const { passwordEnv: _unused, ...noEnv } = smtp;
		const parsed = parseWatchConfig(
			withMail({ smtp: { ...noEnv, port: undefined, requireTLS: undefined, secure: true, passwordFile: '/run/secrets/smtp' } }),
			sources({ RC_TOKEN: 'a-token' }, { '/run/secrets/smtp': 'from-file\n' }),
		);
		expect(parsed.ok && parsed.config.workspaces[0].smtp).toEqual(
			expect.objectContaining({ port: 465, secure: true, auth: { user: 'mailer', pass: 'from-file' } }),
		);
		const local = parseWatchConfig(withMail({ smtp: { host: 'localhost', from: 'watch@acme.com' } }), sources(env));
		expect(local.ok && local.config.workspaces[0].smtp).toEqual({
			host: 'localhost',
			port: 587,
			secure: false,
			requireTLS: false,
			from: 'watch@acme.com',
		});
	});

	test('a workspace’s own smtp block and recipients replace the shared ones', () => {
		const parsed = parseWatchConfig(
			withMail({
				workspaces: [{ ...minimal, email_recipients: 'beta@beta.org', smtp: { host: '127.0.0.1', port: 2525, from: 'w@beta.org' } }],
			}),
			sources(env),
		);
		expect(parsed.ok && parsed.config.workspaces[0]).toEqual(
			expect.objectContaining({
				config: expect.objectContaining({ emailRecipients: ['beta@beta.org'] }),
				smtp: { host: '127.0.0.1', port: 2525, secure: false, requireTLS: false, from: 'w@beta.org' },
			}),
		);
	});

	test('a password written in the block is refused naming the field, never quoting it', () => {
		const found = problems(withMail({ smtp: { ...smtp, password: 'inline-pw-value', pass: 'other-pw' } }), sources(env));
		expect(found).toEqual([expect.stringContaining('smtp.password writes a secret'), expect.stringContaining('smtp.pass writes a secret')]);
		expect(found.join('\n')).not.toMatch(/inline-pw-value|other-pw/);
	});

	test('a password over plain SMTP to another host is refused unless TLS is required or the config allows it', () => {
		const plain = { ...smtp, requireTLS: false };
		expect(problems(withMail({ smtp: plain }), sources(env))).toEqual([
			'smtp: the SMTP password would cross the network to smtp.acme.com unencrypted. Set secure (TLS from the start) or requireTLS (STARTTLS), or allowInsecure: true if that is really wanted.',
		]);
		expect(problems(withMail({ smtp: { ...plain, secure: true } }), sources(env))).toEqual([]);
		expect(problems(withMail({ smtp: { ...plain, allowInsecure: true } }), sources(env))).toEqual([]);
		expect(problems(withMail({ smtp: { ...plain, host: '127.0.0.1' } }), sources(env))).toEqual([]);
		// Without a password there is nothing to protect on the way.
		const { user: _user, passwordEnv: _pw, ...anonymous } = plain;
		expect(problems(withMail({ smtp: anonymous }), sources(env))).toEqual([]);
	});

	test('every problem of the block is its own line', () => {
		expect(
			problems(
				withMail({
					email_recipients: 'ops@acme.com, not-an-address',
					smtp: { port: 70000, secure: 'yes', from: 'nobody', user: 'mailer', passwordEnv: 'UNSET', requireTLS: true, colour: 1 },
				}),
				sources(env),
			),
		).toEqual([
			'email_recipients: not an email address, so no mail goes there: not-an-address',
			'smtp.colour is not a known field.',
			'smtp.host is missing.',
			'smtp.from: expected one email address, such as licenseapp@example.com.',
			'smtp.secure must be true or false.',
			'smtp.port: expected a port number from 1 to 65535.',
			'smtp.passwordEnv: the environment variable UNSET is not set or empty.',
		]);
	});

	test('a user without a password, or a password without a user, or both sources, are refused', () => {
		const { passwordEnv: _pw, ...noPassword } = smtp;
		expect(problems(withMail({ smtp: noPassword }), sources(env))).toEqual([
			'smtp: give user together with passwordEnv or passwordFile, or none of them.',
		]);
		const { user: _user, ...noUser } = smtp;
		expect(problems(withMail({ smtp: noUser }), sources(env))).toEqual([
			'smtp: give user together with passwordEnv or passwordFile, or none of them.',
		]);
		expect(problems(withMail({ smtp: { ...smtp, passwordFile: '/x' } }), sources(env))).toEqual([
			'smtp: give exactly one of passwordEnv or passwordFile.',
		]);
	});

	test('recipients without an smtp block say that no server sends the mail', () => {
		expect(problems(withMail({ smtp: undefined }), sources(env))).toEqual([
			'workspaces[0]: email recipients are set, but no smtp block says which server sends the mail.',
		]);
		// A broken block is said once, not again as a missing one.
		expect(problems(withMail({ smtp: 'smtp.acme.com' }), sources(env))).toEqual(['smtp must be a JSON object.']);
	});
});
