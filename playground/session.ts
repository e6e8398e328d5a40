/**
 * One playground session: the packaged app in the real engine, wired to the simulated workspace (or a real server),
 * with the playground's default settings. The CLI and the end-to-end tests both drive the app through this.
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import { ensureZip, root } from './build/package';
import type { IApiAnswer, IRunOptions } from './engine/runtime';
import { Playground } from './engine/runtime';
import type { IOutboundCall, IPersistedRecord, IPostedMessage, ISentEmail } from './engine/world';
import type { ISimulatedWorkspace } from './workspace/server';
import { startWorkspace } from './workspace/server';

export const DEFAULT_SCENARIO = 'healthy';
/** Not a workspace answer but the lack of one: the server URL points at a port nobody listens on. */
export const UNREACHABLE = 'unreachable';
const CLOSED_PORT_URL = 'http://127.0.0.1:9';

export interface ISessionOptions {
	scenario?: string;
	/** A real workspace's URL: read-only calls with `userId` and `token` (RC_USER_ID, RC_TOKEN). */
	server?: string;
	userId?: string;
	token?: string;
	/** App settings applied after the playground's defaults, as typed on the command line (id → text). */
	settings?: Record<string, string>;
	state?: IPersistedRecord[];
	delayMs?: number;
	rateLimit?: false;
	serverLanguage?: string;
	/** Rocket.Chat server settings of the in-memory world (id → value as typed), in every mode including --server. */
	serverSettings?: Record<string, string>;
	/** Which roles hold each permission, for both the client-side check and permissions.listAll. */
	permissionRoles?: Record<string, string[]>;
	/** Language preference of each playground user, by username. */
	userLanguages?: Record<string, string>;
	onMessage?: (message: IPostedMessage) => void;
	/** Each webhook call the app makes (sent for real with --server, or to this machine; recorded otherwise). */
	onOutbound?: (call: IOutboundCall) => void;
	onEmail?: (email: ISentEmail) => void;
	onLog?: (entry: ILoggerStorageEntry) => void;
}

/** "true"/"false" and numbers typed on a command line become the values Rocket.Chat stores. */
function settingValue(text: string): unknown {
	if (text === 'true' || text === 'false') {
		return text === 'true';
	}
	return /^-?\d+$/.test(text) ? Number(text) : text;
}

export class Session {
	private constructor(
		public readonly playground: Playground,
		public readonly workspace: ISimulatedWorkspace | undefined,
		/** The secret the app was given: tests assert it never shows. */
		public readonly token: string,
	) {}

	public static async open(options: ISessionOptions = {}): Promise<Session> {
		const zip = fs.readFileSync(ensureZip());
		const userId = options.server ? (options.userId ?? '') : 'admin-id';
		const token = options.server ? (options.token ?? '') : `pg-${randomBytes(12).toString('hex')}`;
		const scenario = options.scenario ?? DEFAULT_SCENARIO;
		const workspace = options.server
			? undefined
			: await startWorkspace({
					scenario: scenario === UNREACHABLE ? DEFAULT_SCENARIO : scenario,
					userId,
					token,
					delayMs: options.delayMs,
					rateLimit: options.rateLimit,
					permissionRoles: options.permissionRoles,
				});
		const siteUrl = options.server ?? (scenario === UNREACHABLE ? CLOSED_PORT_URL : (workspace as ISimulatedWorkspace).url);
		try {
			const playground = await Playground.start({
				zip,
				siteUrl,
				adminId: userId,
				// Installing in Rocket.Chat, the admin accepts the permissions app.json declares; the engine then grants those.
				permissionsGranted: JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')).permissions,
				serverLanguage: options.serverLanguage,
				state: options.state,
				onLog: options.onLog,
				onMessage: options.onMessage,
			});
			Object.assign(playground.world.permissions, options.permissionRoles);
			playground.world.sendOutside = !!options.server;
			playground.world.onOutbound = options.onOutbound ?? (() => undefined);
			playground.world.onEmail = options.onEmail ?? (() => undefined);
			for (const [id, value] of Object.entries(options.serverSettings ?? {})) {
				playground.world.setServerSetting(id, settingValue(value));
			}
			for (const [username, language] of Object.entries(options.userLanguages ?? {})) {
				playground.world.setLanguage(username, language);
			}
			const defaults = {
				user_id: userId,
				access_token: token,
				admin_room: 'admins',
				...(options.server && { server_url: options.server }),
			};
			for (const [id, value] of Object.entries({ ...defaults, ...options.settings })) {
				await playground.setSetting(id, settingValue(value));
			}
			return new Session(playground, workspace, token);
		} catch (error) {
			await workspace?.close();
			throw error;
		}
	}

	public run(username: string, line: string, options?: IRunOptions): Promise<IPostedMessage[]> {
		return this.playground.run(username, line, options);
	}

	public api(target: string, headers?: Record<string, string>): Promise<IApiAnswer> {
		return this.playground.api(target, headers);
	}

	public job(id: string): Promise<IPostedMessage[]> {
		return this.playground.job(id);
	}

	public exportState(): IPersistedRecord[] {
		return this.playground.world.exportState();
	}

	public async close(): Promise<void> {
		await this.playground.close();
		await this.workspace?.close();
	}
}
