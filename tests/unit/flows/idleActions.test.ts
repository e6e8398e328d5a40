/** idleActions.ts: every idle-seat button is judged again on the server on each click: who clicks, the owner, the list. */
import { SUCCESS_TTL_MS } from '../../../lib/api/cache';
import { IDLE_ACTION, blockIdFor } from '../../../lib/domain/idle/actions';
import { SETTING } from '../../../lib/domain/settings';
import { KEYS } from '../../../lib/engine/store';
import { AppState } from '../../../lib/flows/appState';
import type { IClick } from '../../../lib/flows/idleActions';
import { handleIdleClick } from '../../../lib/flows/idleActions';
import { textsFor } from '../../../lib/i18n/texts';
import { API_PATHS } from '../../../lib/kit/paths';
import type { IFakeUser } from '../../support/idleWorkspace';
import { fakeAccessors, jsonReply, room, user } from '../fakes/accessors';
import { CONNECTED, OWNER_ID, directoryRoutes, member, minimalLicensesInfo, permissionsAnswer } from '../fakes/workspace';
import { DEFAULT_PERMISSION_ROLES } from '../fixtures/permissions';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const { t } = textsFor('en');
const here = room('r-ops', 'ops');
const admin = user('ada', ['admin']);

beforeEach(() => jest.useFakeTimers({ now: NOW, advanceTimers: true }));
afterEach(() => jest.useRealTimers());

function setUp(o: { ownerRoles?: string[] } = {}) {
	const directory: IFakeUser[] = [
		member(OWNER_ID, NOW, 0, ['admin']),
		member('ada', NOW, 0, ['admin']),
		member('idle-1', NOW, 90),
		member('idle-2', NOW, 120),
		member('busy', NOW, 1),
	];
	const fakes = fakeAccessors(
		{
			settings: { ...CONNECTED, [SETTING.adminRoom]: 'admins' },
			users: [user(OWNER_ID, o.ownerRoles ?? ['admin']), admin],
			rooms: [here, room('r-admins', 'admins')],
		},
		{
			...directoryRoutes(directory),
			[API_PATHS.licensesInfo]: jsonReply(minimalLicensesInfo({ seats: 5, cap: 10, now: NOW })),
			[API_PATHS.permissions]: jsonReply(permissionsAnswer(DEFAULT_PERMISSION_ROLES)),
		},
	);
	const state = new AppState();
	const click = (action: keyof typeof IDLE_ACTION, value?: string, by = admin, extra: Partial<IClick> = {}) =>
		handleIdleClick(fakes.accessors, state, {
			appId: 'app-id',
			actionId: IDLE_ACTION[action],
			blockId: blockIdFor(30),
			value,
			user: by,
			room: here,
			...extra,
		});
	/** The text of the last private reply. */
	const reply = () => fakes.modify.notified.at(-1)?.text ?? '';
	const writes = () => fakes.http.to(API_PATHS.usersSetActiveStatus).map((request) => request.data);
	return { ...fakes, directory, state, click, reply, writes };
}

