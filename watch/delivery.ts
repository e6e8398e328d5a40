/**
 * Where the watcher's notices go: the admin room through chat.postMessage as the token's owner, and the app's signed
 * webhook with its own memory (lib/domain/findings/channels.ts), which hears what the room could not take.
 */
import { nodeHttp } from './nodeHttp';
import type { WorkspaceClient } from '../lib/api/client';
import { postInOrder, postWebhook } from '../lib/api/webhook';
import type { ICheckState } from '../lib/domain/findings/announce';
import type { IChannelMemory } from '../lib/domain/findings/channels';
import { afterAttempt, afterPartial, channelNotices, isLastCall, keptFindings, memoryOf } from '../lib/domain/findings/channels';
import type { Notice } from '../lib/domain/findings/types';
import type { IAppConfig } from '../lib/domain/settings';
import { Deadline } from '../lib/kit/deadline';
import { ApiError } from '../lib/kit/errors';
import { API_PATHS } from '../lib/kit/paths';
import { webhookBody } from '../lib/render/channelView';
import type { ICheckContext } from '../lib/render/checkView';
import type { IRendered } from '../lib/render/message';
import type { IView } from '../lib/render/view';

/** How long the webhook may take in one run, retries included. */
const WEBHOOK_BUDGET_MS = 15_000;

/** undefined when the room took the message; otherwise why not (Rocket.Chat's error code, or the kind of fault). */
export async function postToRoom(client: WorkspaceClient, room: string, message: IRendered): Promise<string | undefined> {
	try {
		await client.postJson(API_PATHS.chatPostMessage, { channel: `#${room}`, text: message.text });
		return undefined;
	} catch (error) {
		if (error instanceof ApiError) {
			return error.detail.errorType ?? error.kind;
		}
		throw error;
	}
}

/** Sends what the webhook has not heard, in order, until one fails; returns the webhook's memory after the run. */
export async function reachWebhook(
	config: IAppConfig,
	view: IView,
	ctx: ICheckContext & { workspace: string },
	roomNotices: Notice[],
	previous: ICheckState,
	next: ICheckState,
): Promise<{ memory: IChannelMemory; failure?: string }> {
	const memory = memoryOf(previous, 'webhook');
	if (!config.webhookUrl) {
		return { memory };
	}
	const kept = keptFindings(next);
	const notices = channelNotices(roomNotices, kept, memory, () => true);
	const deadline = new Deadline(WEBHOOK_BUDGET_MS);
	const { sent, failure } = await postInOrder(notices, (notice) => {
		const body = JSON.stringify(webhookBody(view, notice, { ...ctx, lastCall: isLastCall(notice) }));
		return postWebhook(nodeHttp, config.webhookUrl, body, config.webhookSecret, deadline);
	});
	return failure ? { memory: afterPartial(memory, kept, notices, sent), failure } : { memory: afterAttempt(memory, kept, notices, true) };
}
