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
