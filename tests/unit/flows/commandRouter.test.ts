/** The words /license and /seats take, and the hint Rocket.Chat's slash-command popup shows for them. */
import * as fs from 'fs';
import * as path from 'path';

import { SETTING } from '../../../lib/domain/settings';
import { saveHistory } from '../../../lib/engine/store';
import { AppState } from '../../../lib/flows/appState';
import { parseArguments, runCommand, subCommandWords } from '../../../lib/flows/commandRouter';
import type { CommandName } from '../../../lib/flows/commandRouter';
import { textsFor } from '../../../lib/i18n/texts';
import { API_PATHS } from '../../../lib/kit/paths';
import type { Route } from '../fakes/accessors';
import { fakeAccessors, jsonReply, room, user } from '../fakes/accessors';
import { CONNECTED, OWNER_ID, TOKEN, minimalLicensesInfo, permissionsAnswer } from '../fakes/workspace';
import { DEFAULT_PERMISSION_ROLES } from '../fixtures/permissions';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const COMMANDS: CommandName[] = ['license', 'seats'];
const LANGUAGES = fs.readdirSync(path.join(ROOT, 'i18n')).filter((file) => file.endsWith('.json'));

describe('parseArguments', () => {
	it('reads the sub-command, forgiving case and spaces', () => {
		expect(parseArguments('license', [])).toEqual({ sub: 'summary' });
		expect(parseArguments('license', ['  LIMITS '])).toEqual({ sub: 'limits' });
		expect(parseArguments('seats', [])).toEqual({ sub: 'seats' });
		expect(parseArguments('seats', ['', 'Breakdown'])).toEqual({ sub: 'breakdown' });
	});

	it('takes one word after the sub-commands that accept one, and only the words they accept', () => {
		expect(parseArguments('seats', ['idle', '60'])).toEqual({ sub: 'idle', argument: '60' });
		expect(parseArguments('seats', ['idle', 'soon'])).toEqual({ sub: 'idle', argument: 'soon' });
		expect(parseArguments('seats', ['trend', '365'])).toEqual({ sub: 'trend', argument: '365' });
		expect(parseArguments('seats', ['trend', '12'])).toEqual({ sub: 'help', unknown: '12' });
		expect(parseArguments('license', ['limits', 'now'])).toEqual({ sub: 'help', unknown: 'now' });
	});

	it('answers anything else with help, naming what was not understood', () => {
		expect(parseArguments('license', ['limts'])).toEqual({ sub: 'help', unknown: 'limts' });
		expect(parseArguments('seats', ['idle', '30', 'days'])).toEqual({ sub: 'help', unknown: '30 days' });
		// A word of the other command is not one of this command's.
		expect(parseArguments('license', ['trend'])).toEqual({ sub: 'help', unknown: 'trend' });
	});
});

describe('the popup hint of each command', () => {
	it.each(COMMANDS.flatMap((command) => LANGUAGES.map((file) => [command, file] as const)))(
		'/%s in %s names every word the command takes, and no other',
		(command, file) => {
			const labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', file), 'utf8')) as Record<string, string>;
			const hint = labels[`${command}_params`];
			const words = /^\[(.*)\]$/
				.exec(hint)?.[1]
				.split('|')
				.map((word) => word.trim());
			expect(words?.sort()).toEqual(subCommandWords(command).sort());
		},
	);
});

describe('runCommand', () => {
	const NOW = new Date('2026-11-19T09:00:00.000Z');
	const { t } = textsFor('en');
	const here = room('r-ops', 'ops');

	beforeEach(() => jest.useFakeTimers({ now: NOW, advanceTimers: true }));
	afterEach(() => jest.useRealTimers());

	function setUp(routes: Record<string, Route> = {}) {
		const fakes = fakeAccessors(
			{
				settings: { ...CONNECTED, [SETTING.adminRoom]: 'admins' },
				users: [user(OWNER_ID, ['admin'])],
				rooms: [here, room('r-admins', 'admins')],
			},
			{
				[API_PATHS.licensesInfo]: jsonReply(minimalLicensesInfo({ seats: 185, cap: 200, now: NOW })),
				[API_PATHS.permissions]: jsonReply(permissionsAnswer(DEFAULT_PERMISSION_ROLES)),
				...routes,
			},
		);
		const state = new AppState();
		const run = (command: CommandName, args: string[], sender = user('ada', ['admin'])) =>
			runCommand(fakes.accessors, state, command, { sender, room: here, args, appId: 'app-id' });
		const reply = () => fakes.modify.notified.at(-1)?.text ?? '';
		return { ...fakes, state, run, reply };
	}

	it('answers help privately without reading the workspace', async () => {
		const { run, reply, http, modify } = setUp();
		await run('license', ['help'], user('bob', ['user']));
		expect(reply()).toContain(t('help_title'));
		expect(modify.notified.map((notice) => notice.room?.id)).toEqual(['r-ops']);
		expect(http.requests).toEqual([]);
	});

	it('refuses a caller without the permission and never reads the license for them', async () => {
		const { run, reply, http } = setUp();
		await run('seats', [], user('bob', ['user']));
		expect(reply()).toContain(t('refusal'));
		expect(reply()).not.toContain('185');
		expect(http.to(API_PATHS.licensesInfo)).toEqual([]);
	});

	it('answers an allowed caller with the workspace’s figures', async () => {
		const { run, reply } = setUp();
		await run('seats', []);
		expect(reply()).toContain('185');
		expect(reply()).toContain('200');
	});

	it('answers a workspace fault with its reason, never with the token', async () => {
		const { run, reply } = setUp({ [API_PATHS.permissions]: { statusCode: 502, content: `Bad Gateway ${TOKEN}` } });
		await run('license', ['limits']);
		expect(reply()).toContain('502');
		expect(reply()).not.toContain(TOKEN);
	});

	it('runs the daily check on /license check, posts what is new and reports it to the caller', async () => {
		const { run, reply, modify } = setUp();
		await run('license', ['check']);
		expect(modify.posts.map((post) => post.room.id)).toEqual(['r-admins']);
		expect(reply()).toContain('#admins');
	});

	it('says under /license check which saved setting was refused, quoting it without the secret', async () => {
		const { run, reply, state } = setUp();
		state.rejectedSettings.set(SETTING.failureDays, { problem: { kind: 'not-whole-number', item: `x${TOKEN}` }, at: NOW.toISOString() });
		await run('license', ['check']);
		const withNote = reply();
		state.rejectedSettings.clear();
		await run('license', ['check']);
		expect(withNote.length).toBeGreaterThan(reply().length);
		expect(withNote).not.toContain(TOKEN);
	});

	it('sends the seat history as a file to the caller only, once there is one', async () => {
		const { run, reply, modify, persistence } = setUp();
		await run('seats', ['export']);
		expect(modify.uploads).toEqual([]);
		await saveHistory(persistence.asWrite(), { points: [{ day: '2026-11-18', seats: 184 }], backfill: { offset: 0, done: true } });
		await run('seats', ['export']);
		expect(modify.uploads).toHaveLength(1);
		expect(modify.uploads[0].content).toContain('2026-11-18');
		expect(modify.uploads[0].room).toMatchObject({ usernames: expect.arrayContaining(['ada']) });
		expect(reply()).toContain('seats-2026-11-19.csv');
	});

	it('answers a fault of the app itself with an internal error, and logs it', async () => {
		const { run, reply, persistence, logger } = setUp();
		persistence.failReads = new Error('persistence is down');
		await run('license', []);
		expect(reply()).toContain(t('error_internal'));
		expect(logger.lines('error').join('\n')).toContain('persistence is down');
	});
});
