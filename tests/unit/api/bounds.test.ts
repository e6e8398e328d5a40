/** bounds.ts: how long an answer may be, by path, before it is refused unread. */
import { LICENSE_ANSWER_MAX_CHARS, WORKSPACE_SIZED_ANSWER_MAX_CHARS, answerLimit, checkAnswerSize } from '../../../lib/api/bounds';
import { WorkspaceClient } from '../../../lib/api/client';
import { ApiError } from '../../../lib/kit/errors';
import { API_PATHS } from '../../../lib/kit/paths';
import { errorReason } from '../../../lib/render/errorView';
import { viewFor } from '../../../lib/render/view';
import { NOW, rejection, thrown } from '../../support/kit';

const en = viewFor('en', NOW);
const PATH = API_PATHS.licensesInfo;

describe('answer sizes', () => {
	const client = (content: string) =>
		new WorkspaceClient(
			{ get: async () => ({ statusCode: 200, content, headers: { 'content-type': 'application/json' } }) },
			{ baseUrl: 'https://chat.example.com', credentials: { userId: 'u', token: 't' }, timeoutMs: 1000 },
		);

	it('a license answer over 2 MB is refused before it is parsed, with a specific message', async () => {
		const huge = JSON.stringify({ license: { tags: [{ name: 'x'.repeat(LICENSE_ANSWER_MAX_CHARS) }] }, success: true });
		const error = await rejection(client(huge).getJson(PATH));
		expect(error.kind).toBe('too-large');
		expect(errorReason(en, error)).toBe(
			'The workspace answered /api/v1/licenses.info with more data than LicenseApp accepts (2 MB). Check that the server URL points at a Rocket.Chat server and not at a proxy or another site.',
		);
	});

	it('answers that grow with the workspace get a bound that fits 20,000 users', () => {
		// A month of engagement data: 31 days × 20,000 user ids of 17 characters, quoted, with commas.
		const month = 31 * 20_000 * 20;
		expect(answerLimit('/api/v1/engagement-dashboard/users/active-users')).toBe(WORKSPACE_SIZED_ANSWER_MAX_CHARS);
		expect(answerLimit('/api/v1/users.listByStatus')).toBeGreaterThan(month);
		expect(answerLimit('/api/v1/statistics.list')).toBeGreaterThan(month);
		expect(answerLimit(PATH)).toBe(LICENSE_ANSWER_MAX_CHARS);
	});
});

describe('checkAnswerSize', () => {
	it('lets an answer of exactly the bound through and refuses one character more, naming the path and the bound', () => {
		expect(() => checkAnswerSize(PATH, 'x'.repeat(10), 10)).not.toThrow();
		const error = thrown(() => checkAnswerSize(PATH, 'x'.repeat(11), 10));
		expect(error.kind).toBe('too-large');
		expect(error.detail).toMatchObject({ path: PATH, limitChars: 10 });
	});

	it('reads the bound of the path without its query, and takes no content as empty', () => {
		const overLicenseBound = 'x'.repeat(LICENSE_ANSWER_MAX_CHARS + 1);
		expect(() => checkAnswerSize(`${API_PATHS.usersListByStatus}?count=100`, overLicenseBound)).not.toThrow();
		expect(() => checkAnswerSize(`${PATH}?loadValues=true`, overLicenseBound)).toThrow(ApiError);
		expect(() => checkAnswerSize(PATH, undefined, 0)).not.toThrow();
	});
});
