/** email.ts: mail goes through Rocket.Chat's mailer with the rendered subject, text and HTML. */
import { sendEmail } from '../../../lib/engine/email';
import { fakeAccessors } from '../fakes/accessors';

describe('sendEmail', () => {
	it('hands the recipients and the whole content to the server’s mailer', async () => {
		const { accessors, modify } = fakeAccessors();
		const content = { subject: 'License ends in 7 days', text: 'Renew it.', html: '<p>Renew it.</p>' };
		await sendEmail(accessors.modify, ['it@example.com', 'cfo@example.com'], content);
		expect(modify.emails).toEqual([{ to: ['it@example.com', 'cfo@example.com'], ...content }]);
	});

	it('lets the mailer’s refusal through to the caller, which decides what to log', async () => {
		const { accessors, modify } = fakeAccessors();
		modify.refuseEmail = new Error('SMTP is not configured');
		await expect(sendEmail(accessors.modify, ['it@example.com'], { subject: 's', text: 't', html: 'h' })).rejects.toThrow('SMTP');
	});
});
