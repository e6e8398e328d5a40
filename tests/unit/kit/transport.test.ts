/** transport.ts: where a redirect could carry the token, so /license check warns only there. */
import { redirectMatters } from '../../../lib/kit/transport';

describe('redirectMatters', () => {
	const SITE = 'https://chat.example.com';

	it.each([
		['this server over https', 'https://chat.example.com', SITE],
		['this server, letters cased otherwise', 'https://Chat.Example.com/', SITE],
		['this server on loopback over http', 'http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
		['localhost over http', 'http://localhost:3000/', 'http://localhost:3000'],
	])('no: %s', (_case, serverUrl, siteUrl) => {
		expect(redirectMatters(serverUrl, siteUrl)).toBe(false);
	});

	it.each([
		['another host', 'https://other.example.com', SITE],
		['another port of the same host', 'https://chat.example.com:8443', SITE],
		['http where the Site URL says https', 'http://chat.example.com', SITE],
		['http to a host other than this machine, even as the Site URL', 'http://chat.internal', 'http://chat.internal'],
		['the Site URL unknown', 'https://chat.example.com', undefined],
		['another loopback port', 'http://127.0.0.1:4000', 'http://127.0.0.1:3000'],
	])('yes: %s', (_case, serverUrl, siteUrl) => {
		expect(redirectMatters(serverUrl, siteUrl)).toBe(true);
	});

	it('no for a server URL that is no URL at all (the read fails on it first)', () => {
		expect(redirectMatters('not a url', SITE)).toBe(false);
	});
});
