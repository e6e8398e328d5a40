/** paths.ts: the API paths the app reads and the auth headers it sends. */
import { API_PATHS, LICENSES_INFO_QUERY, WEB_PATHS, authHeaders } from '../../../lib/kit/paths';

describe('API_PATHS', () => {
	it('are distinct absolute paths of the REST API, with no query', () => {
		const paths = Object.values(API_PATHS);
		expect(new Set(paths).size).toBe(paths.length);
		for (const path of paths) {
			expect(path).toMatch(/^\/api\/(v1\/)?[\w./-]+$/);
		}
	});

	it('leave the web pages apart: the app links to them and never requests them', () => {
		for (const page of Object.values(WEB_PATHS)) {
			expect(page.startsWith('/api/')).toBe(false);
			expect(Object.values(API_PATHS)).not.toContain(page);
		}
	});

	it('ask licenses.info for the values and nothing else (it refuses any other parameter)', () => {
		expect(Object.keys(LICENSES_INFO_QUERY)).toEqual(['loadValues']);
	});
});

describe('authHeaders', () => {
	it("carry the user id and the token under Rocket.Chat's header names, and ask for JSON", () => {
		expect(authHeaders({ userId: 'u1', token: 'tok' })).toEqual({ 'X-User-Id': 'u1', 'X-Auth-Token': 'tok', 'Accept': 'application/json' });
	});
});
