/**
 * The idle-seat buttons, checked again on every click on the server side: the clicker's permission (from
 * permissions.listAll), the token owner's, and for each user the guards of lib/domain/idle/rules.ts against the current
 * idle list, so a stale or crafted button value cannot reach anyone the list would not offer.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { AppState } from './appState';
import { callerMaySee } from './callerAccess';
import { readIdleList } from './idleRead';
import { deactivators, freshness, idleListReply, mayDeactivate, ownerRoles } from './idleSeats';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import { countActiveAdmins, setActiveStatus } from '../api/idleUsers';
import { loadSnapshot } from '../api/loadSnapshot';
import { readServerVersion } from '../api/serverInfo';
import type { IdleAction } from '../domain/idle/actions';
import { actionOf, blockIdFor, daysOf, idsOf, offsetOf, positionOf, undoExpired, undoUntil, windowOf } from '../domain/idle/actions';
import type { Refusal } from '../domain/idle/rules';
import { refusalFor } from '../domain/idle/rules';
import type { IIdleEntry } from '../domain/idle/types';
import { loggableError } from '../domain/redact';
import { revokesOAuthOnDeactivate } from '../domain/serverVersion';
import type { IAppConfig } from '../domain/settings';
import { nearCapPercent } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { readConfig } from '../engine/config';
import { deliver } from '../engine/delivery';
import { languageOf, serverLanguage } from '../engine/language';
import { findRoom, postToRoom, replyPrivately, updateMessage } from '../engine/messages';
import { forgetDeactivation, loadDeactivation, saveDeactivation } from '../engine/store';
import { Deadline } from '../kit/deadline';
import { ApiError } from '../kit/errors';
import { renderFallbackNote } from '../render/checkView';
import { renderError, renderInternalError, renderRefusal } from '../render/errorView';
import type { IOutcome } from '../render/idleView';
import { outcomeText, refusalText, renderAudit, renderConfirm, renderNote, renderProgress, renderUndone } from '../render/idleView';
import type { IRendered } from '../render/message';
import { appendRendered, render } from '../render/message';
import type { IView } from '../render/view';
import { viewFor } from '../render/view';

/** A button press as the engine hands it over (IUIKitBlockIncomingInteraction), reduced to what the flow uses. */
export interface IClick {
	appId: string;
	actionId: string;
	blockId?: string;
	value?: string;
	user: IUser;
	room?: IRoom;
	messageId?: string;
}

interface IClickInput {
	accessors: IAccessors;
	state: AppState;
	config: IAppConfig;
	client: WorkspaceClient;
	view: IView;
	click: IClick;
	days: number;
}

interface ITargets {
	allowed: IIdleEntry[];
	refused: Array<{ id: string; username: string; reason: Refusal }>;
	admins: number;
}

/**
 * Which of `ids` this click may deactivate, judged against the idle list as it is now: for a long list, the window the
 * message listed (its position is in the block id), so Deactivate all reaches no further than the users listed.
 */
async function judge(input: IClickInput, ids: string[]): Promise<ITargets> {
	const { accessors, client, config, click, days, view, state } = input;
	const { list } = await readIdleList(client, config, days, click.user.id, view.now, freshness(state), windowOf(click.blockId));
	const listed = new Map(list.idle.map((entry) => [entry.id, entry]));
	const needsAdmins = ids.some((id) => listed.get(id)?.admin);
	const admins = needsAdmins ? await countActiveAdmins(client) : Number.POSITIVE_INFINITY;
	const ctx = { clickerId: click.user.id, ownerId: config.userId, listed, excludedIds: new Set(list.excludedIds), activeAdmins: admins };
	const targets: ITargets = { allowed: [], refused: [], admins };
	for (const id of ids) {
		const reason = refusalFor(id, ctx);
		const entry = listed.get(id);
		if (reason || !entry) {
			targets.refused.push({
				id,
				username: entry?.username ?? (await usernameOf(accessors, id)),
				reason: reason ?? 'not-idle',
			});
		} else {
			targets.allowed.push(entry);
		}
	}
	return targets;
}

/** A refused id's username, for the reply; the id itself when nobody has it. */
async function usernameOf(accessors: IAccessors, id: string): Promise<string> {
	const user = await accessors.read
		.getUserReader()
		.getById(id)
		.catch(() => undefined);
	return user?.username ?? id;
}

