/** serverVersion.ts: the version /api/info reports, and whether deactivation revokes OAuth tokens there. */
import { parseVersion, revokesOAuthOnDeactivate } from '../../../lib/domain/serverVersion';

describe('server version', () => {
	it.each([
		['8.5.0', { major: 8, minor: 5 }],
		['8.5', { major: 8, minor: 5 }],
		[' 10.0.1-rc.2 ', { major: 10, minor: 0 }],
		['7.10.2', { major: 7, minor: 10 }],
	])('reads %p', (text, version) => {
		expect(parseVersion(text)).toEqual(version);
	});

	it.each([undefined, null, 8.5, '', 'eight', '8', '8.x', '<html>'])('reads no version from %p', (value) => {
		expect(parseVersion(value)).toBeUndefined();
	});

	it('deactivation revokes OAuth tokens from 8.5.0 on, not before, and not when the version is unknown', () => {
		expect(['8.5.0', '8.6.1', '9.0.0'].map((v) => revokesOAuthOnDeactivate(parseVersion(v)))).toEqual([true, true, true]);
		expect(['8.4.9', '7.10.2', '6.13.0'].map((v) => revokesOAuthOnDeactivate(parseVersion(v)))).toEqual([false, false, false]);
		expect(revokesOAuthOnDeactivate(undefined)).toBe(false);
	});
});
