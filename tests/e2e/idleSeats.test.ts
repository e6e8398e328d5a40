/**
 * Idle seats end to end: /seats idle, its buttons pressed through the playground's click path (the engine's UIKit
 * listener, as Rocket.Chat's interaction endpoint drives it), the simulated workspace's users changing with them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import type { ICaptured } from './harness';
import { cli, jsonLines, openSession, texts } from './harness';
import { buttonsOf } from '../../playground/engine/runtime';
import type { IPostedMessage } from '../../playground/engine/world';
import { DEFAULT_PERMISSION_ROLES } from '../../playground/workspace/scenarios';

const ACTION = {
	deactivate: 'licenseapp_idle_deactivate',
	all: 'licenseapp_idle_deactivate_all',
	confirm: 'licenseapp_idle_confirm',
	undo: 'licenseapp_idle_undo',
	more: 'licenseapp_idle_more',
	review: 'licenseapp_idle_review',
};

const active = (captured: ICaptured, username: string): boolean | undefined =>
	captured.session.workspace?.directory.users.find((user) => user.username === username)?.active;

const idOf = (captured: ICaptured, username: string): string =>
	captured.session.workspace?.directory.users.find((user) => user.username === username)?._id as string;

const only = (messages: IPostedMessage[], room: string): IPostedMessage[] => messages.filter((message) => message.room === room);

describe('idle seats on near-cap: list, deactivate, undo, refuse, deactivate all', () => {
	let captured: ICaptured;
	beforeAll(async () => {
		// `user` may read license data here but may not deactivate anyone.
		captured = await openSession({
			scenario: 'near-cap',
			permissionRoles: { ...DEFAULT_PERMISSION_ROLES, 'view-privileged-setting': ['admin', 'user'] },
		});
	});
	afterAll(() => captured.session.close());

	it('adds the idle count to the seat notice, and its button opens the list privately for the clicker', async () => {
		const [notice] = await captured.session.job('daily-check');
		expect(notice.text).toContain('15 seats are held by users idle for 30+ days.');
		const review = await captured.session.click('admin', ACTION.review);
		expect(review).toHaveLength(1);
		expect(review[0]).toMatchObject({ ephemeral: true, to: 'admin', room: 'admins' });
		expect(review[0].text).toContain('15 of 185 seats are idle (30+ days)');
	});

	it('names the app on every button it posts, link buttons included', async () => {
		const [seats] = await captured.session.run('admin', '/seats');
		const links = buttonsOf(seats.blocks).filter((button) => (button as { url?: string }).url);
		expect(links.length).toBeGreaterThan(0);
		for (const button of links) {
			expect((button as { appId?: string }).appId).toBe(captured.session.playground.appId);
		}
	});

	it('lists 10 per message, oldest first, with the total, what the settings left out and the cross-check', async () => {
		const [list] = await captured.session.run('admin', '/seats idle');
		expect(list.text).toContain('15 of 185 seats are idle (30+ days)');
		expect(list.text).toContain('1 idle user is left out by the settings');
		expect(list.text).toContain('Checked against the engagement dashboard: 7 with an old last login were active');
		expect(list.text).toContain('Showing 1–10 of 15.');
		const lines = list.text.split('\n').filter((line) => line.startsWith('*@'));
		expect(lines).toHaveLength(10);
		expect(lines[0]).toContain('never logged in');
		expect(lines[9]).toContain('last login');
		// Never the caller, the token's owner, bots, app users or guests.
		expect(list.text).not.toMatch(/@admin\b|rocket\.cat|licenseapp\.bot|guest\d/);
		const buttons = buttonsOf(list.blocks);
		expect(buttons.filter((b) => b.actionId === ACTION.deactivate)).toHaveLength(10);
		expect(buttons.find((b) => b.actionId === ACTION.deactivate)?.value).toBe(idOf(captured, 'ana.silva168'));
		const [more] = await captured.session.click('admin', ACTION.more);
		expect(more.text).toContain('Showing 11–15 of 15.');
		expect(more.text.split('\n').filter((line) => line.startsWith('*@'))).toHaveLength(5);
	});

	it('deactivates one user after the confirmation step and posts the audit with Undo', async () => {
		await captured.session.run('admin', '/seats idle');
		const [ask] = await captured.session.click('admin', `${ACTION.deactivate}=${idOf(captured, 'ana.silva168')}`);
		expect(ask.text).toContain('Deactivate 1 user?');
		expect(active(captured, 'ana.silva168')).toBe(true);
		const done = await captured.session.click('admin', ACTION.confirm);
		expect(active(captured, 'ana.silva168')).toBe(false);
		const [audit] = only(done, 'admins');
		expect(audit.ephemeral).toBe(false);
		expect(audit.text).toMatch(/@admin deactivated @ana\.silva168 \(never logged in\) on \w+ \d+, \d{4}\./);
		expect(buttonsOf(audit.blocks).map((b) => [b.actionId, b.value])).toEqual([[ACTION.undo, idOf(captured, 'ana.silva168')]]);
		expect(texts(done)).toContain('1 deactivated, 0 failed.');
	});

	it('refuses a clicker without edit-other-user-active-status, on the server side, and changes nothing', async () => {
		const [list] = await captured.session.run('user', '/seats idle');
		expect(buttonsOf(list.blocks).some((b) => b.actionId === ACTION.deactivate)).toBe(true);
		const target = buttonsOf(list.blocks).find((b) => b.actionId === ACTION.deactivate)?.value as string;
		const refused = await captured.session.click('user', ACTION.deactivate);
		expect(texts(refused)).toBe('You need the edit-other-user-active-status permission to deactivate or reactivate users.');
		// Even a confirm value sent straight to the endpoint.
		const crafted = await captured.session.playground.interact('user', { actionId: ACTION.confirm, value: target });
		expect(texts(crafted)).toContain('edit-other-user-active-status');
		expect(captured.session.workspace?.directory.get(target)?.active).toBe(true);
	});

	it('undoes: reactivates and edits the audit post, and Undo cannot run twice', async () => {
		const undone = await captured.session.click('admin', ACTION.undo);
		expect(active(captured, 'ana.silva168')).toBe(true);
		const [edited] = undone.filter((message) => message.updated);
		expect(edited.room).toBe('admins');
		expect(edited.text).toMatch(/@admin reactivated @ana\.silva168 on/);
		expect(buttonsOf(edited.blocks)).toHaveLength(0);
		expect(texts(undone)).toContain('@ana.silva168 is active again.');
		const again = await captured.session.playground.interact('admin', { actionId: ACTION.undo, value: idOf(captured, 'ana.silva168') });
		expect(texts(again)).toBe('This deactivation was already undone.');
	});

	it('deactivates all listed one at a time, with progress, and reports the one that failed', async () => {
		await captured.session.run('admin', '/seats idle');
		const [ask] = await captured.session.click('admin', ACTION.all);
		expect(ask.text).toContain('Deactivate 10 users?');
		const posted = await captured.session.click('admin', ACTION.confirm);
		const audits = only(posted, 'admins').filter((m) => m.text.includes(' deactivated @'));
		expect(audits).toHaveLength(9);
		const progress = only(posted, 'admins').filter((m) => m.text.includes('Deactivating idle users'));
		expect(progress[0].text).toContain('0 of 10 done');
		expect(progress[progress.length - 1]).toMatchObject({ updated: true });
		const outcome = '9 deactivated, 1 failed: @carla.garcia170: last owner of rooms: hand them over first';
		expect(progress[progress.length - 1].text).toContain(outcome);
		expect(texts(posted.filter((m) => m.ephemeral))).toBe(outcome);
		expect(active(captured, 'carla.garcia170')).toBe(true);
		const [after] = await captured.session.run('admin', '/seats idle');
		expect(after.text).toContain('6 of 176 seats are idle (30+ days)');
	});
});

describe('idle seats on over-cap: crafted values and a full cap', () => {
	let captured: ICaptured;
	beforeAll(async () => {
		// Here `user` may deactivate others, so the owner and self guards are what stops a crafted value.
		captured = await openSession({
			scenario: 'over-cap',
			permissionRoles: {
				...DEFAULT_PERMISSION_ROLES,
				'view-privileged-setting': ['admin', 'user'],
				'edit-other-user-active-status': ['admin', 'user'],
			},
		});
	});
	afterAll(() => captured.session.close());

	it("never deactivates the token's owner, the clicker or an excluded admin, whatever value the button carries", async () => {
		const owner = await captured.session.playground.interact('user', { actionId: ACTION.confirm, value: 'admin-id' });
		expect(texts(owner)).toContain("@admin: LicenseApp never deactivates the token's owner");
		const self = await captured.session.playground.interact('user', { actionId: ACTION.confirm, value: 'user-id' });
		expect(texts(self)).toContain('you cannot deactivate yourself here');
		const admin = captured.session.workspace?.directory.users.find((u) => u.roles.includes('admin') && !u.lastLogin) as { _id: string };
		const excluded = await captured.session.playground.interact('user', { actionId: ACTION.deactivate, value: admin._id });
		expect(texts(excluded)).toContain("excluded by the app's settings");
		expect(captured.session.workspace?.directory.get('admin-id')?.active).toBe(true);
		expect(captured.session.workspace?.directory.get(admin._id)?.active).toBe(true);
	});

	it('refuses Undo clearly when every seat is taken', async () => {
		await captured.session.run('admin', '/seats idle');
		await captured.session.click('admin', ACTION.deactivate);
		await captured.session.click('admin', ACTION.confirm);
		expect(captured.session.workspace?.directory.seatCount()).toBe(204);
		const undo = await captured.session.click('admin', ACTION.undo);
		expect(texts(undo)).toMatch(
			/Cannot reactivate @[\w.]+: every seat is taken \(the license seat limit is reached\)\. Free a seat first\./,
		);
		expect(captured.session.workspace?.directory.seatCount()).toBe(204);
	});
});

describe('idle seats through the playground CLI', () => {
	let dir: string;
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-idle-'));
	});
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('--click presses buttons in order, prints edits with "updated", and --state keeps the deactivation', async () => {
		const state = path.join(dir, 'state.json');
		const steps = [
			'--run',
			'/seats idle',
			'--click',
			ACTION.deactivate,
			'--click',
			ACTION.confirm,
			'--click',
			ACTION.undo,
			'--click',
			ACTION.deactivate,
		];
		const first = await cli(['--scenario', 'near-cap', '--state', state, '--json', ...steps, '--click', ACTION.confirm]);
		expect(first.code).toBe(0);
		const lines = jsonLines(first.stdout);
		expect(lines.filter((line) => (line as { updated?: boolean }).updated)).toHaveLength(1);
		const saved = JSON.parse(fs.readFileSync(state, 'utf8'));
		expect(Object.values(saved.workspace.users)).toEqual([false]);
		const second = await cli(['--scenario', 'near-cap', '--state', state, '--run', '/seats idle']);
		expect(second.stdout).toContain('14 of 184 seats are idle (30+ days)');
		expect(second.stdout).not.toContain('@ana.silva168');
	});

	it('a missing button is an error', async () => {
		const none = await cli(['--scenario', 'healthy', '--run', '/seats idle', '--click', 'no_such_action']);
		expect(none.code).toBe(1);
		expect(none.stderr).toContain('No button "no_such_action"');
	});
});

describe("idle seats when the token's owner lacks edit-other-user-active-status", () => {
	it('offers no buttons, says why, and refuses a crafted confirm', async () => {
		const captured = await openSession({
			scenario: 'near-cap',
			permissionRoles: { ...DEFAULT_PERMISSION_ROLES, 'edit-other-user-active-status': [] },
		});
		try {
			const [list] = await captured.session.run('admin', '/seats idle');
			expect(list.text).toContain("No deactivate buttons: the token's owner lacks the edit-other-user-active-status permission.");
			expect(buttonsOf(list.blocks).map((b) => b.actionId)).toEqual([ACTION.more]);
			const crafted = await captured.session.playground.interact('admin', {
				actionId: ACTION.confirm,
				value: idOf(captured, 'ana.silva168'),
			});
			// The clicker (admin) fails the same check as the owner here: the first refusal names the clicker's permission.
			expect(texts(crafted)).toContain('edit-other-user-active-status');
			expect(active(captured, 'ana.silva168')).toBe(true);
		} finally {
			await captured.session.close();
		}
	});
});
