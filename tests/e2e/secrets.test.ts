/**
 * Secrets typed into the wrong place never reach the app log or a reply: every setting is fed a URL with a password, a
 * pasted token, the configured secrets and a 100 KB paste, then the whole log, every reply and every post are searched.
 */
import type { ICaptured } from './harness';
import { logText, openSession, texts } from './harness';
import { SECRET_SETTINGS, SETTING } from '../../lib/domain/settings';
import type { IPostedMessage } from '../../playground/engine/world';

const WEBHOOK_SECRET = 'hook-S3CRET-17';
const METRICS_SECRET = 'metr-S3CRET-42';
/** A password holding "@" and ":": the credentials end at the last "@". */
const PASSWORD = 'Pa55@w0rd:XYZ';
const LOG_LINE_MAX = 3000;
const NOW = '2026-11-19T09:00:00Z';

describe('secrets in every setting', () => {
	let ctx: ICaptured;
	const replies: IPostedMessage[] = [];

	beforeAll(async () => {
		ctx = await openSession({ now: NOW, settings: { webhook_secret: WEBHOOK_SECRET, metrics_token: METRICS_SECRET } });
	});
	afterAll(() => ctx.session.close());

	it('are never logged, kept or repeated, and no log line carries a 100 KB paste', async () => {
		const { session } = ctx;
		const values = [
			`https://admin:${PASSWORD}@host.example/x`,
			`30, ${session.token}`,
			`7 ${WEBHOOK_SECRET}, ${METRICS_SECRET}\u202E`,
			`1, ${'ab; '.repeat(25_000)}${session.token}`,
		];
		const feed = async (ids: readonly string[]) => {
			for (const id of ids) {
				for (const value of values) {
					await session.playground.setSetting(id, value);
				}
			}
		};
		const restore = async (settings: Record<string, string>) => {
			for (const [id, value] of Object.entries(settings)) {
				await session.playground.setSetting(id, value);
			}
		};
		// The secret settings first, then back to the secrets the other settings are fed.
		await feed(SECRET_SETTINGS);
		await restore({ [SETTING.token]: session.token, [SETTING.webhookSecret]: WEBHOOK_SECRET, [SETTING.metricsToken]: METRICS_SECRET });
		await feed(Object.values(SETTING).filter((id) => !SECRET_SETTINGS.includes(id)));
		// Back to a working connection and room; the other settings keep whatever was accepted or refused.
		await restore({ [SETTING.userId]: 'admin-id', [SETTING.serverUrl]: '', [SETTING.adminRoom]: 'admins', [SETTING.webhookUrl]: '' });
		await restore({ [SETTING.emailRecipients]: values[0] });
		for (const line of ['/license check', '/license', '/seats', '/seats trend']) {
			replies.push(...(await session.run('admin', line)));
		}
		replies.push(...(await session.job('daily-check')));

		const check = texts(replies.slice(0, 1));
		expect(check).toContain('was not saved');
		expect(check).toContain('not an email address');
		const everything = `${logText(ctx.logs, ['debug', 'info', 'warning', 'error'])}\n${texts(replies)}\n${texts(session.playground.world.messages)}`;
		for (const secret of [PASSWORD, 'Pa55', 'w0rd:XYZ', session.token, session.token.slice(3, 15), WEBHOOK_SECRET, METRICS_SECRET]) {
			expect([secret, everything.includes(secret)]).toEqual([secret, false]);
		}
		expect(everything).not.toContain('\u202E');
		const longest = Math.max(...ctx.logs.flatMap((entry) => entry.entries).map((line) => JSON.stringify(line.args).length));
		expect(longest).toBeLessThan(LOG_LINE_MAX);
	});
});
