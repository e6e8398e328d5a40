/**
 * Where the watcher's notices go: the admin room through chat.postMessage as the token's owner; then the app's signed
 * webhook and the app's email, each with its own memory (lib/domain/findings/channels.ts), which hear what the room
 * could not take and why. Email goes straight to an SMTP server through nodemailer (bundled into the watcher's file).
 */
import * as nodemailer from 'nodemailer';

import type { ISmtp } from './config';
import { nodeHttp } from './nodeHttp';
import type { WorkspaceClient } from '../lib/api/client';
import { postInOrder, postWebhook } from '../lib/api/webhook';
import type { ICheckState } from '../lib/domain/findings/announce';
import type { IChannelMemory } from '../lib/domain/findings/channels';
import {
	afterAttempt,
	afterPartial,
	channelNotices,
	emailAccepts,
	isLastCall,
	keptFindings,
	memoryOf,
} from '../lib/domain/findings/channels';
import type { Notice } from '../lib/domain/findings/types';
import { redact } from '../lib/domain/redact';
import type { IAppConfig } from '../lib/domain/settings';
import { isEmailAddress } from '../lib/domain/settings';
import { Deadline } from '../lib/kit/deadline';
import { ApiError } from '../lib/kit/errors';
import { API_PATHS } from '../lib/kit/paths';
import type { IEmailContent, IRoomRefusal } from '../lib/render/channelView';
import { emailContent, webhookBody } from '../lib/render/channelView';
import type { ICheckContext } from '../lib/render/checkView';
import type { IRendered } from '../lib/render/message';
import type { IView } from '../lib/render/view';

/** How long the webhook may take in one run, retries included. */
const WEBHOOK_BUDGET_MS = 15_000;

/**
 * undefined when the room took the message; otherwise why not (Rocket.Chat's error code, or the kind of fault). The
 * code goes into other channels' text, so it keeps only the characters an error code has.
 */
export async function postToRoom(client: WorkspaceClient, room: string, message: IRendered): Promise<string | undefined> {
	try {
		await client.postJson(API_PATHS.chatPostMessage, { channel: `#${room}`, text: message.text });
		return undefined;
	} catch (error) {
		if (error instanceof ApiError) {
			return (error.detail.errorType ?? error.kind).replace(/[^\w.:-]/g, '').slice(0, 80) || error.kind;
		}
		throw error;
	}
}

/** A notice's identity in the room and in a channel: its kind and its finding (or its news). */
function identity(notice: Notice): string {
	if ('finding' in notice) {
		return `${notice.kind}:${notice.finding.id}`;
	}
	return notice.kind === 'news' ? `news:${notice.news}` : notice.kind;
}

/** The refusal, for a channel's notices that the room refused in this run (not for what a channel catches up on). */
function refusalFor(notices: Notice[], roomNotices: Notice[], refusal?: IRoomRefusal): IRoomRefusal | undefined {
	const refused = new Set(roomNotices.map(identity));
	return refusal && notices.some((notice) => refused.has(identity(notice))) ? refusal : undefined;
}

/** What the channels after the room need from a run. */
export interface IChannelRun {
	config: IAppConfig;
	view: IView;
	ctx: ICheckContext & { workspace: string };
	roomNotices: Notice[];
	previous: ICheckState;
	next: ICheckState;
	/** The room refused this run's post. */
	refusal?: IRoomRefusal;
}

/** A channel's memory after the run, and why it failed if it did. */
export type ChannelOutcome = { memory: IChannelMemory; failure?: string };

/** Sends what the webhook has not heard, in order, until one fails; returns the webhook's memory after the run. */
export async function reachWebhook(run: IChannelRun): Promise<ChannelOutcome> {
	const { config, view, ctx, roomNotices, previous, next, refusal } = run;
	const memory = memoryOf(previous, 'webhook');
	if (!config.webhookUrl) {
		return { memory };
	}
	const kept = keptFindings(next);
	const notices = channelNotices(roomNotices, kept, memory, () => true);
	const deadline = new Deadline(WEBHOOK_BUDGET_MS);
	const { sent, failure } = await postInOrder(notices, (notice) => {
		const roomRefused = refusalFor([notice], roomNotices, refusal);
		const body = JSON.stringify(webhookBody(view, notice, { ...ctx, lastCall: isLastCall(notice), roomRefused }));
		return postWebhook(nodeHttp, config.webhookUrl, body, config.webhookSecret, deadline);
	});
	return failure ? { memory: afterPartial(memory, kept, notices, sent), failure } : { memory: afterAttempt(memory, kept, notices, true) };
}

/** One message through the SMTP server; every wait bounded by the workspace's request timeout. */
async function sendMail(smtp: ISmtp, timeoutMs: number, to: string[], content: IEmailContent): Promise<void> {
	const transport = nodemailer.createTransport({
		host: smtp.host,
		port: smtp.port,
		secure: smtp.secure,
		requireTLS: smtp.requireTLS,
		auth: smtp.auth,
		connectionTimeout: timeoutMs,
		greetingTimeout: timeoutMs,
		socketTimeout: timeoutMs,
		dnsTimeout: timeoutMs,
		disableFileAccess: true,
		disableUrlAccess: true,
	});
	try {
		await transport.sendMail({ from: smtp.from, to, subject: content.subject, text: content.text, html: content.html });
	} finally {
		transport.close();
	}
}

/**
 * As the app's email channel (lib/flows/channels.ts): one email with what email has not heard, filtered as the app
 * filters (critical and the last call, or every notice), remembered on success and kept for the next run on failure.
 */
export async function reachEmail(run: IChannelRun, smtp: ISmtp | undefined): Promise<ChannelOutcome> {
	const { config, view, ctx, roomNotices, previous, next, refusal } = run;
	const memory = memoryOf(previous, 'email');
	const to = config.emailRecipients.filter(isEmailAddress);
	if (!smtp || to.length === 0) {
		return { memory };
	}
	const kept = keptFindings(next);
	const notices = channelNotices(roomNotices, kept, memory, emailAccepts(config.emailEveryNotice));
	if (notices.length === 0) {
		return { memory };
	}
	try {
		await sendMail(
			smtp,
			config.timeoutMs,
			to,
			emailContent(view, notices, { ...ctx, roomRefused: refusalFor(notices, roomNotices, refusal) }),
		);
		return { memory: afterAttempt(memory, kept, notices, true) };
	} catch (error) {
		const secrets = [config.token, config.webhookSecret, smtp.auth?.pass ?? ''];
		return {
			memory: afterAttempt(memory, kept, notices, false),
			failure: redact(error instanceof Error ? error.message : String(error), secrets, 300),
		};
	}
}
