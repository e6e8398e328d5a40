/** uploads.ts: a file goes to one person only, in the direct message between the app's user and them. */
import { sendFilePrivately } from '../../../lib/engine/uploads';
import { APP_USER, fakeAccessors, room, user } from '../fakes/accessors';

const ada = user('ada', ['admin']);

describe('sendFilePrivately', () => {
	it('uploads the content as the file into the direct room with the user, and names the app user as its sender', async () => {
		const { accessors, modify } = fakeAccessors({ rooms: [room('r-admins', 'admins')] });
		const sender = await sendFilePrivately(accessors.read, accessors.modify, ada, 'seats.csv', 'day,seats\n2026-11-19,185\n');
		expect(sender).toBe(APP_USER.username);
		expect(modify.uploads).toHaveLength(1);
		const [upload] = modify.uploads;
		expect(upload.filename).toBe('seats.csv');
		expect(upload.content).toBe('day,seats\n2026-11-19,185\n');
		expect(upload.room).toMatchObject({ type: 'd', usernames: [APP_USER.username, 'ada'] });
	});

	it('uploads nothing when the app has no user to open the direct room with', async () => {
		const { accessors, modify } = fakeAccessors({ appUser: undefined });
		expect(await sendFilePrivately(accessors.read, accessors.modify, ada, 'seats.csv', 'x')).toBeUndefined();
		expect(modify.uploads).toEqual([]);
	});
});
