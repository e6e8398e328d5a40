/**
 * What one app instance keeps between calls, in one place: cached API answers, the roles known from the last check, and
 * the queue that runs checks one at a time. LicenseApp creates it and hands it to the commands and the job.
 */
import { ResponseCache } from '../api/cache';
import type { RoleTable } from '../domain/access';
import type { ISettingRejection } from '../domain/settingNotes';
import type { SettingId } from '../domain/settings';

export class AppState {
	/** API answers per server, user and token fingerprint (lib/api/cache.ts). */
	public readonly responses = new ResponseCache();

	/**
	 * The roles known from the last check, per workspace and token identity: read when the app is enabled or its
	 * connection settings change (where no persistence is at hand), kept in persistence by commands (lib/engine/store.ts).
	 */
	public readonly knownRoles = new Map<string, RoleTable>();

	/** When this instance last changed a user's active status: user lists and seat counts cached before are not reused. */
	public usersChangedAt = 0;

	/** Setting values refused when saved, since this instance started (lib/entry/settingUpdates.ts): `/license check` says so. */
	public readonly rejectedSettings = new Map<SettingId, ISettingRejection>();

	/** The app's id, for buttons in messages the job posts (set by LicenseApp). */
	public appId = '';

	private checks: Promise<unknown> = Promise.resolve();

	/** Runs `task` after every task queued before it: `/license check` and the job must not post the same notice twice. */
	public oneAtATime<T>(task: () => Promise<T>): Promise<T> {
		const run = this.checks.then(task);
		this.checks = run.catch(() => undefined);
		return run;
	}
}
