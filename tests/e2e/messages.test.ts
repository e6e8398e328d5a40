/** Replies that tell the truth: a redirect loop is named as one, and /license check still says where the token goes. */
import * as http from 'http';
import type { AddressInfo } from 'net';

import { openSession } from './harness';

describe('a server URL that redirects to itself', () => {
	it('is reported as a redirect loop, in the reader’s language, with the redirect note under /license check', async () => {
		const loop = http.createServer((req, res) => res.writeHead(302, { location: req.url ?? '/' }).end());
		await new Promise<void>((resolve) => loop.listen(0, '127.0.0.1', resolve));
		const ctx = await openSession({
			scenario: 'healthy',
			now: '2026-11-19T09:00:00Z',
			settings: { server_url: `http://127.0.0.1:${(loop.address() as AddressInfo).port}` },
			userLanguages: { admin: 'de' },
		});
		try {
			const [check] = await ctx.session.run('admin', '/license check');
			expect(check.text).toContain('Die Server-URL leitet im Kreis weiter.');
			expect(check.text).toContain('leitet immer weiter um');
			expect(check.text).not.toContain('nicht erreichbar');
			// The redirect note, promised after every manual check, failed or not.
			expect(check.text).toContain('wird bei jeder Anfrage an 127.0.0.1');
		} finally {
			await ctx.session.close();
			loop.close();
		}
	});
});
