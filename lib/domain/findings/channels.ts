/**
 * What each channel outside the chat (webhook, email) still has to hear. A channel keeps its own memory of what it was
 * told, so a notice that reached the admin room but not the webhook is sent again on the webhook alone. Pure.
 */
import type { IAnnounced, ICheckState } from './announce';
import type { Notice } from './types';

export const CHANNELS = ['webhook', 'email'] as const;
export type ChannelName = (typeof CHANNELS)[number];

export interface IChannelMemory {
	/** Finding id → the severity this channel was told; a finding no longer current is forgotten. */
	announced: Record<string, number>;
	/** Notices other than findings (recoveries, license news) the channel missed, sent with the next attempt. */
	pending: Notice[];
	/** The channel failed and the admin room was told: said once until it works again. */
	failureReported?: boolean;
}

export const EMPTY_MEMORY: IChannelMemory = { announced: {}, pending: [] };
/** A channel down for weeks must not pile up news without end. */
const MAX_PENDING = 20;

export function memoryOf(state: ICheckState, channel: ChannelName): IChannelMemory {
	const stored = state.channels?.[channel];
	return { ...EMPTY_MEMORY, ...stored, announced: { ...stored?.announced }, pending: [...(stored?.pending ?? [])] };
}

/**
 * The findings the room keeps as told, less the comebacks it kept quiet (hysteresis.ts): a channel hears what the room
 * heard, so it never hears a comeback whose recovery will not be told.
 */
export function keptFindings(state: ICheckState): Record<string, IAnnounced> {
	const silent = new Set(state.steady?.silent ?? []);
	return Object.fromEntries(Object.entries(state.announced).filter(([id]) => !silent.has(id)));
}

/** The final expiry warning: every configured channel carries it, whatever its filter says. */
export function isLastCall(notice: Notice): boolean {
	return notice.kind === 'raised' && notice.finding.facts.type === 'expiry' && !!notice.finding.facts.lastCall;
}

/** Email's filter: critical findings and the final expiry warning, or every notice where the admin asked for it. */
export function emailAccepts(everyNotice: boolean): (notice: Notice) => boolean {
	return (notice) => everyNotice || isLastCall(notice) || (notice.kind === 'raised' && notice.finding.level === 'critical');
}

/**
 * The notices `channel` should send now: every current finding it has not heard at its present severity (`kept` is
 * what the room announced and keeps), the room's other notices of today, and what it missed before. `accept` filters
 * (email: critical only by default); the daily digest stays in the room.
 */
export function channelNotices(
	roomNotices: Notice[],
	kept: Record<string, IAnnounced>,
	memory: IChannelMemory,
	accept: (notice: Notice) => boolean,
): Notice[] {
	const raised: Notice[] = Object.entries(kept)
		.filter(([id, entry]) => (memory.announced[id] ?? -1) < entry.severity)
		.map(([id, entry]) => ({ kind: 'raised', finding: { id, level: entry.level, severity: entry.severity, facts: entry.facts } }));
	const others = [...memory.pending, ...roomNotices.filter((notice) => notice.kind !== 'raised' && notice.kind !== 'digest')];
	return [...raised, ...others].filter(accept);
}

/** The memory after an attempt: what was sent is remembered on success, and missed news waits on failure. */
export function afterAttempt(memory: IChannelMemory, kept: Record<string, IAnnounced>, sent: Notice[], ok: boolean): IChannelMemory {
	if (!ok) {
		const missed = sent.filter((notice) => notice.kind !== 'raised');
		const pending = [...memory.pending, ...missed.filter((notice) => !memory.pending.includes(notice))].slice(-MAX_PENDING);
		return { ...memory, pending };
	}
	const told = new Map(sent.flatMap((notice) => (notice.kind === 'raised' ? [[notice.finding.id, notice.finding.severity] as const] : [])));
	const announced = Object.fromEntries(
		Object.keys(kept).flatMap((id) => {
			const severity = told.get(id) ?? memory.announced[id];
			return severity === undefined ? [] : [[id, severity]];
		}),
	);
	return { announced, pending: [], failureReported: false };
}

/**
 * The memory after notices were sent in order and the one at `sentCount` failed: what went through is remembered, the
 * rest waits for the next check. Whether the failure was already said stays as it was.
 */
export function afterPartial(
	memory: IChannelMemory,
	kept: Record<string, IAnnounced>,
	notices: Notice[],
	sentCount: number,
): IChannelMemory {
	const partly = afterAttempt(memory, kept, notices.slice(0, sentCount), true);
	return afterAttempt({ ...partly, failureReported: memory.failureReported }, kept, notices.slice(sentCount), false);
}
