/** mentionHere.ts: @here only when the app's user may use it; the missing grant is said once, and again after a grant. */
import { KEYS } from '../../../lib/engine/store';
import { MENTION_HERE_LOG, mayMentionHere } from '../../../lib/flows/mentionHere';
import { fakeAccessors, user } from '../fakes/accessors';

const DEFAULT = { 'mention-here': ['admin', 'owner', 'moderator', 'user'] };
const GRANTED = { 'mention-here': [...DEFAULT['mention-here'], 'app'] };

describe('mayMentionHere', () => {
	it('tries the mention when the roles are unknown, and logs nothing', async () => {
		const { accessors, logger } = fakeAccessors();
		expect(await mayMentionHere(accessors, undefined)).toBe(true);
		expect(logger.entries).toEqual([]);
	});

	it('leaves @here out for the app role by default and says how to grant it, once', async () => {
		const { accessors, logger } = fakeAccessors();
		expect(await mayMentionHere(accessors, DEFAULT)).toBe(false);
		expect(await mayMentionHere(accessors, DEFAULT)).toBe(false);
		expect(logger.lines('warn')).toEqual([MENTION_HERE_LOG]);
	});

	it('uses @here once granted, and says it again if the grant is withdrawn later', async () => {
		const { accessors, logger, persistence } = fakeAccessors();
		await mayMentionHere(accessors, DEFAULT);
		expect(await mayMentionHere(accessors, GRANTED)).toBe(true);
		expect(persistence.get(KEYS.mentionHereLogged)).toEqual([]);
		await mayMentionHere(accessors, DEFAULT);
		expect(logger.lines('warn')).toEqual([MENTION_HERE_LOG, MENTION_HERE_LOG]);
	});

	it('judges by the roles the app user holds, and by the app role when it has none', async () => {
		const custom = fakeAccessors({ appUser: user('app-user', ['app', 'notifier']) });
		expect(await mayMentionHere(custom.accessors, { 'mention-here': ['notifier'] })).toBe(true);
		const bare = fakeAccessors({ appUser: user('app-user', []) });
		expect(await mayMentionHere(bare.accessors, GRANTED)).toBe(true);
		const none = fakeAccessors({ appUser: undefined });
		expect(await mayMentionHere(none.accessors, DEFAULT)).toBe(false);
	});
});
