/**
 * The daily check, shared by the scheduled job and `/license check`: read the license, advance the announce state,
 * post what is new (lib/engine/delivery.ts), then remember it. Runs one at a time per app instance.
 */
import type { AppState } from './appState';
import { reachChannels } from './channels';
import { dailyIdleNote } from './idleSeats';
import { mayMentionHere } from './mentionHere';
import { historyForCheck } from './seatHistory';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import { loadSnapshot } from '../api/loadSnapshot';
import { readRoleTable } from '../api/permissions';
import type { RoleTable } from '../domain/access';
import type { Outcome } from '../domain/findings/announce';
import { hasCritical } from '../domain/findings/announce';
import { advanceSteadily } from '../domain/findings/hysteresis';
import type { IFinding, Notice } from '../domain/findings/types';
import type { IAppConfig } from '../domain/settings';
import { nearCapPercent } from '../domain/settings';
import type { ISnapshot } from '../domain/snapshot';
import type { IAccessors } from '../engine/accessors';
import { deliver } from '../engine/delivery';
import { serverLanguage } from '../engine/language';
import { readAirGapDays, readSiteUrl } from '../engine/serverSettings';
import { loadCheckState, recordCheckRun, saveCheckState } from '../engine/store';
import type { Deadline } from '../kit/deadline';
import { renderFallbackNote, renderNotices } from '../render/checkView';
import type { IRendered } from '../render/message';
import { appendRendered } from '../render/message';
import { renderOriginNote } from '../render/originView';
import { viewFor } from '../render/view';

/** A seat notice going up: it gets the idle-seat line. */
const raisesSeats = (notice: Notice): boolean =>
	notice.kind === 'raised' && notice.finding.facts.type === 'limit' && notice.finding.facts.limit.kind === 'activeUsers';

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

/** The license, and, when critical notices may mention @here, who holds mention-here (same round trip; unknown on failure). */
async function readForCheck(
	client: WorkspaceClient,
	config: IAppConfig,
	maxAgeMs: number,
): Promise<{ snapshot: ISnapshot; roles?: RoleTable }> {
	const roles = config.mentionHere ? readRoleTable(client, Math.max(maxAgeMs, CHECK_MAX_AGE_MS)).catch(() => undefined) : undefined;
	const snapshot = await loadSnapshot(client, maxAgeMs);
	return { snapshot, roles: await roles };
}

async function check(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	maxAgeMs: number,
	deadline: Deadline,
	now: Date,
): Promise<ICheckResult> {
	const [read, previous, airGapDays, siteUrl] = await Promise.all([
		readWorkspace(accessors, state, config, deadline, (client) => readForCheck(client, config, maxAgeMs)),
		loadCheckState(accessors.read.getPersistenceReader(), accessors.logger),
		readAirGapDays(accessors.read),
		readSiteUrl(accessors.read),
	]);
	const outcome: Outcome = read.ok
		? {
				ok: true,
				snapshot: { ...read.value.snapshot, airGapDays },
				series: await historyForCheck(accessors, state, config, deadline, read.value.snapshot, now),
			}
		: { ok: false, error: read.error };
	await recordCheckRun(
		accessors.read.getPersistenceReader(),
		accessors.persis,
		now.getTime(),
		read.ok ? undefined : read.error.kind,
		accessors.logger,
	);
	const { serverUrl } = read;
	const thresholds = { expiryDays: config.expiryDays, seatPercents: config.seatPercents, failureDays: config.failureDays };
	const { notices, state: next, findings } = advanceSteadily(previous, outcome, thresholds, config.digest, now);
	const result: ICheckResult = { outcome, findings, notices, serverUrl };
	const view = viewFor(await serverLanguage(accessors.read), now, nearCapPercent(config), {
		expiryDays: config.expiryDays,
		siteUrl: serverUrl,
	});
	const ctx = { snapshot: outcome.ok ? outcome.snapshot : undefined, serverUrl };
	if (notices.length) {
		const mention = config.mentionHere && hasCritical(notices) && (await mayMentionHere(accessors, read.ok ? read.value.roles : undefined));
		const idle = notices.some(raisesSeats) ? await dailyIdleNote(accessors, state, config, view, deadline) : undefined;
		// Notices read from another workspace say so, as every reply does (lib/render/originView.ts).
		const origin = renderOriginNote(view, ctx.snapshot, siteUrl);
		const withIdle = (message: IRendered): IRendered => appendRendered(appendRendered(message, idle), origin);
		const outgoing = {
			message: withIdle(renderNotices(view, notices, ctx, mention)),
			// Posted instead if the server refuses the mention anyway.
			plain: mention ? withIdle(renderNotices(view, notices, ctx, false)) : undefined,
		};
		result.postedTo = await deliver(accessors, config, outgoing, (room) => renderFallbackNote(view, room));
	}
	// The webhook and email keep their own memory: each hears what it missed, whatever the room did.
	const channels = await reachChannels(
		{ accessors, config, view, ctx: { ...ctx, workspace: serverUrl ?? '' }, roomNotices: notices, next, deadline },
		previous,
	);
	if (notices.length && !result.postedTo) {
		// Nothing remembered for the room, so the next check tries again.
		accessors.logger.error('License notices could not be posted: set an admin room, or check that the user id in the app settings exists.');
		await saveCheckState(accessors.persis, { ...previous, channels });
		return result;
	}
	await saveCheckState(accessors.persis, { ...next, channels });
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
	deadline: Deadline,
	now = new Date(),
): Promise<ICheckResult> {
	return state.oneAtATime(() => check(accessors, state, config, maxAgeMs, deadline, now));
}
