/** licenseOrigin.ts: Rocket.Chat's serverUrls match against Site_Url, and what a license names instead of this workspace. */
import { licensedForm, matchesEntry, otherWorkspace } from '../../../lib/domain/licenseOrigin';
import { sha256, utf8Bytes } from '../../../lib/kit/hmac';

const hashOf = (text: string) =>
	sha256(utf8Bytes(text))
		.map((byte) => byte.toString(16).padStart(2, '0'))
		.join('');

describe('licensedForm: Site_Url as Rocket.Chat names a workspace', () => {
	it.each([
		['https://chat.example.com/', 'chat.example.com'],
		['http://chat.example.com:3000', 'chat.example.com:3000'],
		['https://chat.example.com/rocket/', 'chat.example.com/rocket'],
		['chat.example.com', 'chat.example.com'],
	])('%s → %s', (site, form) => {
		expect(licensedForm(site)).toBe(form);
	});
});

describe('matchesEntry: one serverUrls entry', () => {
	it('url: the same address in any case', () => {
		expect(matchesEntry({ type: 'url', value: 'Chat.Example.com' }, 'chat.example.com')).toBe(true);
		expect(matchesEntry({ type: 'url', value: 'chat.example.com' }, 'chat.example.org')).toBe(false);
	});

	it('regex: dots literal, * any run, the whole address', () => {
		expect(matchesEntry({ type: 'regex', value: '*.example.com' }, 'chat.example.com')).toBe(true);
		expect(matchesEntry({ type: 'regex', value: '*.example.com' }, 'chat.examplexcom')).toBe(false);
		expect(matchesEntry({ type: 'regex', value: 'chat.example.*' }, 'chat.example.com:3000')).toBe(true);
		expect(matchesEntry({ type: 'regex', value: '*.example.com' }, 'chat.example.com.evil')).toBe(false);
		expect(matchesEntry({ type: 'regex', value: 'CHAT*' }, 'chat.example.com')).toBe(true);
	});

	it('regex: other regular-expression syntax is not judged, and a pathological pattern costs nothing', () => {
		expect(matchesEntry({ type: 'regex', value: '(a+)+$' }, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toBeUndefined();
		expect(matchesEntry({ type: 'regex', value: `${'*'.repeat(200)}x` }, 'a'.repeat(200))).toBe(false);
	});

	it('hash: the SHA-256 of the address, in hex', () => {
		expect(matchesEntry({ type: 'hash', value: hashOf('chat.example.com') }, 'chat.example.com')).toBe(true);
		expect(matchesEntry({ type: 'hash', value: hashOf('chat.example.com') }, 'chat.example.org')).toBe(false);
	});

	it('an unknown type cannot be told', () => {
		expect(matchesEntry({ type: 'hostname', value: 'chat.example.com' }, 'chat.example.com')).toBeUndefined();
	});
});

describe('otherWorkspace: what the license names instead of this workspace', () => {
	const site = 'https://chat.example.com/';

	it('nothing when every entry names this workspace', () => {
		const licensed = {
			serverUrls: [
				{ type: 'url', value: 'chat.example.com' },
				{ type: 'regex', value: '*.example.com' },
				{ type: 'hash', value: hashOf('chat.example.com') },
			],
		};
		expect(otherWorkspace(licensed, site)).toBeUndefined();
	});

	it('the first entry that does not match, as Rocket.Chat drops a license for any one of them', () => {
		const licensed = {
			serverUrls: [
				{ type: 'url', value: 'chat.example.com' },
				{ type: 'url', value: 'chat.other.example' },
			],
		};
		expect(otherWorkspace(licensed, site)).toBe('chat.other.example');
	});

	it('an empty name when only a hash says so', () => {
		expect(otherWorkspace({ serverUrls: [{ type: 'hash', value: hashOf('chat.other.example') }] }, site)).toBe('');
	});

	it('nothing when it cannot be told: no Site_Url, no names, only entries it cannot judge', () => {
		const other = { serverUrls: [{ type: 'url', value: 'chat.other.example' }] };
		expect(otherWorkspace(other, undefined)).toBeUndefined();
		expect(otherWorkspace(undefined, site)).toBeUndefined();
		expect(otherWorkspace({ serverUrls: [{ type: 'regex', value: '(x|y)' }] }, site)).toBeUndefined();
	});
});
