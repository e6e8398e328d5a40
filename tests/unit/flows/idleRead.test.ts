/** idleRead.ts: a short idle list is read whole; a long one as a window of PER_MESSAGE from a position, oldest first. */
import { PER_MESSAGE } from '../../../lib/domain/idle/actions';
import { toConfig } from '../../../lib/domain/settings';
import { READ_WHOLE_UP_TO, readIdleList } from '../../../lib/flows/idleRead';
import { API_PATHS } from '../../../lib/kit/paths';
import { fakeAccessors } from '../fakes/accessors';
import { OWNER_ID, clientOn, directoryRoutes, member } from '../fakes/workspace';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const config = { ...toConfig({}), userId: OWNER_ID };

/**
 * A directory of `seats` members: `pending` who never logged in, then `idle` whose last login is 31 to 400 days old
 * (the first of them an admin), the rest seen yesterday.
 */
function workspace(seats: number, idle: number, pending = 0) {
	const users = Array.from({ length: seats }, (_, index) => {
		const id = `u${String(index).padStart(5, '0')}`;
		if (index < pending) {
			return member(id, NOW, undefined);
		}
		const rank = index - pending;
		return rank < idle ? member(id, NOW, 31 + ((rank * 37) % 370), rank === 0 ? ['admin'] : ['user']) : member(id, NOW, 1);
	});
	const { http } = fakeAccessors({}, directoryRoutes(users));
	return { client: clientOn(http), http, byLogin: idle, pending };
}

describe('reading the idle list', () => {
	it('reads a short list whole: the rule applies to everyone and no window is stated', async () => {
		const { client, byLogin, pending } = workspace(300, 20);
		expect(pending + byLogin).toBeLessThanOrEqual(READ_WHOLE_UP_TO);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW);
		expect(list.window).toBeUndefined();
		// 20 idle members, less the admin among them that the default excluded-roles setting leaves out.
		expect(list.idle).toHaveLength(19);
		expect(list.leftOutBySettings).toBe(1);
	});

	it('reads a long list as a window: the count by last login, the first ten, and where "Show more" goes on', async () => {
		const { client, byLogin, pending } = workspace(3000, 900, 100);
		expect(pending + byLogin).toBeGreaterThan(READ_WHOLE_UP_TO);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW);
		expect(list.window).toEqual({ byLogin: pending + byLogin, pending, exact: true, from: 0, next: PER_MESSAGE });
		expect(list.idle).toHaveLength(PER_MESSAGE);
		expect(list.idle.every((entry) => !entry.lastLogin)).toBe(true);
	});

	it('reads the window at a position among the users with an old login, oldest first', async () => {
		const { client, byLogin, pending } = workspace(3000, 900, 100);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW, undefined, pending + 5);
		expect(list.idle).toHaveLength(PER_MESSAGE);
		const logins = list.idle.map((entry) => Date.parse(entry.lastLogin as string));
		expect(logins.every((time) => time < NOW.getTime() - 30 * 86_400_000)).toBe(true);
		expect(logins).toEqual([...logins].sort((a, b) => a - b));
		expect(list.window?.next).toBeGreaterThan(pending + 5 + PER_MESSAGE - 1);
		expect(list.window?.next).toBeLessThanOrEqual(pending + byLogin);
	});

	it('lists nobody from past the end, and offers no "Show more"', async () => {
		const { client } = workspace(3000, 900, 100);
		const { list } = await readIdleList(client, config, 30, 'caller', NOW, undefined, 50_000);
		expect(list.idle).toEqual([]);
		expect(list.window?.next).toBeUndefined();
	});

	it('does not read every page of a long list: the requests do not grow with the number idle', async () => {
		const { client, http } = workspace(4000, 3000, 100);
		await readIdleList(client, config, 30, 'caller', NOW);
		// Reading the idle users whole would take 31 pages of 100.
		expect(http.to(API_PATHS.usersListByStatus).length).toBeLessThan(20);
	});
});
