/**
 * The announce / escalate / recover / remember state machine. Given what was announced before and today's outcome,
 * it returns what to post and the state to keep. Pure, so a timeline of days can be replayed in a test; the same
 * state read twice gives no new notice, which makes a second run (or a second server) post nothing.
 */
import type { ApiError } from '../../kit/errors';
import { dayKey, DAY_MS, elapsedMs, isPast } from '../dates';
import type { IChannelMemory } from './channels';
import { evaluate } from './evaluate';
import type { ISteadiness } from './hysteresis';
import { FINDING_ID } from './ids';
import { SEVERITY } from './severity';
import type { Facts, IFinding, Level, Notice, IRememberedLicense, IThresholds } from './types';
import { LEVEL_RANK } from './types';
import type { ISnapshot } from '../snapshot';
import { licenseEnd } from '../snapshot';
import type { ISeriesPoint } from '../trend/series';

export interface IAnnounced {
	level: Level;
	severity: number;
	facts: Facts;
}

export interface ICheckState {
	/** False until the first reading: the license that is there on day one is not news. */
	initialized: boolean;
	announced: Record<string, IAnnounced>;
	license?: IRememberedLicense;
	failure?: { since: string; reminded: boolean };
	digestDay?: string;
	/** What each channel outside the chat was told (lib/domain/findings/channels.ts); absent in states saved before. */
	channels?: Partial<Record<'webhook' | 'email', IChannelMemory>>;
	/** Hysteresis memory (hysteresis.ts): recoveries waiting for a second check, recoveries told, quiet comebacks. */
	steady?: ISteadiness;
}

export const EMPTY_STATE: ICheckState = { initialized: false, announced: {} };

/** `series`: the stored seat history, for the forecast findings (absent: none are evaluated). */
export type Outcome = { ok: true; snapshot: ISnapshot; series?: readonly ISeriesPoint[] } | { ok: false; error: ApiError };

export interface IStep {
	notices: Notice[];
	state: ICheckState;
	/** Every finding today, announced before or not (what `/license check` reports); none when the read failed. */
	findings: IFinding[];
}

function licenseNews(previous: ICheckState, snapshot: ISnapshot, now: Date): Notice | undefined {
	const current = snapshot.license;
	const date = licenseEnd(current);
	// An old server still lists a license past its end: that is the lapse, not good news.
	if (!current || !previous.initialized || (date && isPast(date, now))) {
		return undefined;
	}
	const known = previous.license;
	if (previous.announced.lapsed) {
		return { kind: 'news', news: 'active-again', plan: current.plan, date };
	}
	if (!known) {
		return { kind: 'news', news: 'new', plan: current.plan, date };
	}
	if (known.plan === current.plan && known.trial === current.trial && (current.enforcedExpiry ?? '') > (known.enforcedExpiry ?? '')) {
		return { kind: 'news', news: 'renewed', plan: current.plan, date };
	}
	if (known.plan !== current.plan || known.enforcedExpiry !== current.enforcedExpiry || known.trial !== current.trial) {
		return { kind: 'news', news: 'changed', plan: current.plan, date };
	}
	return undefined;
}

const isBlocked = (facts: Facts | undefined) => facts?.type === 'limit' && facts.limit.prevented;

/**
 * Today's finding against what was announced: a new finding, a higher severity or a higher level is announced. Until the
 * finding clears, the highest severity and level announced are kept, so a value that wobbles around a threshold (or
 * around the cap) stays quiet. One exception: a limit the server no longer blocks is said once, and from then on the
 * lower reading counts, so blocking it again is news again.
 */
function compare(finding: IFinding, before: IAnnounced | undefined): { notice?: Notice; keep: IAnnounced } {
	const now: IAnnounced = { level: finding.level, severity: finding.severity, facts: finding.facts };
	// A state saved before severities existed has none: compare by level alone then, rather than announce again.
	if (!before || finding.severity > (before.severity ?? finding.severity) || LEVEL_RANK[finding.level] > LEVEL_RANK[before.level]) {
		return { notice: { kind: 'raised', finding }, keep: now };
	}
	if (isBlocked(before.facts) && !isBlocked(finding.facts)) {
		return { notice: { kind: 'unblocked', finding }, keep: now };
	}
	return { keep: { level: before.level, severity: before.severity ?? finding.severity, facts: finding.facts } };
}

