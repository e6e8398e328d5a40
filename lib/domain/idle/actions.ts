/**
 * The idle-seat buttons: action ids and values, stable across runs for the same data (a user's button value is the
 * user's id). Values are only hints: every click is checked again on the server side (lib/flows/idleActions.ts).
 */
import { DAY_MS } from '../dates';

export const IDLE_ACTION = {
	more: 'licenseapp_idle_more',
	deactivate: 'licenseapp_idle_deactivate',
	deactivateAll: 'licenseapp_idle_deactivate_all',
	confirm: 'licenseapp_idle_confirm',
	cancel: 'licenseapp_idle_cancel',
	undo: 'licenseapp_idle_undo',
	review: 'licenseapp_idle_review',
} as const;

export type IdleAction = keyof typeof IDLE_ACTION;

export const PER_MESSAGE = 10;

/** Undo reactivates for this long after the deactivation. */
export const UNDO_DAYS = 7;

/** When the Undo of a deactivation made at `at` ends. */
export function undoUntil(at: string): string {
	return new Date(Date.parse(at) + UNDO_DAYS * DAY_MS).toISOString();
}

/** Whether Undo is over for a deactivation made at `at` (ISO): then its record is of no more use. */
export function undoExpired(at: string, now: Date): boolean {
	return now.getTime() > Date.parse(undoUntil(at));
}

export function actionOf(actionId: string): IdleAction | undefined {
	return (Object.keys(IDLE_ACTION) as IdleAction[]).find((name) => IDLE_ACTION[name] === actionId);
}

/**
 * The days of the list travel in the block id: "licenseapp_idle:30"; for a window of a long list, with the position
 * it was read from: "licenseapp_idle:30@1200", so a click is judged against that same window.
 */
export const blockIdFor = (days: number, from?: number): string => `licenseapp_idle:${days}${from === undefined ? '' : `@${from}`}`;

const BLOCK_ID = /^licenseapp_idle:(\d{1,4})(?:@(\d{1,9}))?$/;

export function daysOf(blockId: string | undefined, fallback: number): number {
	const days = Number(BLOCK_ID.exec(blockId ?? '')?.[1]);
	return Number.isInteger(days) && days >= 1 && days <= 3650 ? days : fallback;
}

/** The window position in a block id, or undefined for a list read whole. */
export function windowOf(blockId: string | undefined): number | undefined {
	const position = BLOCK_ID.exec(blockId ?? '')?.[2];
	return position === undefined ? undefined : Number(position);
}

/** "Show more" carries the offset of the next message's first user. */
export function offsetOf(value: string | undefined): number {
	const offset = Number(value);
	return Number.isInteger(offset) && offset >= 0 ? offset : 0;
}

/** In a window of a long list, "Show more" carries the position to read from: "@1210". */
export const positionValue = (position: number): string => `@${position}`;

export function positionOf(value: string | undefined): number | undefined {
	const position = /^@(\d{1,9})$/.exec(value ?? '')?.[1];
	return position === undefined ? undefined : Number(position);
}

const ID = /^[\w-]{1,64}$/;

/** A list of user ids as a button value ("id1,id2"); anything that is not an id is dropped. */
export const idsValue = (ids: string[]): string => ids.join(',');

export function idsOf(value: string | undefined): string[] {
	return [
		...new Set(
			(value ?? '')
				.split(',')
				.map((id) => id.trim())
				.filter((id) => ID.test(id)),
		),
	];
}
