/**
 * One workspace, one check: read it as the app does (lib/api), advance the app's announce machine with its hysteresis
 * (lib/domain/findings), word the notices in the app's texts (lib/render), then deliver and remember. Only the two
 * ends are the watcher's own: Node's HTTP for reading, and the room, webhook, email and stdout for delivery.
 */
import type { IWatchedWorkspace } from './config';
import { postToRoom, reachEmail, reachWebhook } from './delivery';
import type { IReading } from './metrics';
import { nodeHttp } from './nodeHttp';
import type { IWatchNotice } from './output';
import { output } from './output';
import type { IServerSettings } from './serverSettings';
import { readServerSettings } from './serverSettings';
import { loadState, saveState, stateFile, takeLock } from './stateFiles';
import { watchTexts } from './texts';
import { WorkspaceClient } from '../lib/api/client';
import { loadSnapshot } from '../lib/api/loadSnapshot';
import type { Outcome } from '../lib/domain/findings/announce';
import { advanceSteadily } from '../lib/domain/findings/hysteresis';
import { nearCapPercent } from '../lib/domain/settings';
import type { Language } from '../lib/i18n/texts';
import { ApiError } from '../lib/kit/errors';
import { transportProblem } from '../lib/kit/transport';
import { webhookBody } from '../lib/render/channelView';
import { noticeLine, renderNotices } from '../lib/render/checkView';
import { errorReason } from '../lib/render/errorView';
import { viewFor } from '../lib/render/view';

export interface IRunOptions {
	now: Date;
	stateDir: string;
	json: boolean;
	language: Language;
}

export type WorkspaceResult = { name: string; status: 'ok' | 'failed' | 'locked'; notices: IWatchNotice[]; reading?: IReading };

/** Reads the workspace: its license and the server settings the app reads through the engine. */
async function read(
	workspace: IWatchedWorkspace,
	fallback: Language,
): Promise<{ outcome: Outcome; settings: IServerSettings; client: WorkspaceClient }> {
	const { config } = workspace;
	const credentials = { userId: config.userId, token: config.token };
	const client = new WorkspaceClient(nodeHttp, { baseUrl: config.serverUrl, credentials, timeoutMs: config.timeoutMs });
	try {
		const problem = transportProblem(config.serverUrl, config.allowHttp);
		if (problem) {
			throw problem;
		}
		const [snapshot, settings] = await Promise.all([loadSnapshot(client, 0), readServerSettings(client)]);
		return { outcome: { ok: true, snapshot: { ...snapshot, airGapDays: settings.airGapDays } }, settings, client };
	} catch (error) {
		if (error instanceof ApiError) {
			return { outcome: { ok: false, error }, settings: { language: fallback }, client };
		}
		throw error;
	}
}

async function checkLocked(workspace: IWatchedWorkspace, file: string, options: IRunOptions): Promise<WorkspaceResult> {
	const { name, config } = workspace;
	const t = watchTexts(options.language);
	const previous = loadState(file);
	if (previous.problem) {
		output.log(t('state_reset', { name, problem: previous.problem }));
	}
	const { outcome, settings, client } = await read(workspace, options.language);
	const thresholds = { expiryDays: config.expiryDays, seatPercents: config.seatPercents, failureDays: config.failureDays };
	const { notices, state: next } = advanceSteadily(previous.state, outcome, thresholds, config.digest, options.now);
	const view = viewFor(settings.language, options.now, nearCapPercent(config), {
		expiryDays: config.expiryDays,
		siteUrl: config.serverUrl,
	});
	const ctx = { snapshot: outcome.ok ? outcome.snapshot : undefined, serverUrl: config.serverUrl, siteUrl: settings.siteUrl };
	let refused: string | undefined;
	if (notices.length && config.adminRoom) {
		refused = await postToRoom(client, config.adminRoom, renderNotices(view, notices, ctx, false));
		if (refused) {
			output.log(t('room_refused', { name, reason: refused }));
		}
	}
	// The other channels say why the room did not take what they carry, in the workspace's language.
	const refusal = refused
		? { reason: refused, line: watchTexts(view.texts.language)('room_refused_line', { reason: refused }) }
		: undefined;
	const run = { config, view, ctx: { ...ctx, workspace: config.serverUrl }, roomNotices: notices, previous: previous.state, next, refusal };
	// The webhook and the email do not wait for each other.
	const [webhook, email] = await Promise.all([reachWebhook(run), reachEmail(run, workspace.smtp)]);
	if (webhook.failure) {
		output.log(t('workspace_failed', { name, reason: `webhook ${webhook.failure}` }));
	}
	if (email.failure) {
		output.log(t('email_failed', { name, reason: email.failure }));
	}
	// As in the app: what the room could not take is not remembered for it, so the next run tries again.
	const kept = refused ? previous.state : next;
	saveState(file, { ...kept, channels: { ...kept.channels, webhook: webhook.memory, email: email.memory } });
	const told = notices.map((notice): IWatchNotice => {
		const body = webhookBody(view, notice, { ...ctx, workspace: config.serverUrl, lastCall: false });
		return {
			workspace: name,
			finding: body.finding,
			notice: body.notice,
			level: body.level,
			text: noticeLine(view, notice, ctx),
			numbers: body.numbers,
			...(refused && { roomRefused: refused }),
		};
	});
	told.forEach((notice) => output.notice(notice, options.json));
	if (!outcome.ok) {
		output.log(t('workspace_failed', { name, reason: errorReason(view, outcome.error, config.serverUrl) }));
	}
	const reading: IReading = outcome.ok
		? { ok: true, input: { snapshot: outcome.snapshot, airGapDays: settings.airGapDays }, atMs: options.now.getTime() }
		: { ok: false, kind: outcome.error.kind, input: {}, atMs: options.now.getTime() };
	return { name, status: outcome.ok ? 'ok' : 'failed', notices: told, reading };
}

/** Checks one workspace under its lock; another run holding the lock means this one skips it. */
export async function checkWorkspace(workspace: IWatchedWorkspace, options: IRunOptions): Promise<WorkspaceResult> {
	const file = stateFile(options.stateDir, workspace.name);
	const release = takeLock(file);
	if (!release) {
		output.log(watchTexts(options.language)('locked', { name: workspace.name }));
		return { name: workspace.name, status: 'locked', notices: [] };
	}
	try {
		return await checkLocked(workspace, file, options);
	} finally {
		release();
	}
}
