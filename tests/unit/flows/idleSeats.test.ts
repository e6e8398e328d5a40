/** idleSeats.ts: who may deactivate, the list's reply with buttons only when the owner may use them, the daily idle line. */
import { IDLE_ACTION } from '../../../lib/domain/idle/actions';
import { toConfig } from '../../../lib/domain/settings';
import type { ISnapshot } from '../../../lib/domain/snapshot';
import { AppState } from '../../../lib/flows/appState';
import { dailyIdleNote, deactivators, freshness, idleListReply, mayDeactivate, ownerRoles, parseDays } from '../../../lib/flows/idleSeats';
import { Deadline } from '../../../lib/kit/deadline';
import { API_PATHS } from '../../../lib/kit/paths';
import { viewFor } from '../../../lib/render/view';
import { fakeAccessors, jsonReply, user } from '../fakes/accessors';
import { CONNECTED, OWNER_ID, clientOn, directoryRoutes, member, minimalLicensesInfo, permissionsAnswer } from '../fakes/workspace';
import { DEFAULT_PERMISSION_ROLES } from '../fixtures/permissions';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const LICENSED = { license: { plan: 'Enterprise' } } as unknown as ISnapshot;
const COMMUNITY = { license: null } as unknown as ISnapshot;
const view = viewFor('en', NOW, 80);
const config = toConfig(CONNECTED);

/** A workspace of 12 members: `idle` of them last seen 90 days ago, the rest yesterday, plus the owner. */
function setUp(idle: number, ownerRolesHere = ['admin']) {
	const users = [
		member(OWNER_ID, NOW, 0, ['admin']),
		...Array.from({ length: 12 }, (_, index) => member(`member-${String(index).padStart(2, '0')}`, NOW, index < idle ? 90 : 1)),
	];
	const fakes = fakeAccessors(
		{ users: [user(OWNER_ID, ownerRolesHere)] },
		{
			...directoryRoutes(users),
			[API_PATHS.licensesInfo]: jsonReply(minimalLicensesInfo({ seats: 13, cap: 15, now: NOW })),
			[API_PATHS.permissions]: jsonReply(permissionsAnswer(DEFAULT_PERMISSION_ROLES)),
		},
	);
	const state = new AppState();
	return { ...fakes, state, client: clientOn(fakes.http, state.responses) };
}

describe('mayDeactivate', () => {
	it('needs a role holding edit-other-user-active-status, and no guest role on a licensed workspace', async () => {
		const { client } = setUp(0);
		const holders = await deactivators(client);
		expect(mayDeactivate(['admin'], holders, LICENSED)).toBe(true);
		expect(mayDeactivate(['user'], holders, LICENSED)).toBe(false);
		expect(mayDeactivate(undefined, holders, LICENSED)).toBe(false);
		expect(mayDeactivate(['guest', 'admin'], holders, LICENSED)).toBe(false);
		expect(mayDeactivate(['guest', 'admin'], holders, COMMUNITY)).toBe(true);
	});
});

describe('the helpers of a reply', () => {
	it('reads the token owner’s roles from the engine, none for an unknown owner', async () => {
		const { accessors } = setUp(0, ['admin', 'auditor']);
		expect(await ownerRoles(accessors, config)).toEqual(['admin', 'auditor']);
		expect(await ownerRoles(accessors, { ...config, userId: 'nobody' })).toBeUndefined();
	});

	it('reuses cached lists until this instance changes a user, then none older than the change', () => {
		const state = new AppState();
		expect(freshness(state)).toBeUndefined();
		state.usersChangedAt = Date.now() - 5_000;
		const age = freshness(state) as number;
		expect(age).toBeGreaterThanOrEqual(5_000);
		expect(age).toBeLessThan(60_000);
	});

	it('takes a number of days from 1 to 3650, the setting when none is given', () => {
		expect(parseDays(undefined, 30)).toBe(30);
		expect(parseDays('', 30)).toBe(30);
		expect(parseDays('60', 30)).toBe(60);
		expect(parseDays('3650', 30)).toBe(3650);
		for (const bad of ['0', '3651', '-5', '1e3', '7.5', 'soon']) {
			expect(parseDays(bad, 30)).toBeUndefined();
		}
	});
});

describe('idleListReply', () => {
	const reply = (fakes: ReturnType<typeof setUp>) =>
		idleListReply({ ...fakes, config, view, caller: user('ada', ['admin']), days: 30, offset: 0 });

	it('lists the idle members, with Deactivate buttons when the token’s owner may deactivate', async () => {
		const rendered = await reply(setUp(3));
		expect(rendered.text).toContain('member-00');
		expect(rendered.text).toContain('member-02');
		expect(rendered.text).not.toContain('member-03');
		expect(JSON.stringify(rendered.blocks)).toContain(IDLE_ACTION.deactivate);
	});

	it('offers no button when the token’s owner may not deactivate', async () => {
		const rendered = await reply(setUp(3, ['user']));
		expect(rendered.text).toContain('member-00');
		expect(JSON.stringify(rendered.blocks)).not.toContain(IDLE_ACTION.deactivate);
	});
});

describe('dailyIdleNote', () => {
	it('counts the idle seats for the seat notice, with a Review button', async () => {
		const fakes = setUp(4);
		const note = await dailyIdleNote(fakes.accessors, fakes.state, config, view, Deadline.none());
		expect(note?.text).toMatch(/^4 seats /);
		expect(JSON.stringify(note?.blocks)).toContain(IDLE_ACTION.review);
	});

	it('adds nothing when nobody is idle', async () => {
		const fakes = setUp(0);
		expect(await dailyIdleNote(fakes.accessors, fakes.state, config, view, Deadline.none())).toBeUndefined();
	});

	it('adds nothing and logs why when the list cannot be read: the notice goes out without it', async () => {
		const fakes = setUp(4);
		fakes.http.routes[API_PATHS.usersListByStatus] = { statusCode: 500, content: 'oops' };
		expect(await dailyIdleNote(fakes.accessors, fakes.state, config, view, Deadline.none())).toBeUndefined();
		expect(fakes.logger.lines('warn')).toHaveLength(1);
	});
});
