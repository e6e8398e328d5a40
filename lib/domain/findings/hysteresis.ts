/**
 * Hysteresis over the announce machine (announce.ts), so answers that flap do not flood the admin room:
 * - a recovery (a finding gone, a limit no longer blocked, a license active again, the API readable again) is told only
 *   once it holds for two consecutive checks; until then the finding stays remembered as announced;
 * - a finding that comes back within COMEBACK_QUIET_MS of its recovery being told, with neither its level nor its
 *   severity higher than before, is not told again (and neither is its next recovery).
 * Pure, like advance(): a timeline of checks can be replayed in a test.
 */
import { advance } from './announce';
import type { IAnnounced, ICheckState, IStep, Outcome } from './announce';
import type { Level, Notice, IThresholds } from './types';
import { LEVEL_RANK } from './types';
import { elapsedMs } from '../dates';

export const COMEBACK_QUIET_MS = 7 * 24 * 60 * 60 * 1000;

export interface ISteadiness {
	/** Findings whose recovery was seen once and waits for a second check: id → 1. */
	clearing: Record<string, number>;
	/** Recoveries told: id → when, and the level and severity the finding had. */
	cleared: Record<string, { at: string; level: Level; severity: number }>;
	/** Findings that came back within the quiet window and were not told: their recovery is not told either. */
	silent: string[];
}

export const EMPTY_STEADINESS: ISteadiness = { clearing: {}, cleared: {}, silent: [] };

/** The finding a recovery-like notice is about: a recovery, an unblocked limit, or a license active again (the lapse). */
function recoveryOf(notice: Notice): string | undefined {
	if (notice.kind === 'recovered' || notice.kind === 'unblocked') {
		return notice.finding.id;
	}
	return notice.kind === 'news' && notice.news === 'active-again' ? 'lapsed' : undefined;
}

const noHigher = (finding: { level: Level; severity: number }, before: { level: Level; severity: number }) =>
	LEVEL_RANK[finding.level] <= LEVEL_RANK[before.level] && finding.severity <= before.severity;

/** advance() with the two rules above. */
export function advanceSteadily(previous: ICheckState, outcome: Outcome, thresholds: IThresholds, digest: boolean, now: Date): IStep {
	const steady = previous.steady ?? EMPTY_STEADINESS;
	const raw = advance(previous, outcome, thresholds, digest, now);
	const announced: Record<string, IAnnounced> = { ...raw.state.announced };
	const state: ICheckState = { ...raw.state, announced };
	const clearing: Record<string, number> = {};
	const cleared = Object.fromEntries(
		Object.entries(steady.cleared).filter(([, entry]) => elapsedMs(entry.at, now) < COMEBACK_QUIET_MS),
	) as ISteadiness['cleared'];
	let silent = steady.silent.filter((id) => !!previous.announced[id]);
	const notices: Notice[] = [];

	for (const notice of raw.notices) {
		const id = recoveryOf(notice);
		if (id !== undefined) {
			const before = previous.announced[id];
			if (!steady.clearing[id] && before) {
				// Seen once: keep the finding as it was announced, and wait for the next check.
				clearing[id] = 1;
				announced[id] = before;
				if (id === 'unreadable' && previous.failure) {
					state.failure = previous.failure;
				}
				continue;
			}
			if (before && !silent.includes(id)) {
				// A state saved before severities existed has none: 0, so any comeback counts as no higher.
				cleared[id] = { at: now.toISOString(), level: before.level, severity: before.severity ?? 0 };
			}
			const wasSilent = silent.includes(id);
			silent = silent.filter((other) => other !== id);
			if (wasSilent) {
				continue;
			}
			notices.push(notice);
			continue;
		}
		if (notice.kind === 'raised' && !previous.announced[notice.finding.id]) {
			const last = cleared[notice.finding.id];
			if (last && noHigher(notice.finding, last)) {
				silent = [...silent, notice.finding.id];
				continue;
			}
		}
		if (notice.kind === 'raised') {
			silent = silent.filter((id) => id !== notice.finding.id);
		}
		notices.push(notice);
	}
	// A failed check neither confirms nor cancels a recovery that is waiting, except the API's own: it failed again.
	if (!outcome.ok) {
		for (const id of Object.keys(steady.clearing)) {
			if (announced[id] && id !== 'unreadable') {
				clearing[id] = steady.clearing[id];
			}
		}
	}
	state.steady = { clearing, cleared, silent };
	return { ...raw, notices, state };
}
