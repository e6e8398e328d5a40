/** /seats idle and its buttons: the list, the confirmation step, progress and outcome, the audit post. */
import type { LayoutBlock } from '@rocket.chat/ui-kit';

import { inert } from './inert';
import type { IRendered } from './message';
import { render, section, context } from './message';
import type { IView } from './view';
import { IDLE_ACTION, PER_MESSAGE, blockIdFor, idsValue, positionValue } from '../domain/idle/actions';
import type { Refusal } from '../domain/idle/rules';
import type { IIdleEntry, IIdleList, IIdleWindow } from '../domain/idle/types';
import type { MessageKey } from '../i18n/texts';

type Style = 'primary' | 'danger';

function button(view: IView, blockId: string, actionId: string, text: string, value: string, style?: Style) {
	return {
		type: 'button' as const,
		appId: view.appId,
		blockId,
		actionId,
		text: { type: 'plain_text' as const, text, emoji: true },
		value,
		...(style && { style }),
	};
}

function actions(blockId: string, elements: Array<ReturnType<typeof button>>): LayoutBlock {
	return { type: 'actions', blockId, elements } as LayoutBlock;
}

/** Usernames come from the workspace: kept as mentions, but never turned into markup. Display names go through inert(). */
const plain = (text: string): string => text.replace(/[*_~`<>[\]|]/g, '').slice(0, 80);

export function lastLoginText(view: IView, entry: Pick<IIdleEntry, 'lastLogin'>): string {
	return entry.lastLogin ? view.texts.t('idle_last_login', { date: view.format.date(entry.lastLogin) }) : view.texts.t('idle_never');
}

const userLine = (view: IView, entry: IIdleEntry): string =>
	`*@${plain(entry.username)}*${entry.name && entry.name !== entry.username ? ` ${inert(entry.name, 80)}` : ''} · ${lastLoginText(view, entry)}`;

export interface IListOptions {
	offset: number;
	/** Seats used (licenses.info), when known. */
	seats?: number;
	/** Buttons to deactivate: only when the token's owner may. */
	canDeactivate: boolean;
}

/** A long list's head line: the count by last login, or what was found when the time ran out. */
function windowTotal(view: IView, window: IIdleWindow, days: number, listed: number): string {
	const n = view.format.number;
	return window.exact
		? view.texts.t('idle_total_by_login', { idle: n(window.byLogin), pending: n(window.pending), days: n(days) })
		: view.texts.t('idle_total_at_least', { idle: n(window.byLogin), listed: n(listed), days: n(days) });
}

/**
 * One message of the list: the total, then up to PER_MESSAGE users from `offset`, each with its Deactivate button. A
 * window of a long list (list.window) holds its users already, and says what its count rests on.
 */
export function renderIdleList(view: IView, list: IIdleList, options: IListOptions): IRendered {
	const { t, plural } = view.texts;
	const n = view.format.number;
	const { days, window } = list;
	const blockId = blockIdFor(days, window?.from);
	let total = t('idle_none', { days: n(days) });
	if (list.idle.length > 0) {
		total =
			options.seats === undefined
				? t('idle_total_no_seats', { idle: n(list.idle.length), days: n(days) })
				: t('idle_total', { idle: n(list.idle.length), seats: n(options.seats), days: n(days) });
	}
	const page = list.idle.slice(options.offset, options.offset + PER_MESSAGE);
	if (window && window.byLogin > 0) {
		total = windowTotal(view, window, days, page.length);
	}
	const notes = [
		window && t('idle_window_rule'),
		list.leftOutBySettings > 0 && plural('idle_left_out', list.leftOutBySettings),
		list.crossCheck === 'dashboard'
			? list.activeOnDashboard > 0 && t('idle_dashboard', { count: n(list.activeOnDashboard) })
			: t(`idle_login_only_${list.unavailableReason ?? 'failed'}` as MessageKey),
		page.some((entry) => !entry.lastLogin) && t('idle_pending_note'),
		page.length > 0 && !options.canDeactivate && t('idle_no_buttons'),
	];
	const head = render([section(`*${t('idle_title')}*`, `*${total}*`)]);
	const lines = page.map((entry) => userLine(view, entry));
	const from = options.offset + 1;
	const to = options.offset + page.length;
	let showing =
		page.length > 0 && list.idle.length > PER_MESSAGE
			? t('idle_showing', { from: n(from), to: n(to), total: n(list.idle.length) })
			: undefined;
	let more = to < list.idle.length ? String(to) : undefined;
	if (window) {
		showing = page.length > 0 ? t('idle_window_showing', { from: n(window.from + 1), total: n(window.byLogin) }) : undefined;
		more = window.next === undefined ? undefined : positionValue(window.next);
	}
	const foot = render([context(...notes, showing)]);
	const userBlocks: LayoutBlock[] = page.map((entry, index) => ({
		type: 'section',
		blockId,
		text: { type: 'mrkdwn', text: lines[index] },
		...(options.canDeactivate && {
			accessory: button(view, blockId, IDLE_ACTION.deactivate, t('idle_button_deactivate'), entry.id, 'danger'),
		}),
	})) as LayoutBlock[];
	const elements = [
		...(more === undefined ? [] : [button(view, blockId, IDLE_ACTION.more, t('idle_button_more'), more)]),
		...(options.canDeactivate && page.length > 0
			? [
					button(
						view,
						blockId,
						IDLE_ACTION.deactivateAll,
						t('idle_button_deactivate_all', { count: n(page.length) }),
						idsValue(page.map((entry) => entry.id)),
						'danger',
					),
				]
			: []),
	];
	const text = [head.text, lines.join('\n'), foot.text].filter(Boolean).join('\n\n');
	return {
		text,
		blocks: [...head.blocks, ...userBlocks, ...foot.blocks, ...(elements.length ? [actions(blockId, elements)] : [])],
	};
}

/** The second step every deactivation goes through: the web client ignores `confirm` on message buttons. */
export function renderConfirm(view: IView, blockId: string, targets: IIdleEntry[], revokesOAuth = false): IRendered {
	const { t, plural } = view.texts;
	const question = plural('idle_confirm', targets.length);
	const names = targets.map((entry) => `@${plain(entry.username)}`).join(', ');
	// On 8.5 and later the server also revokes their OAuth tokens: said before the click, not discovered after.
	const body = render([section(`*${question}*`, names, revokesOAuth && t('idle_confirm_oauth'))]);
	return {
		text: body.text,
		blocks: [
			...body.blocks,
			actions(blockId, [
				button(view, blockId, IDLE_ACTION.confirm, t('idle_button_confirm'), idsValue(targets.map((entry) => entry.id)), 'danger'),
				button(view, blockId, IDLE_ACTION.cancel, t('idle_button_cancel'), 'cancel'),
			]),
		],
	};
}

export const renderNote = (text: string): IRendered => render([section(text)]);

export function refusalText(view: IView, reason: Refusal | { code?: string; kind?: string }): string {
	const { t, has } = view.texts;
	if (typeof reason === 'string') {
		return t(`idle_reason_${reason}` as MessageKey);
	}
	if (reason.code) {
		const key = `idle_reason_${reason.code}`;
		return has(key) ? t(key) : t('idle_reason_code', { code: reason.code });
	}
	return t('idle_reason_api', { kind: reason.kind ?? '?' });
}

export interface IOutcome {
	deactivated: string[];
	failed: Array<{ username: string; reason: string }>;
}

/** "11 deactivated, 1 failed: @ann: last owner of rooms: hand them over first". */
export function outcomeText(view: IView, outcome: IOutcome): string {
	const n = view.format.number;
	const head = view.texts.t('idle_outcome', { deactivated: n(outcome.deactivated.length), failed: n(outcome.failed.length) });
	const failures = outcome.failed.map((failure) => `@${plain(failure.username)}: ${failure.reason}`).join('; ');
	return failures ? `${head}: ${failures}` : `${head}.`;
}

export function renderProgress(view: IView, clicker: string, done: number, total: number, outcome?: IOutcome): IRendered {
	const n = view.format.number;
	return render([
		section(`*${view.texts.t('idle_title')}*`, view.texts.t('idle_progress', { clicker: plain(clicker), done: n(done), total: n(total) })),
		context(outcome && outcomeText(view, outcome)),
	]);
}

export interface IAuditFacts {
	clicker: string;
	userId: string;
	username: string;
	lastLogin?: string;
	at: string;
	undoUntil: string;
}

/** "@admin deactivated @ana (last login …) on …": the audit post's line, before and after an Undo. */
function auditLine(view: IView, facts: IAuditFacts): string {
	return view.texts.t('idle_audit', {
		clicker: plain(facts.clicker),
		username: plain(facts.username),
		lastLogin: lastLoginText(view, facts),
		date: view.format.date(facts.at),
	});
}

/** The admin room's record of one deactivation, with Undo while it lasts. */
export function renderAudit(view: IView, facts: IAuditFacts): IRendered {
	const { t } = view.texts;
	const body = render([section(auditLine(view, facts)), context(t('idle_undo_until', { date: view.format.date(facts.undoUntil) }))]);
	const blockId = 'licenseapp_idle_audit';
	return {
		text: body.text,
		blocks: [...body.blocks, actions(blockId, [button(view, blockId, IDLE_ACTION.undo, t('idle_button_undo'), facts.userId)])],
	};
}

/** The audit post once undone: the Undo button is gone. */
export function renderUndone(view: IView, facts: IAuditFacts, reactivatedBy: string, at: string): IRendered {
	const { t } = view.texts;
	return render([
		section(auditLine(view, facts)),
		section(t('idle_undone', { clicker: plain(reactivatedBy), username: plain(facts.username), date: view.format.date(at) })),
	]);
}

/** The daily seat notice's extra line and its button, which opens the list privately for whoever clicks it. */
export function renderDailyIdleNote(
	view: IView,
	/** `rule`: counted by the idle rule; `by-login`: by last login only (a long list); `at-least`: the time ran out. */
	idle: { count: number; basis: 'rule' | 'by-login' | 'at-least' },
	days: number,
): IRendered {
	const { t, plural } = view.texts;
	const values = { count: view.format.number(idle.count), days: view.format.number(days) };
	const line = idle.basis === 'rule' ? plural('idle_daily', idle.count, values) : t(`idle_daily_${idle.basis}`, values);
	const body = render([section(line)]);
	const blockId = blockIdFor(days);
	return {
		text: body.text,
		blocks: [...body.blocks, actions(blockId, [button(view, blockId, IDLE_ACTION.review, t('idle_button_review'), String(days))])],
	};
}
