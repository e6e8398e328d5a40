/**
 * Notices outside the chat, in the real engine: a webhook against a local receiver (signed, retried on the webhook
 * alone after a failure that is reported once), email through the mailer bridge, and the last call on every channel.
 */
import { createHmac } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';

import type { ICaptured } from './harness';
import { cli, openSession } from './harness';

interface IReceived {
	headers: http.IncomingHttpHeaders;
	body: string;
}

/** A webhook receiver on 127.0.0.1 that answers `status()` and keeps what it got. */
async function receiver(status: () => number) {
	const received: IReceived[] = [];
	const server = http.createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => {
			body += chunk;
		});
		request.on('end', () => {
			received.push({ headers: request.headers, body });
			response.writeHead(status()).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?channel=ops`;
	return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the webhook and email channels', () => {
	let captured: ICaptured;
	let hook: Awaited<ReturnType<typeof receiver>>;
	let answer = 500;
	beforeAll(async () => {
		hook = await receiver(() => answer);
		captured = await openSession({
			scenario: 'near-cap',
			settings: { webhook_url: hook.url, webhook_secret: 'hook-secret', email_recipients: 'ops@example.com; not an address' },
		});
	});
	afterAll(async () => {
		await captured.session.close();
		await hook.close();
	});

	it('reports a failing webhook once in the admin room, retries it on the webhook alone, and signs each body', async () => {
		const first = await captured.session.job('daily-check');
		expect(first.filter((message) => message.room === 'admins').map((message) => message.text)).toEqual([
			expect.stringContaining('Seats are 92.5% full'),
			expect.stringContaining('The webhook for license notices is failing (HTTP 500)'),
		]);
		expect(hook.received.length).toBe(3); // retried with backoff, then given up for this run
		const second = await captured.session.job('daily-check');
		expect(second).toHaveLength(0); // nothing new for the room, and the failure is not said again
		expect(hook.received.length).toBe(6);

		answer = 204;
		hook.received.length = 0;
		expect(await captured.session.job('daily-check')).toHaveLength(0);
		const bodies = hook.received.map((request) => JSON.parse(request.body));
		expect(bodies.map((body) => body.finding).sort()).toEqual(['limit:activeUsers', 'limit:guestUsers']);
		const seats = bodies.find((body) => body.finding === 'limit:activeUsers');
		expect(seats).toMatchObject({
			notice: 'raised',
			level: 'warning',
			numbers: { limit: 'activeUsers', used: 185, max: 200, percent: 90, prevented: false },
			workspace: captured.session.workspace?.url,
			link: `${captured.session.workspace?.url}/admin/subscription`,
			lastCall: false,
		});
		expect(seats.text).toContain('Seats are 92.5% full: 185 of 200 used, 15 left.');
		for (const request of hook.received) {
			expect(request.headers['content-type']).toBe('application/json');
			expect(request.headers['x-licenseapp-signature']).toBe(
				`sha256=${createHmac('sha256', 'hook-secret').update(request.body).digest('hex')}`,
			);
			expect(request.body).not.toContain(captured.session.token);
		}
		hook.received.length = 0;
		await captured.session.job('daily-check');
		expect(hook.received).toHaveLength(0);
	});

	it('emails critical notices only by default, to the valid addresses, and logs the refused one', async () => {
		// Nothing critical so far: the warnings above were not emailed.
		expect(captured.session.playground.world.emails).toHaveLength(0);
		expect(captured.logs.flatMap((entry) => entry.entries).map((line) => JSON.stringify(line.args))).toContainEqual(
			expect.stringContaining('Email recipients refused as invalid addresses: not, an, address'),
		);
		await captured.session.playground.setSetting('email_every_notice', true);
		await captured.session.job('daily-check');
		const [email] = captured.session.playground.world.emails;
		expect(email.to).toEqual(['ops@example.com']);
		expect(email.subject).toBe(`License notice for ${captured.session.workspace?.url}`);
		expect(email.text).toContain('Seats are 92.5% full');
		expect(email.html).toContain('<li>');
		// Told once: the next check sends no second email.
		await captured.session.job('daily-check');
		expect(captured.session.playground.world.emails).toHaveLength(1);
	});
});

describe('the last call through the playground CLI', () => {
	it('goes out on every configured channel, email included though it is not critical, in the server language', async () => {
		const result = await cli([
			'--scenario',
			'trial-ending',
			'--setting',
			'expiry_thresholds=30,5',
			'--setting',
			'webhook_url=https://hooks.example.com/licenses',
			'--setting',
			'email_recipients=ops@example.com',
			'--job',
			'daily-check',
			'--json',
		]);
		expect(result.code).toBe(0);
		const lines = result.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		const room = lines.find((line) => line.room === 'admins');
		const { webhook } = lines.find((line) => line.webhook);
		const { email } = lines.find((line) => line.email);
		const lastCall =
			'This may be the last message from LicenseApp in this room: when the license ends, Rocket.Chat switches LicenseApp off';
		expect(room.text).toContain(lastCall);
		expect(webhook.url).toBe('https://hooks.example.com/licenses');
		expect(webhook.body).toMatchObject({ level: 'warning', lastCall: true, numbers: { days: 5, trial: true } });
		expect(webhook.body.text).toContain(lastCall);
		expect(email.to).toEqual(['ops@example.com']);
		expect(email.text).toContain(lastCall);
	});
});
