/**
 * The daily check, shared by the scheduled job and `/license check`: read the license, advance the announce state,
 * post what is new (lib/io/delivery.ts), then remember it. Runs one at a time per app instance.
 */
import { ApiError } from './api/errors';
import type { Outcome } from './findings/announce';
import { advance, hasCritical } from './findings/announce';
import type { IFinding, Notice } from './findings/types';
import type { IAccessors } from './io/accessors';
import { openClient } from './io/config';
import { deliver } from './io/delivery';
import { serverLanguage } from './io/language';
import { renderFallbackNote, renderNotices } from './render/checkView';
import { viewFor } from './render/view';
import type { IAppConfig } from './settings';
import { nearCapPercent } from './settings';
import { loadSnapshot } from './snapshot/load';
import { loadCheckState, saveCheckState } from './store';

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

async function readOutcome(accessors: IAccessors, config: IAppConfig, maxAgeMs: number): Promise<{ outcome: Outcome; serverUrl?: string }> {
	let serverUrl: string | undefined;
	try {
		const client = await openClient(accessors.read, accessors.http, config);
		serverUrl = client.baseUrl;
		return { outcome: { ok: true, snapshot: await loadSnapshot(client, maxAgeMs) }, serverUrl };
	} catch (error) {
		if (error instanceof ApiError) {
			return { outcome: { ok: false, error }, serverUrl };
		}
		throw error;
	}
}

async function check(accessors: IAccessors, config: IAppConfig, maxAgeMs: number, now: Date): Promise<ICheckResult> {
	const [{ outcome, serverUrl }, previous] = await Promise.all([
		readOutcome(accessors, config, maxAgeMs),
		loadCheckState(accessors.read.getPersistenceReader()),
	]);
	const thresholds = { expiryDays: config.expiryDays, seatPercents: config.seatPercents, failureDays: config.failureDays };
	const { notices, state, findings } = advance(previous, outcome, thresholds, config.digest, now);
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
	await saveCheckState(accessors.persis, state);
	if (!outcome.ok) {
		accessors.logger.warn(`License check could not read the license: ${outcome.error.message}`);
	}
	return result;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * One check at a time: `/license check` and the scheduled job must not both post the same notice. The job reads fresh
 * data (maxAgeMs 0); a manual check may reuse answers up to CHECK_MAX_AGE_MS old.
 */
export function runDailyCheck(accessors: IAccessors, config: IAppConfig, maxAgeMs: number, now = new Date()): Promise<ICheckResult> {
	const run = queue.then(() => check(accessors, config, maxAgeMs, now));
	queue = run.catch(() => undefined);
	return run;
}
