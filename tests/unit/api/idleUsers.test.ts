import { BY_OLDEST_LOGIN, PENDING, countByLogin, crossCheckFrom, readDashboard, readPage, seenAmong } from '../../../lib/api/idleUsers';
import { API_PATHS } from '../../../lib/kit/paths';
import { CUTOFF, NOW, workspace } from '../../support/idleWorkspace';

describe('reading idle users', () => {
	it('counts users idle by last login with one-user probes and one last page, as the directory holds them', async () => {
		const { client, calls, directory } = workspace(5000, 700);
		const first = await readPage(client, BY_OLDEST_LOGIN, 0);
		const counted = await countByLogin(client, CUTOFF, first);
		const truth = directory.users.filter(
			(user) => user.active && user.type === 'user' && user.lastLogin && user.lastLogin.getTime() < CUTOFF,
		).length;
		expect(counted).toMatchObject({ count: truth, exact: true });
		expect(calls[0]).toEqual({
			status: 'active',
			hasLoggedIn: 'true',
			type: 'user',
			sort: '{"lastLogin":1,"_id":1}',
			count: '100',
			offset: '0',
		});
		const probes = calls.slice(1);
		expect(probes.slice(0, -1).every((call) => call.count === '1')).toBe(true);
		expect(Number(probes[probes.length - 1].count)).toBeLessThanOrEqual(100);
		expect(probes).toHaveLength(counted.probes);
		// Rounds of two split the ~5,000 users into thirds until 100 are left, then one page.
		expect(counted.probes).toBeLessThanOrEqual(2 * Math.ceil(Math.log(first.total / 100) / Math.log(3)) + 1);
	});

	it('needs no search when the first page already reaches a recent login', async () => {
		const { client, calls } = workspace(300, 20);
		const counted = await countByLogin(client, CUTOFF, await readPage(client, BY_OLDEST_LOGIN, 0));
		expect(counted.probes).toBe(0);
		expect(calls).toHaveLength(1);
	});

	it('gets no more than API_Upper_Count_Limit users in a page, whatever count asks', async () => {
		const { client } = workspace(5000, 700);
		expect((await readPage(client, PENDING, 0, 500)).users).toHaveLength(100);
	});

	it('keeps only the candidates the dashboard saw, and calls a missing module or a refusal unavailable', async () => {
		const on = workspace(300);
		const body = await readDashboard(on.client, new Date(CUTOFF), NOW);
		const regular = on.directory.users[2]._id;
		const check = crossCheckFrom(body, new Set([regular, 'never-seen']));
		expect(check).toEqual({ kind: 'dashboard', activeIds: new Set([regular]) });
		expect(await readDashboard(workspace(300, undefined, 404).client, new Date(CUTOFF), NOW)).toEqual({
			kind: 'unavailable',
			reason: 'missing',
		});
		expect(await readDashboard(workspace(300, undefined, 403).client, new Date(CUTOFF), NOW)).toEqual({
			kind: 'unavailable',
			reason: 'refused',
		});
	});

	it('treats a dashboard answer it cannot read as unavailable, not as a failed list', () => {
		expect(crossCheckFrom({ kind: 'body', body: { month: [{ usersList: [1, 2] }] } }, new Set())).toEqual({
			kind: 'unavailable',
			reason: 'failed',
		});
		expect(() => seenAmong({ month: 'x' }, new Set())).toThrow();
	});

	it('passes on Rocket.Chat error codes of a refused write', async () => {
		const { client, directory } = workspace(50);
		const owner = directory.users.find((user) => user.lastOwnerOf) as { _id: string };
		await expect(client.postJson(API_PATHS.usersSetActiveStatus, { userId: owner._id, activeStatus: false })).rejects.toMatchObject({
			kind: 'malformed',
			detail: { status: 400, errorType: 'user-last-owner' },
		});
	});
});
