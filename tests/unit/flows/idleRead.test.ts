import { PER_MESSAGE } from '../../../lib/domain/idle/actions';
import { toConfig } from '../../../lib/domain/settings';
import { READ_WHOLE_UP_TO, readIdleList } from '../../../lib/flows/idleRead';
import { CUTOFF, NOW, workspace } from '../../support/idleWorkspace';

const config = { ...toConfig({}), userId: 'owner' };

/** What the directory holds: pending users and users idle by last login, as the app's queries select them. */
function truth(directory: ReturnType<typeof workspace>['directory']) {
	const active = directory.users.filter((user) => user.active && user.type === 'user');
	return {
		pending: active.filter((user) => !user.lastLogin).length,
		byLogin: active.filter((user) => user.lastLogin && user.lastLogin.getTime() < CUTOFF).length,
	};
}

describe('reading the idle list', () => {
	it('reads a short list whole: the rule applies to everyone and no window is stated', async () => {
		const { client, directory } = workspace(300, 20);
		const { pending, byLogin } = truth(directory);
		expect(pending + byLogin).toBeLessThanOrEqual(READ_WHOLE_UP_TO);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW);
		expect(list.window).toBeUndefined();
		// 20 idle members, less the admin among them that the default excluded-roles setting leaves out.
		expect(list.idle).toHaveLength(19);
		expect(list.leftOutBySettings).toBe(1);
	});

	it('reads a long list as a window: the count by last login, the first ten, and where "Show more" goes on', async () => {
		const { client, directory } = workspace(5000, 1400);
		const { pending, byLogin } = truth(directory);
		expect(pending + byLogin).toBeGreaterThan(READ_WHOLE_UP_TO);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW);
		expect(list.window).toEqual({ byLogin: pending + byLogin, pending, exact: true, from: 0, next: PER_MESSAGE });
		expect(list.idle).toHaveLength(PER_MESSAGE);
		expect(list.idle.every((entry) => !entry.lastLogin)).toBe(true);
	});

	it('reads the window at a position among the users with an old login, oldest first', async () => {
		const { client, directory } = workspace(5000, 1400);
		const { pending, byLogin } = truth(directory);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW, undefined, pending + 5);
		expect(list.idle).toHaveLength(PER_MESSAGE);
		const logins = list.idle.map((entry) => Date.parse(entry.lastLogin as string));
		expect(logins.every((time) => time < CUTOFF)).toBe(true);
		expect(logins).toEqual([...logins].sort((a, b) => a - b));
		expect(list.window?.next).toBeGreaterThan(pending + 5 + PER_MESSAGE - 1);
		expect(list.window?.next).toBeLessThanOrEqual(pending + byLogin);
	});

	it('lists nobody from past the end, and offers no "Show more"', async () => {
		const { client } = workspace(5000, 1400);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW, undefined, 50_000);
		expect(list.idle).toEqual([]);
		expect(list.window?.next).toBeUndefined();
	});
});