const refusedLines = (view: IView, targets: ITargets): IRendered =>
	renderNote(targets.refused.map((item) => `@${item.username}: ${refusalText(view, item.reason)}`).join('\n'));

/** Deactivate / Deactivate all: the second step, for the users the click may reach. */
async function askToConfirm(input: IClickInput, ids: string[]): Promise<IRendered> {
	const [targets, version] = await Promise.all([judge(input, ids), readServerVersion(input.client)]);
	const blockId = blockIdFor(input.days, windowOf(input.click.blockId));
	const confirm = targets.allowed.length
		? renderConfirm(input.view, blockId, targets.allowed, revokesOAuthOnDeactivate(version))
		: undefined;
	const refused = targets.refused.length ? refusedLines(input.view, targets) : undefined;
	return confirm ? appendRendered(confirm, refused) : (refused ?? render([]));
}

function failureReason(view: IView, error: unknown): string {
	if (error instanceof ApiError) {
		return refusalText(view, { code: error.detail.errorType, kind: error.kind });
	}
	throw error;
}

/** Confirm: one user at a time with users.setActiveStatus, an audit post for each, progress for several. */
async function deactivate(input: IClickInput, ids: string[]): Promise<IRendered> {
	const { accessors, state, config, client, view, click } = input;
	const targets = await judge(input, ids);
	const roomView = viewFor(await serverLanguage(accessors.read), view.now, view.nearCap * 100, { appId: view.appId });
	const clicker = click.user.username ?? click.user.id;
	const outcome: IOutcome = {
		deactivated: [],
		failed: targets.refused.map((item) => ({ username: item.username, reason: refusalText(view, item.reason) })),
	};
	const total = targets.allowed.length;
	const adminRoom = total > 1 && config.adminRoom ? await findRoom(accessors.read, config.adminRoom) : undefined;
	const progressId = adminRoom
		? await postToRoom(accessors.read, accessors.modify, adminRoom, renderProgress(roomView, clicker, 0, total)).catch(() => undefined)
		: undefined;
	let { admins } = targets;
	for (const [index, entry] of targets.allowed.entries()) {
		if (entry.admin && admins <= 1) {
			outcome.failed.push({ username: entry.username, reason: refusalText(view, 'last-admin') });
			continue;
		}
		try {
			await setActiveStatus(client, entry.id, false);
			state.usersChangedAt = Date.now();
			admins -= entry.admin ? 1 : 0;
			outcome.deactivated.push(entry.username);
			const at = new Date().toISOString();
			const record = { userId: entry.id, username: entry.username, lastLogin: entry.lastLogin, clicker, at };
			await saveDeactivation(accessors.read.getPersistenceReader(), accessors.persis, record, new Date(at));
			const facts = {
				clicker,
				userId: entry.id,
				username: entry.username,
				lastLogin: entry.lastLogin,
				at,
				undoUntil: undoUntil(at),
			};
			await deliver(accessors, config, { message: renderAudit(roomView, facts) }, (room) => renderFallbackNote(roomView, room));
			accessors.logger.info(`@${clicker} deactivated user ${entry.id} (idle seat).`);
		} catch (error) {
			outcome.failed.push({ username: entry.username, reason: failureReason(view, error) });
		}
		if (progressId) {
			const done = index + 1 === total;
			await updateMessage(
				accessors.read,
				accessors.modify,
				progressId,
				renderProgress(roomView, clicker, index + 1, total, done ? outcome : undefined),
			).catch((error: unknown) => accessors.logger.warn(`Could not update the progress message: ${String(error)}`));
		}
	}
	return renderNote(outcomeText(view, outcome));
}