function onReading(
	previous: ICheckState,
	snapshot: ISnapshot,
	thresholds: IThresholds,
	digest: boolean,
	now: Date,
	series?: readonly ISeriesPoint[],
): IStep {
	const notices: Notice[] = [];
	if (previous.failure) {
		notices.push({
			kind: 'recovered',
			finding: {
				id: FINDING_ID.unreadable,
				level: 'info',
				severity: SEVERITY.none,
				facts: previous.announced.unreadable?.facts ?? unreadableFacts(previous.failure.since),
			},
		});
	}
	const news = licenseNews(previous, snapshot, now);
	if (news) {
		notices.push(news);
	}
	const findings = evaluate(snapshot, previous.license, thresholds, now, series);
	const announced: Record<string, IAnnounced> = {};
	for (const finding of findings) {
		const { notice, keep } = compare(finding, previous.announced[finding.id]);
		if (notice) {
			notices.push(notice);
		}
		announced[finding.id] = keep;
	}
	for (const [id, before] of Object.entries(previous.announced)) {
		if (announced[id] || id === 'unreadable') {
			continue;
		}
		// An expiry that clears because the license changed or lapsed is told by the news or the lapse, not as a recovery.
		// A shown end date that passed while the license stays listed is not a renewal either.
		// So is a module cut-off: once its date passed the modules are off, which is no recovery.
		const dated = before.facts.type === 'expiry' || before.facts.type === 'modules-off';
		const datePassed = dated && isPast((before.facts as { date: string }).date, now);
		// A forecast that clears because the cap was reached is told by the limit's own finding.
		const forecastCame =
			(before.facts.type === 'seat-forecast' && announced[FINDING_ID.limit('activeUsers')]?.level === 'critical') ||
			(before.facts.type === 'contacts-forecast' && announced[FINDING_ID.limit('monthlyActiveContacts')]?.level === 'critical');
		const toldElsewhere = id === 'lapsed' || forecastCame || (dated && (!!news || !snapshot.license || !!announced.lapsed || datePassed));
		if (!toldElsewhere) {
			notices.push({ kind: 'recovered', finding: { id, level: before.level, severity: SEVERITY.none, facts: before.facts } });
		}
	}
	const today = dayKey(now);
	if (digest && previous.digestDay !== today) {
		notices.push({ kind: 'digest' });
	}
	const license = snapshot.license
		? {
				plan: snapshot.license.plan,
				trial: snapshot.license.trial,
				enforcedExpiry: snapshot.license.enforcedExpiry,
				seenAt: now.toISOString(),
			}
		: previous.license;
	return {
		notices: sortByLevel(notices),
		state: { initialized: true, announced, license, digestDay: digest ? today : previous.digestDay },
		findings,
	};
}

function unreadableFacts(since: string, error?: ApiError, reminder = false): Facts {
	return { type: 'unreadable', kind: error?.kind ?? 'unreachable', detail: error?.detail ?? {}, since, reminder };
}

function onFailure(previous: ICheckState, error: ApiError, failureDays: number, now: Date): IStep {
	const { failure } = previous;
	const state = { ...previous, announced: { ...previous.announced } };
	if (!failure) {
		const facts = unreadableFacts(now.toISOString(), error);
		state.failure = { since: now.toISOString(), reminded: false };
		state.announced.unreadable = { level: 'warning', severity: SEVERITY.unreadableNoticed, facts };
		return {
			notices: [{ kind: 'raised', finding: { id: FINDING_ID.unreadable, level: 'warning', severity: SEVERITY.unreadableNoticed, facts } }],
			state,
			findings: [],
		};
	}
	const lasted = elapsedMs(failure.since, now);
	if (failure.reminded || lasted < failureDays * DAY_MS) {
		return { notices: [], state, findings: [] };
	}
	const facts = unreadableFacts(failure.since, error, true);
	state.failure = { ...failure, reminded: true };
	state.announced.unreadable = { level: 'critical', severity: SEVERITY.unreadableReminded, facts };
	return {
		notices: [{ kind: 'raised', finding: { id: FINDING_ID.unreadable, level: 'critical', severity: SEVERITY.unreadableReminded, facts } }],
		state,
		findings: [],
	};
}

export function advance(previous: ICheckState, outcome: Outcome, thresholds: IThresholds, digest: boolean, now: Date): IStep {
	return outcome.ok
		? onReading(previous, outcome.snapshot, thresholds, digest, now, outcome.series)
		: onFailure(previous, outcome.error, thresholds.failureDays, now);
}

function rank(notice: Notice): number {
	return notice.kind === 'raised' ? LEVEL_RANK[notice.finding.level] : 0;
}

function sortByLevel(notices: Notice[]): Notice[] {
	return notices
		.map((notice, index) => ({ notice, index }))
		.sort((a, b) => rank(b.notice) - rank(a.notice) || a.index - b.index)
		.map(({ notice }) => notice);
}

/** True when any notice would deserve @here. */
export function hasCritical(notices: Notice[]): boolean {
	return notices.some((notice) => notice.kind === 'raised' && notice.finding.level === 'critical');
}

export type { IFinding };
