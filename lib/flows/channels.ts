/**
 * After the admin room: the same check's notices on the webhook and by email, each channel with its own memory
 * (lib/domain/findings/channels.ts). A failing webhook is said once in the admin room. Returns the channels' memory.
 */
import { postInOrder, postWebhook } from '../api/webhook';
import type { ICheckState } from '../domain/findings/announce';
import type { ChannelName, IChannelMemory } from '../domain/findings/channels';
import { afterAttempt, afterPartial, channelNotices, emailAccepts, isLastCall, keptFindings, memoryOf } from '../domain/findings/channels';
import type { Notice } from '../domain/findings/types';
import { redact } from '../domain/redact';
import type { IAppConfig } from '../domain/settings';
import { isEmailAddress } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { readSecrets } from '../engine/config';
import { deliver } from '../engine/delivery';
import { sendEmail } from '../engine/email';
import type { Deadline } from '../kit/deadline';
import { emailContent, webhookBody } from '../render/channelView';
import type { ICheckContext } from '../render/checkView';
import { renderFallbackNote } from '../render/checkView';
import { render, section } from '../render/message';
import type { IView } from '../render/view';

/** Less than this left: the webhook is not tried now, and what it should hear waits for the next check. */
const WEBHOOK_MIN_MS = 1_000;

interface IChannelRun {
	accessors: IAccessors;
	config: IAppConfig;
	view: IView;
	ctx: ICheckContext & { workspace: string };
	roomNotices: Notice[];
	next: ICheckState;
	deadline: Deadline;
}

async function webhook(run: IChannelRun, memory: IChannelMemory): Promise<IChannelMemory> {
	const { accessors, config, view, ctx, next } = run;
	const kept = keptFindings(next);
	const notices = channelNotices(run.roomNotices, kept, memory, () => true);
	if (notices.length === 0) {
		return memory;
	}
	// The webhook shares the run's deadline (lib/kit/deadline.ts), which keeps the whole check under the engine's limit.
	if (run.deadline.remainingMs() < WEBHOOK_MIN_MS) {
		accessors.logger.info('License webhook not tried: the check ran out of time; its notices are kept for the next check.');
		return afterAttempt(memory, kept, notices, false);
	}
	const { sent, failure } = await postInOrder(notices, (notice) => {
		const body = JSON.stringify(webhookBody(view, notice, { ...ctx, lastCall: isLastCall(notice) }));
		return postWebhook(accessors.http, config.webhookUrl, body, config.webhookSecret, run.deadline);
	});
	if (!failure) {
		return afterAttempt(memory, kept, notices, true);
	}
	// What went through is remembered; the rest waits for the next check.
	const after = afterPartial(memory, kept, notices, sent);
	// The reason may quote what the webhook's server sent: the log line and the room hear it through redact().
	const reason = redact(failure, await readSecrets(accessors.read), 300);
	accessors.logger.warn(`License webhook failed (${reason}); its notices are kept for the next check.`);
	if (!memory.failureReported) {
		const message = render([section(`${view.texts.t('level_warning')} ${view.texts.t('webhook_failing', { reason })}`)]);
		const posted = await deliver(accessors, config, { message }, (room) => renderFallbackNote(view, room));
		return { ...after, failureReported: !!posted };
	}
	return after;
}

async function email(run: IChannelRun, memory: IChannelMemory): Promise<IChannelMemory> {
	const { accessors, config, view, ctx, next } = run;
	const kept = keptFindings(next);
	const valid = config.emailRecipients.filter(isEmailAddress);
	const refused = config.emailRecipients.filter((address) => !isEmailAddress(address));
	if (refused.length) {
		accessors.logger.warn(
			`Email recipients refused as invalid addresses: ${redact(refused.join(', '), await readSecrets(accessors.read))}`,
		);
	}
	if (valid.length === 0) {
		return memory;
	}
	const notices = channelNotices(run.roomNotices, kept, memory, emailAccepts(config.emailEveryNotice));
	if (notices.length === 0) {
		return memory;
	}
	try {
		await sendEmail(accessors.modify, valid, emailContent(view, notices, ctx));
		return afterAttempt(memory, kept, notices, true);
	} catch (error) {
		accessors.logger.error(
			`License email could not be sent: ${redact(error instanceof Error ? error.message : String(error), await readSecrets(accessors.read), 300)}`,
		);
		return afterAttempt(memory, kept, notices, false);
	}
}

const SENDERS: Record<ChannelName, { configured: (config: IAppConfig) => boolean; send: typeof webhook }> = {
	webhook: { configured: (config) => !!config.webhookUrl, send: webhook },
	email: { configured: (config) => config.emailRecipients.length > 0, send: email },
};

export async function reachChannels(run: IChannelRun, previous: ICheckState): Promise<ICheckState['channels']> {
	const channels: ICheckState['channels'] = {};
	for (const name of Object.keys(SENDERS) as ChannelName[]) {
		const memory = memoryOf(previous, name);
		channels[name] = SENDERS[name].configured(run.config) ? await SENDERS[name].send(run, memory) : memory;
	}
	return channels;
}
