/** Email through Rocket.Chat's own mailer (app permission email.send; SMTP is the server's business). */
import type { IModify } from '@rocket.chat/apps-engine/definition/accessors';

import type { IEmailContent } from '../render/channelView';

export async function sendEmail(modify: IModify, to: string[], content: IEmailContent): Promise<void> {
	await modify.getCreator().getEmailCreator().send({ to, subject: content.subject, text: content.text, html: content.html });
}