/** Undo: reactivate a user LicenseApp deactivated, within UNDO_DAYS, and mark the audit post. */
async function undo(input: IClickInput): Promise<IRendered> {
	const { accessors, state, client, view, click } = input;
	const { t } = view.texts;
	const record = click.value ? await loadDeactivation(accessors.read.getPersistenceReader(), click.value, accessors.logger) : undefined;
	if (!record) {
		return renderNote(t('idle_undo_unknown'));
	}
	if (record.undoneAt) {
		return renderNote(t('idle_undo_already'));
	}
	if (undoExpired(record.at, view.now)) {
		await forgetDeactivation(accessors.persis, record.userId);
		return renderNote(t('idle_undo_expired'));
	}
	try {
		await setActiveStatus(client, record.userId, true);
	} catch (error) {
		if (error instanceof ApiError && error.detail.errorType === 'error-license-user-limit-reached') {
			return renderNote(t('idle_undo_cap', { username: record.username }));
		}
		return renderNote(`@${record.username}: ${failureReason(view, error)}`);
	}
	state.usersChangedAt = Date.now();
	const at = new Date().toISOString();
	const reactivatedBy = click.user.username ?? click.user.id;
	await saveDeactivation(accessors.read.getPersistenceReader(), accessors.persis, { ...record, undoneAt: at }, view.now);
	accessors.logger.info(`@${reactivatedBy} reactivated user ${record.userId} (undo).`);
	if (click.messageId) {
		const roomView = viewFor(await serverLanguage(accessors.read), view.now, view.nearCap * 100, { appId: view.appId });
		const facts = { ...record, undoUntil: at };
		await updateMessage(accessors.read, accessors.modify, click.messageId, renderUndone(roomView, facts, reactivatedBy, at)).catch(
			(error: unknown) => accessors.logger.warn(`Could not update the audit post: ${String(error)}`),
		);
	}
	return renderNote(t('idle_undo_done', { username: record.username }));
}

const ANSWERS: Record<
	Exclude<IdleAction, 'cancel'>,
	{ permission: 'view' | 'deactivate'; answer: (input: IClickInput) => Promise<IRendered> }
> = {
	more: {
		permission: 'view',
		answer: (input) =>
			idleListReply({
				...input,
				caller: input.click.user,
				offset: offsetOf(input.click.value),
				from: positionOf(input.click.value),
			}),
	},
	review: {
		permission: 'view',
		answer: (input) => idleListReply({ ...input, caller: input.click.user, offset: 0 }),
	},
	deactivate: { permission: 'deactivate', answer: (input) => askToConfirm(input, idsOf(input.click.value).slice(0, 1)) },
	deactivateAll: { permission: 'deactivate', answer: (input) => askToConfirm(input, idsOf(input.click.value)) },
	confirm: { permission: 'deactivate', answer: (input) => deactivate(input, idsOf(input.click.value)) },
	undo: { permission: 'deactivate', answer: undo },
};

/** Every click of an idle-seat button; the answer goes privately to the clicker. Unknown action ids are ignored. */
export async function handleIdleClick(accessors: IAccessors, state: AppState, click: IClick): Promise<boolean> {
	const action = actionOf(click.actionId);
	if (!action) {
		return false;
	}
	const { read, modify, logger } = accessors;
	const [config, language] = await Promise.all([readConfig(read), languageOf(read, click.user)]);
	const view = viewFor(language, new Date(), nearCapPercent(config), { appId: click.appId });
	let rendered: IRendered;
	try {
		rendered =
			action === 'cancel' ? renderNote(view.texts.t('idle_cancelled')) : await answer(accessors, state, config, view, click, action);
	} catch (error) {
		logger.error(`Idle seats ${action} failed: ${loggableError(error)}`);
		rendered = renderInternalError(view);
	}
	if (click.room) {
		await replyPrivately(read, modify, click.user, click.room, rendered);
	}
	return true;
}

async function answer(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	view: IView,
	click: IClick,
	action: Exclude<IdleAction, 'cancel'>,
): Promise<IRendered> {
	const handler = ANSWERS[action];
	const days =
		action === 'review' ? daysOf(`licenseapp_idle:${click.value ?? ''}`, config.idleDays) : daysOf(click.blockId, config.idleDays);
	// One deadline for the click, as for a command (lib/kit/deadline.ts).
	const result = await readWorkspace(accessors, state, config, new Deadline(), async (client) => {
		if (handler.permission === 'view') {
			if (!(await callerMaySee(accessors, state, client, click.user, () => loadSnapshot(client)))) {
				return renderRefusal(view);
			}
		} else {
			// One fresh roles answer judges both users: a permission withdrawn a moment ago counts.
			const [snapshot, holders, owner] = await Promise.all([loadSnapshot(client), deactivators(client, 0), ownerRoles(accessors, config)]);
			if (!mayDeactivate(click.user.roles, holders, snapshot)) {
				return renderNote(view.texts.t('idle_refused_permission'));
			}
			if (!mayDeactivate(owner, holders, snapshot)) {
				return renderNote(view.texts.t('idle_refused_owner'));
			}
		}
		return handler.answer({ accessors, state, config, client, view, click, days });
	});
	return result.ok ? result.value : renderError(view, result.error, result.serverUrl);
}
