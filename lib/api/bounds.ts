/**
 * How long an answer may be before it is refused unread, in characters of the body. License answers are a few KB; a
 * 20 MB one is not a license. Answers that grow with the workspace (user lists, engagement data, statistics) get a
 * bound that still fits 20,000 users: a month of engagement data lists each active user's id once a day (31 × 20,000 ×
 * ~20 characters ≈ 12.4 M), a page of users is at most a few hundred KB.
 */
import { ApiError } from '../kit/errors';
import { API_PATHS } from '../kit/paths';

export const LICENSE_ANSWER_MAX_CHARS = 2_000_000;
export const WORKSPACE_SIZED_ANSWER_MAX_CHARS = 32_000_000;

/** Paths whose answers grow with the number of users (paths.ts). */
const WORKSPACE_SIZED: readonly string[] = [
	API_PATHS.usersListByStatus,
	API_PATHS.engagementActiveUsers,
	API_PATHS.statistics,
	API_PATHS.statisticsList,
];

export function answerLimit(path: string): number {
	return WORKSPACE_SIZED.includes(path.split('?')[0]) ? WORKSPACE_SIZED_ANSWER_MAX_CHARS : LICENSE_ANSWER_MAX_CHARS;
}

/** Throws too-large when `content` is longer than `limitChars` (default: the path's bound). */
export function checkAnswerSize(path: string, content: string | undefined, limitChars = answerLimit(path)): void {
	if ((content?.length ?? 0) > limitChars) {
		throw new ApiError('too-large', { path, limitChars });
	}
}
