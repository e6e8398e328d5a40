import * as http from 'http';
import type { AddressInfo } from 'net';

import { LICENSE_ANSWER_MAX_CHARS } from '../../../lib/api/bounds';
import { ApiError } from '../../../lib/kit/errors';
import { nodeHttp } from '../../../watch/nodeHttp';

let server: http.Server;
let base: string;
let sentBytes = 0;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		if (req.url?.startsWith('/big')) {
			// 20 MB in 64 KB chunks, written only as fast as the reader takes them.
			const chunk = Buffer.alloc(65_536, 'a');
			let left = 320;
			const write = () => {
				while (left > 0) {
					left--;
					sentBytes += chunk.length;
					if (!res.write(chunk)) {
						res.once('drain', write);
						return;
					}
				}
				res.end();
			};
			res.on('error', () => undefined);
			write();
			return;
		}
		if (req.url?.startsWith('/moved')) {
			res.writeHead(301, { location: 'https://elsewhere.example.org:8443/api/v1/licenses.info' });
			res.end();
			return;
		}
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify({ query: req.url, token: req.headers['x-auth-token'] }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('GET sends the headers and the query, and gives status, text and headers', async () => {
	const answer = await nodeHttp.get(`${base}/api/v1/licenses.info`, {
		headers: { 'X-Auth-Token': 't' },
		params: { loadValues: 'true' },
		timeout: 5000,
	});
	expect(answer.statusCode).toBe(200);
	expect(JSON.parse(answer.content ?? '')).toEqual({ query: '/api/v1/licenses.info?loadValues=true', token: 't' });
	expect(answer.headers?.['content-type']).toBe('application/json');
});

test('a redirect is not followed: it is an error naming the host it points to', async () => {
	const failure = await nodeHttp.get(`${base}/moved`, { headers: {}, timeout: 5000 }).catch((error: unknown) => error);
	expect(failure).toBeInstanceOf(ApiError);
	expect(failure).toMatchObject({ kind: 'redirected', detail: { host: 'elsewhere.example.org:8443', status: 301 } });
});

test('an answer past the size bound stops being read there: a 20 MB answer is cut at its bound', async () => {
	sentBytes = 0;
	const failure = await nodeHttp.get(`${base}/big`, { headers: {}, timeout: 10_000 }).catch((error: unknown) => error);
	expect(failure).toMatchObject({ kind: 'too-large', detail: { limitChars: LICENSE_ANSWER_MAX_CHARS } });
	// The server stopped well short of 20 MB: what it wrote is the bound plus what socket buffers held.
	expect(sentBytes).toBeLessThan(8 * 1024 * 1024);
});
