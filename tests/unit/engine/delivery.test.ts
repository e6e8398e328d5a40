/** delivery.ts: notices go to the admin room, else by direct message to the token's owner; the fallback is logged once. */
import { toConfig } from '../../../lib/domain/settings';
import { deliver } from '../../../lib/engine/delivery';
import type { IOutgoing } from '../../../lib/engine/delivery';
import { render, section } from '../../../lib/render/message';
import { APP_USER, fakeAccessors, room, user } from '../fakes/accessors';

const owner = user('owner', ['admin']);
const admins = room('r-admins', 'admins');
const outgoing: IOutgoing = { message: render([section('@here Seats: 200 of 200')]), plain: render([section('Seats: 200 of 200')]) };
const note = (name: string | undefined) => render([section(`NOTE: set the admin room (${name ?? 'none'})`)]);
const configWith = (adminRoom: string) => ({ ...toConfig({ admin_room: adminRoom }), userId: 'owner' });

function setUp(rooms = [admins]) {
	return fakeAccessors({ users: [owner], rooms });
}

describe('deliver', () => {
	it('posts in the admin room and says where; no direct message, nothing logged', async () => {
		const { accessors, modify, logger } = setUp();
		expect(await deliver(accessors, configWith('admins'), outgoing, note)).toBe('#admins');
		expect(modify.posts.map((post) => [post.room.id, post.text])).toEqual([['r-admins', outgoing.message.text]]);
		expect(logger.entries).toEqual([]);
	});

	it('posts the plain form when the room refuses the message with @here', async () => {
		const { accessors, modify, logger } = setUp();
		modify.refuse = (post) => (post.text.includes('@here') ? new Error('error-action-not-allowed') : undefined);
		expect(await deliver(accessors, configWith('admins'), outgoing, note)).toBe('#admins');
		expect(modify.posts.map((post) => post.text)).toEqual([outgoing.plain?.text]);
		expect(logger.lines('warn').join('\n')).toContain('error-action-not-allowed');
	});

	it.each([
		['unset', '', undefined],
		['missing', 'nowhere', 'nowhere'],
	])('falls back to a direct message to the owner when the room is %s, with the note on how to set it', async (_, name, noted) => {
		const { accessors, modify } = setUp();
		expect(await deliver(accessors, configWith(name), outgoing, note)).toBe('@owner');
		expect(modify.posts).toHaveLength(1);
		const [post] = modify.posts;
		expect(post.room).toMatchObject({ type: 'd', usernames: [APP_USER.username, 'owner'] });
		expect(post.text).toContain(outgoing.message.text);
		expect(post.text).toContain(note(noted).text);
	});

	it('falls back when the room refuses every post, and names the refusal in the log', async () => {
		const { accessors, modify, logger } = setUp();
		modify.refuse = (post) => (post.room.id === 'r-admins' ? new Error('not a member') : undefined);
		expect(await deliver(accessors, configWith('admins'), outgoing, note)).toBe('@owner');
		expect(logger.lines('warn').join('\n')).toMatch(/cannot post in the admin room "admins"[^\n]*not a member/);
	});

	it('logs the same problem once, and again after a post in the room worked', async () => {
		const { accessors, logger, world } = setUp();
		const fallbackLines = () => logger.lines('warn').filter((line) => line.includes('was not found')).length;
		await deliver(accessors, configWith('nowhere'), outgoing, note);
		await deliver(accessors, configWith('nowhere'), outgoing, note);
		expect(fallbackLines()).toBe(1);
		world.rooms.push(room('r-nowhere', 'nowhere'));
		await deliver(accessors, configWith('nowhere'), outgoing, note);
		world.rooms.splice(
			world.rooms.findIndex((candidate) => candidate.id === 'r-nowhere'),
			1,
		);
		await deliver(accessors, configWith('nowhere'), outgoing, note);
		expect(fallbackLines()).toBe(2);
	});

	it('gives up without throwing when the owner does not exist or the direct message fails too', async () => {
		const { accessors, modify, logger } = fakeAccessors({ rooms: [] });
		expect(await deliver(accessors, configWith('admins'), outgoing, note)).toBeUndefined();
		const second = setUp([]);
		second.modify.refuse = () => new Error('direct messages are off');
		expect(await deliver(second.accessors, configWith(''), outgoing, note)).toBeUndefined();
		expect(second.logger.lines('error').join('\n')).toContain('direct messages are off');
		expect(modify.posts).toEqual([]);
		expect(logger.lines('error')).toEqual([]);
	});
});
