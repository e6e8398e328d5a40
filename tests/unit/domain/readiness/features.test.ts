/** readiness/features.ts: what works with the token, from the role table, the owner's roles, the modules and the settings. */
import type { IReadinessInput, Readiness } from '../../../../lib/domain/readiness/features';
import { FEATURES, readiness } from '../../../../lib/domain/readiness/features';
import { DEFAULT_PERMISSION_ROLES } from '../../fixtures/permissions';

/** An admin's token on a licensed workspace with the dashboard module, every channel set up. */
const ALL_ON: IReadinessInput = {
	table: DEFAULT_PERMISSION_ROLES,
	ownerRoles: ['admin', 'user'],
	modules: ['engagement-dashboard'],
	licensed: true,
	emailRecipients: ['it@example.com'],
	smtp: true,
	webhookUrl: 'https://hooks.example.com/x',
	metricsToken: 's3cret',
};

const byFeature = (lines: Readiness[]) => Object.fromEntries(lines.map((line) => [line.feature, line]));

describe('readiness', () => {
	it('gives one line per feature, in order', () => {
		expect(readiness(ALL_ON).map((line) => line.feature)).toEqual([...FEATURES]);
	});

	it("an admin's token with everything set up: all on but @here, which the app role lacks by default", () => {
		const lines = byFeature(readiness(ALL_ON));
		expect(Object.values(lines).filter((line) => line.on !== true)).toEqual([
			{ feature: 'mention-here', on: false, fix: { kind: 'app-permission', permission: 'mention-here' } },
		]);
	});

	it('@here is on once the app role holds mention-here', () => {
		const table = { ...DEFAULT_PERMISSION_ROLES, 'mention-here': [...DEFAULT_PERMISSION_ROLES['mention-here'], 'app'] };
		expect(byFeature(readiness({ ...ALL_ON, table }))['mention-here']).toEqual({ feature: 'mention-here', on: true });
	});

	it('a token whose owner holds view-privileged-setting only: each other feature names the permission it lacks', () => {
		const table = { ...DEFAULT_PERMISSION_ROLES, 'view-privileged-setting': ['admin', 'license-reader'] };
		const lines = byFeature(readiness({ ...ALL_ON, table, ownerRoles: ['license-reader'] }));
		expect(lines.license).toEqual({ feature: 'license', on: true });
		for (const [feature, permission] of [
			['statistics', 'view-statistics'],
			['idle', 'view-d-room'],
			['idle-cross-check', 'view-engagement-dashboard'],
			['deactivate', 'edit-other-user-active-status'],
			['cloud', 'manage-cloud'],
		]) {
			expect(lines[feature]).toEqual({ feature, on: false, fix: { kind: 'owner-permission', permission } });
		}
	});

	it('the idle list needs only view-d-room, which a plain user holds', () => {
		const lines = byFeature(readiness({ ...ALL_ON, ownerRoles: ['user'] }));
		expect(lines.idle).toEqual({ feature: 'idle', on: true });
		expect(lines.license.on).toBe(false);
	});

	it('the idle cross-check needs the engagement-dashboard module as well as the permission', () => {
		const lines = byFeature(readiness({ ...ALL_ON, modules: ['auditing'] }));
		expect(lines['idle-cross-check']).toEqual({
			feature: 'idle-cross-check',
			on: false,
			fix: { kind: 'module', module: 'engagement-dashboard' },
		});
	});

	it('an owner holding guest loses every permission off the guest whitelist while a license is valid, not otherwise', () => {
		const owner = { ...ALL_ON, ownerRoles: ['admin', 'guest'] };
		expect(byFeature(readiness(owner)).license.on).toBe(false);
		expect(byFeature(readiness(owner)).idle.on).toBe(true);
		expect(byFeature(readiness({ ...owner, licensed: false })).license.on).toBe(true);
	});

	it('without the role table or the owner, permission lines are unknown, settings lines still known', () => {
		for (const input of [
			{ ...ALL_ON, table: undefined },
			{ ...ALL_ON, ownerRoles: undefined },
		]) {
			const lines = byFeature(readiness(input));
			expect(lines.license).toEqual({ feature: 'license', on: 'unknown' });
			expect(lines.webhook.on).toBe(true);
		}
		expect(byFeature(readiness({ ...ALL_ON, table: undefined }))['mention-here'].on).toBe('unknown');
	});

	it('email needs recipients first, then SMTP in Rocket.Chat', () => {
		expect(byFeature(readiness({ ...ALL_ON, emailRecipients: [] })).email).toEqual({
			feature: 'email',
			on: false,
			fix: { kind: 'setting', setting: 'email_recipients' },
		});
		expect(byFeature(readiness({ ...ALL_ON, smtp: false })).email).toEqual({ feature: 'email', on: false, fix: { kind: 'smtp' } });
	});

	it('the webhook needs its URL and the metrics their secret (blank counts as unset)', () => {
		const lines = byFeature(readiness({ ...ALL_ON, webhookUrl: ' ', metricsToken: '' }));
		expect(lines.webhook).toEqual({ feature: 'webhook', on: false, fix: { kind: 'setting', setting: 'webhook_url' } });
		expect(lines.metrics).toEqual({ feature: 'metrics', on: false, fix: { kind: 'setting', setting: 'metrics_token' } });
	});
});
