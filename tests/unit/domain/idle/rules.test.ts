import { holdsSeat, isExcluded, loggedInBefore, refusalFor, selectIdle } from '../../../../lib/domain/idle/rules';
import type { CrossCheck, IIdleEntry, IWorkspaceUser } from '../../../../lib/domain/idle/types';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const user = (id: string, over: Partial<IWorkspaceUser> = {}): IWorkspaceUser => ({
	id,
	username: id,
	roles: ['user'],
	type: 'user',
	active: true,
	lastLogin: daysAgo(1),
	...over,
});
const RULES = { days: 30, excludedRoles: ['admin'], excludedUsers: ['ceo'], ownerId: 'owner', callerId: 'caller' };
const NO_DASHBOARD: CrossCheck = { kind: 'unavailable', reason: 'missing' };

describe('the idle rule', () => {
	it('counts a seat the way Users.getActiveLocalUserCount does', () => {
		expect(holdsSeat(user('a'))).toBe(true);
		expect(holdsSeat(user('a', { active: false }))).toBe(false);
		expect(holdsSeat(user('a', { type: 'bot' }))).toBe(false);
		expect(holdsSeat(user('a', { type: 'app' }))).toBe(false);
		expect(holdsSeat(user('a', { roles: ['guest'] }))).toBe(false);
		expect(holdsSeat(user('a', { roles: ['guest', 'user'] }))).toBe(true);
		expect(holdsSeat(user('a', { federated: true }))).toBe(false);
		expect(holdsSeat(user('a', { type: undefined }))).toBe(true);
	});

	it('is idle with no login, or with the last one before the cutoff', () => {
		const cutoff = NOW.getTime() - 30 * 86_400_000;
		expect(loggedInBefore({}, cutoff)).toBe(true);
		expect(loggedInBefore({ lastLogin: daysAgo(31) }, cutoff)).toBe(true);
		expect(loggedInBefore({ lastLogin: daysAgo(29) }, cutoff)).toBe(false);
	});

	it('lists idle seat holders oldest first, never logged in before any login, with usernames breaking ties', () => {
		const list = selectIdle(
			[
				user('recent'),
				user('old', { lastLogin: daysAgo(100) }),
				user('older', { lastLogin: daysAgo(300) }),
				user('pending-b', { lastLogin: undefined }),
				user('pending-a', { lastLogin: undefined }),
				user('bot', { type: 'bot', lastLogin: undefined }),
				user('guest', { roles: ['guest'], lastLogin: undefined }),
				user('gone', { active: false, lastLogin: daysAgo(400) }),
			],
			RULES,
			NO_DASHBOARD,
			NOW,
		);
		expect(list.idle.map((entry) => entry.id)).toEqual(['pending-a', 'pending-b', 'older', 'old']);
		expect(list.crossCheck).toBe('unavailable');
		expect(list.unavailableReason).toBe('missing');
	});

	it('never lists the owner or the caller, and counts those left out by settings', () => {
		const list = selectIdle(
			[
				user('owner', { lastLogin: undefined }),
				user('caller', { lastLogin: undefined }),
				user('boss', { roles: ['admin', 'user'], lastLogin: daysAgo(90) }),
				user('ceo', { username: 'CEO', lastLogin: daysAgo(90) }),
				user('idle', { lastLogin: daysAgo(90) }),
			],
			RULES,
			NO_DASHBOARD,
			NOW,
		);
		expect(list.idle.map((entry) => entry.id)).toEqual(['idle']);
		expect(list.leftOutBySettings).toBe(2);
		expect(list.excludedIds.sort()).toEqual(['boss', 'ceo']);
	});

	it('excludes by role and by username, with or without "@" and in any case', () => {
		expect(isExcluded({ roles: ['owner'], username: 'x' }, { excludedRoles: ['owner'], excludedUsers: [] })).toBe(true);
		expect(isExcluded({ roles: ['user'], username: 'Ana' }, { excludedRoles: [], excludedUsers: ['@ana'] })).toBe(true);
		expect(isExcluded({ roles: ['user'], username: 'bob' }, { excludedRoles: ['admin'], excludedUsers: ['ana'] })).toBe(false);
	});

	it('takes anyone the engagement dashboard saw in the period off the list, whatever lastLogin says', () => {
		const users = [user('mobile', { lastLogin: daysAgo(200) }), user('idle', { lastLogin: daysAgo(200) })];
		const list = selectIdle(users, RULES, { kind: 'dashboard', activeIds: new Set(['mobile']) }, NOW);
		expect(list.idle.map((entry) => entry.id)).toEqual(['idle']);
		expect(list.activeOnDashboard).toBe(1);
		expect(list.crossCheck).toBe('dashboard');
	});

	it('reads a user seen twice (two pages overlapping) once', () => {
		const idle = user('idle', { lastLogin: daysAgo(90) });
		expect(selectIdle([idle, idle], RULES, NO_DASHBOARD, NOW).idle).toHaveLength(1);
	});
});

describe('the guards', () => {
	const entry = (id: string, admin = false): IIdleEntry => ({ id, username: id, admin });
	const ctx = {
		clickerId: 'clicker',
		ownerId: 'owner',
		listed: new Map([
			['idle', entry('idle')],
			['idle-admin', entry('idle-admin', true)],
		]),
		excludedIds: new Set(['vip']),
		activeAdmins: 3,
	};

	it('lets a listed idle user through', () => {
		expect(refusalFor('idle', ctx)).toBeUndefined();
	});

	it('never reaches the clicker, the owner, an excluded user or anyone not listed, whatever the button said', () => {
		expect(refusalFor('clicker', ctx)).toBe('self');
		expect(refusalFor('owner', ctx)).toBe('owner');
		expect(refusalFor('vip', ctx)).toBe('excluded');
		expect(refusalFor('someone-active', ctx)).toBe('not-idle');
	});

	it('keeps the last active admin', () => {
		expect(refusalFor('idle-admin', ctx)).toBeUndefined();
		expect(refusalFor('idle-admin', { ...ctx, activeAdmins: 1 })).toBe('last-admin');
	});
});
