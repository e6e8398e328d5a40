/**
 * The daily check, shared by the scheduled job and `/license check`: read the license, advance the announce state,
 * post what is new (lib/engine/delivery.ts), then remember it. Runs one at a time per app instance.
 */
import type { AppState } from './appState';
import { readWorkspace } from './workspaceRead';
import { loadSnapshot } from '../api/loadSnapshot';
import type { Outcome } from '../domain/findings/announce';
import { hasCritical } from '../domain/findings/announce';
import { advanceSteadily } from '../domain/findings/hysteresis';
import type { IFinding, Notice } from '../domain/findings/types';
import type { IAppConfig } from '../domain/settings';
import { nearCapPercent } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { deliver } from '../engine/delivery';
import { serverLanguage } from '../engine/language';
import { loadCheckState, saveCheckState } from '../engine/store';
import { renderFallbackNote, renderNotices } from '../render/checkView';
import { viewFor } from '../render/view';

/** How old data a check may reuse: a manual check wants today's figures, but ten in a row must not trip the rate limiter. */
export const CHECK_MAX_AGE_MS = 30_000;

export interface ICheckResult {
	outcome: Outcome;
	/** Every finding today, announced before or not. */
	findings: IFinding[];
	notices: Notice[];
	/** Where the notices went: the admin room's name, "@owner" for the fallback, undefined when nothing was posted. */
	postedTo?: string;
	serverUrl?: string;
}

async function check(accessors: IAccessors, state: AppState, config: IAppConfig, maxAgeMs: number, now: Date): Promise<ICheckResult> {
	const [read, previous] = await Promise.all([
		readWorkspace(accessors, state, config, (client) => loadSnapshot(client, maxAgeMs)),
		loadCheckState(accessors.read.getPersistenceReader(), accessors.logger),
	]);
	const outcome: Outcome = read.ok ? { ok: true, snapshot: read.value } : { ok: false, error: read.error };
	const { serverUrl } = read;
	const thresholds = { expiryDays: config.expiryDays, seatPercents: config.seatPercents, failureDays: config.failureDays };
	const { notices, state: next, findings } = advanceSteadily(previous, outcome, thresholds, config.digest, now);
	const result: ICheckResult = { outcome, findings, notices, serverUrl };
	if (notices.length) {
		const view = viewFor(await serverLanguage(accessors.read), now, nearCapPercent(config));
		const ctx = { snapshot: outcome.ok ? outcome.snapshot : undefined, serverUrl };
		const message = renderNotices(view, notices, ctx, config.mentionHere && hasCritical(notices));
		result.postedTo = await deliver(accessors, config, message, (room) => renderFallbackNote(view, room));
		if (!result.postedTo) {
			// Nothing remembered, so the next check tries again.
			accessors.logger.error(
				'License notices could not be posted: set an admin room, or check that the user id in the app settings exists.',
			);
			return result;
		}
	}
	await saveCheckState(accessors.persis, next);
	if (!outcome.ok) {
		accessors.logger.warn(`License check could not read the license: ${outcome.error.message}`);
	}
	return result;
}

/**
 * One check at a time: `/license check` and the scheduled job must not both post the same notice. The job reads fresh
 * data (maxAgeMs 0); a manual check may reuse answers up to CHECK_MAX_AGE_MS old.
 */
export function runDailyCheck(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	maxAgeMs: number,
	now = new Date(),
): Promise<ICheckResult> {
	return state.oneAtATime(() => check(accessors, state, config, maxAgeMs, now));
}