describe('handleIdleClick', () => {
	it('ignores an action that is not an idle-seat button', async () => {
		const { accessors, state, modify } = setUp();
		expect(await handleIdleClick(accessors, state, { appId: 'app-id', actionId: 'other_app_button', user: admin, room: here })).toBe(false);
		expect(modify.notified).toEqual([]);
	});

	it('answers Cancel privately to the clicker, and changes nothing', async () => {
		const { click, modify, reply, writes } = setUp();
		expect(await click('cancel')).toBe(true);
		expect(modify.notified.map((notice) => [notice.user.id, notice.room?.id])).toEqual([['ada', 'r-ops']]);
		expect(reply()).toContain(t('idle_cancelled'));
		expect(writes()).toEqual([]);
	});

	it('refuses a clicker without the permission to deactivate, whatever the button says', async () => {
		const { click, reply, writes } = setUp();
		await click('confirm', 'idle-1', user('bob', ['user']));
		expect(reply()).toContain(t('idle_refused_permission'));
		expect(writes()).toEqual([]);
	});

	it('refuses when the token’s owner may no longer deactivate', async () => {
		const { click, reply, writes } = setUp({ ownerRoles: ['user'] });
		await click('confirm', 'idle-1');
		expect(reply()).toContain(t('idle_refused_owner'));
		expect(writes()).toEqual([]);
	});

	it('refuses to show the list to a clicker who may not see license data, and shows none of it', async () => {
		const { click, reply } = setUp();
		await click('review', '30', user('bob', ['user']));
		expect(reply()).toContain(t('refusal'));
		expect(reply()).not.toContain('idle-1');
	});

	it('asks to confirm before deactivating anyone', async () => {
		const { click, reply, writes, modify } = setUp();
		await click('deactivate', 'idle-1');
		expect(reply()).toContain('idle-1');
		expect(JSON.stringify(modify.notified.at(-1)?.blocks)).toContain(IDLE_ACTION.confirm);
		expect(writes()).toEqual([]);
	});

	it('deactivates a confirmed idle user, keeps the undo record and posts the audit in the admin room', async () => {
		const { click, writes, persistence, modify, directory, logger } = setUp();
		await click('confirm', 'idle-1');
		expect(writes()).toEqual([{ userId: 'idle-1', activeStatus: false }]);
		expect(directory.find((entry) => entry._id === 'idle-1')?.active).toBe(false);
		expect(persistence.get(`${KEYS.idleUndo}idle-1`)).toEqual([expect.objectContaining({ userId: 'idle-1', clicker: 'ada' })]);
		expect(modify.posts.map((post) => post.room.id)).toEqual(['r-admins']);
		expect(modify.posts[0].text).toContain('idle-1');
		expect(logger.lines('info').join('\n')).toContain('idle-1');
	});

	it('deactivates nobody the idle list would not offer: a crafted value naming an active user', async () => {
		const { click, writes, reply } = setUp();
		await click('confirm', 'busy,ada');
		expect(writes()).toEqual([]);
		expect(reply()).toContain('@busy');
	});

	it('checks the clicker’s permission again on each click, against the roles as the workspace now has them', async () => {
		const { click, writes, http, reply } = setUp();
		await click('confirm', 'idle-1');
		http.routes[API_PATHS.permissions] = jsonReply(
			permissionsAnswer({ ...DEFAULT_PERMISSION_ROLES, 'edit-other-user-active-status': ['owner'] }),
		);
		// A second later: well within the time the answer cache keeps a success, which a click must not rely on.
		jest.setSystemTime(NOW.getTime() + Math.min(1000, SUCCESS_TTL_MS / 2));
		await click('confirm', 'idle-2');
		expect(writes()).toEqual([{ userId: 'idle-1', activeStatus: false }]);
		expect(reply()).toContain(t('idle_refused_permission'));
		// One roles answer per click judges both the clicker and the token's owner.
		expect(http.to(API_PATHS.permissions)).toHaveLength(2);
	});

	it('undoes a deactivation it made, and only one it made', async () => {
		const { click, writes, reply } = setUp();
		await click('undo', 'idle-2');
		expect(reply()).toContain(t('idle_undo_unknown'));
		await click('confirm', 'idle-1');
		await click('undo', 'idle-1');
		expect(writes()).toEqual([
			{ userId: 'idle-1', activeStatus: false },
			{ userId: 'idle-1', activeStatus: true },
		]);
		expect(reply()).toContain(t('idle_undo_done', { username: 'idle-1' }));
	});

	it('answers an internal error privately and logs it, when something other than the workspace fails', async () => {
		const { click, reply, persistence, logger } = setUp();
		persistence.failReads = new Error('persistence is down');
		await click('undo', 'idle-1');
		expect(reply()).toContain(t('error_internal'));
		expect(logger.lines('error').join('\n')).toContain('persistence is down');
	});
});
