/**
 * One playground session: the packaged app in the real engine, wired to the simulated workspace (or a real server),
 * with the playground's default settings. The CLI and the end-to-end tests both drive the app through this.
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import { ensureZip, root } from './build/package';
import { advanceWorld, parseInstant, setWorldNow } from './engine/clock';
import type { IApiAnswer, IOverrun, IRunOptions } from './engine/runtime';
import { Playground } from './engine/runtime';
import type { IOutboundCall, IPersistedRecord, IPostedMessage, ISentEmail } from './engine/world';
import type { PermissionsListAllBody } from './workspace/fixtures';
import type { IScenario } from './workspace/scenarios';
import { DEFAULT_PERMISSION_ROLES, getScenario, scenarioNames } from './workspace/scenarios';
import type { ISimulatedWorkspace } from './workspace/server';
import { startWorkspace } from './workspace/server';

export const DEFAULT_SCENARIO = 'healthy';
/** Not a workspace answer but the lack of one: the server URL points at a port nobody listens on. */
export const UNREACHABLE = 'unreachable';
const CLOSED_PORT_URL = 'http://127.0.0.1:9';

export interface ISessionOptions {
	scenario?: string;
	/**
	 * The instant the world starts at (ISO 8601 with a zone, as `--now` takes it); from there it runs on. The simulated
	 * workspace, the engine's bridges and the app's own code all read this clock. Default: the host's clock.
	 */
	now?: string;
	/** A real workspace's URL: read-only calls with `userId` and `token` (RC_USER_ID, RC_TOKEN). */
	server?: string;
	userId?: string;
	token?: string;
	/** App settings applied after the playground's defaults, as typed on the command line (id → text). */
	settings?: Record<string, string>;
	state?: IPersistedRecord[];
	/** The simulated workspace's user changes saved by an earlier run (`--state`). */
	userChanges?: Record<string, boolean>;
	delayMs?: number;
	rateLimit?: false;
	serverLanguage?: string;
	/** Rocket.Chat server settings of the in-memory world (id → value as typed), in every mode including --server. */
	serverSettings?: Record<string, string>;
	/** Which roles hold each permission, for both the client-side check and permissions.listAll. */
	permissionRoles?: Record<string, string[]>;
	/** The simulated license's company name instead of the scenario's. */
	company?: string;
	/** Language preference of each playground user, by username. */
	userLanguages?: Record<string, string>;
	onMessage?: (message: IPostedMessage) => void;
	/** Each webhook call the app makes (sent for real with --server, or to this machine; recorded otherwise). */
	onOutbound?: (call: IOutboundCall) => void;
	onEmail?: (email: ISentEmail) => void;
	onLog?: (entry: ILoggerStorageEntry) => void;
	/** The engine's limit on any call into the app: 10 s (engine 1.47.0, the default) or 30 s (1.47.1 and later). */
	engineTimeoutSeconds?: EngineTimeout;
	/** A call ran over the engine's limit (default: a line on stderr). */
	onOverrun?: (overrun: IOverrun) => void;
	/** Something the playground could not do as asked, e.g. read a real server's permissions (default: a line on stderr). */
	onNotice?: (line: string) => void;
}

export const ENGINE_TIMEOUTS = [10, 30] as const;
export type EngineTimeout = (typeof ENGINE_TIMEOUTS)[number];

const toStderr = (line: string): void => void process.stderr.write(`${line}\n`);

export const describeOverrun = (overrun: IOverrun): string =>
	`playground: "${overrun.call}" ran over the engine's ${overrun.limitMs / 1000} s limit (ended after ${(overrun.elapsedMs / 1000).toFixed(1)} s): ` +
	'Rocket.Chat drops the call and its caller gets no answer from it.';

/** What a scenario sets beyond the workspace's answers: its permission table and the world's server settings. */
function scenarioDefaults(name: string): Pick<IScenario, 'permissionRoles' | 'serverSettings'> {
	return scenarioNames().includes(name) ? getScenario(name) : {};
}

/** A real server's permission → roles table, read once with the session's credentials. */
async function readServerPermissions(server: string, userId: string, token: string): Promise<Record<string, string[]>> {
	const response = await fetch(`${server.replace(/\/+$/, '')}/api/v1/permissions.listAll`, {
		headers: { 'X-User-Id': userId, 'X-Auth-Token': token },
		signal: AbortSignal.timeout(10_000),
	});
	if (!response.ok) {
		throw new Error(`HTTP ${response.status}`);
	}
	const body = (await response.json()) as Partial<PermissionsListAllBody>;
	if (!Array.isArray(body.update)) {
		throw new Error('no "update" list in the answer');
	}
	return Object.fromEntries(body.update.map((permission) => [permission._id, permission.roles]));
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
		const start = options.now === undefined ? undefined : parseInstant(options.now);
		if (options.now !== undefined && !start) {
			throw new Error(`"${options.now}" is not an ISO 8601 instant with a time zone, such as 2027-01-25T08:00Z.`);
		}
		const zip = fs.readFileSync(ensureZip());
		// The world starts now, after the build: what happens next happens at the instant asked for.
		setWorldNow(start);
		const userId = options.server ? (options.userId ?? '') : 'admin-id';
		const token = options.server ? (options.token ?? '') : `pg-${randomBytes(12).toString('hex')}`;
		const scenario = options.scenario ?? DEFAULT_SCENARIO;
		const notice = options.onNotice ?? toStderr;
		// The caller's table, completed with the defaults, is the live one: a test that changes it later changes what the
		// workspace answers, as an admin editing permissions would.
		const overrides = { ...options.permissionRoles };
		const known = scenarioDefaults(scenario);
		const permissionRoles = Object.assign(options.permissionRoles ?? {}, {
			...DEFAULT_PERMISSION_ROLES,
			...known.permissionRoles,
			...overrides,
		});
		if (options.server) {
			try {
				Object.assign(permissionRoles, await readServerPermissions(options.server, userId, token), overrides);
			} catch (error) {
				notice(
					`playground: could not read permissions.listAll from ${options.server} (${error instanceof Error ? error.message : String(error)}); ` +
						"Rocket.Chat's default roles apply to the in-memory workspace.",
				);
			}
		}
		const workspace = options.server
			? undefined
			: await startWorkspace({
					scenario: scenario === UNREACHABLE ? DEFAULT_SCENARIO : scenario,
					userId,
					token,
					delayMs: options.delayMs,
					rateLimit: options.rateLimit,
					permissionRoles,
					company: options.company,
					userChanges: options.userChanges,
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
				engineTimeoutMs: (options.engineTimeoutSeconds ?? ENGINE_TIMEOUTS[0]) * 1000,
				onOverrun: options.onOverrun ?? ((overrun) => toStderr(describeOverrun(overrun))),
			});
			Object.assign(playground.world.permissions, permissionRoles);
			playground.world.sendOutside = !!options.server;
			playground.world.onOutbound = options.onOutbound ?? (() => undefined);
			playground.world.onEmail = options.onEmail ?? (() => undefined);
			for (const [id, value] of Object.entries({ ...known.serverSettings, ...options.serverSettings })) {
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

	/** Presses a button as `username`: "ACTION_ID" or "ACTION_ID=VALUE" (see Playground.click). */
	public click(username: string, target: string): Promise<IPostedMessage[]> {
		const at = target.indexOf('=');
		return at < 0 ? this.playground.click(username, target) : this.playground.click(username, target.slice(0, at), target.slice(at + 1));
	}

	public api(target: string, headers?: Record<string, string>): Promise<IApiAnswer> {
		return this.playground.api(target, headers);
	}

	public job(id: string): Promise<IPostedMessage[]> {
		return this.playground.job(id);
	}

	/** Moves the world's clock forward by `ms`: the next call into the app, and the workspace, see the later time. */
	public wait(ms: number): void {
		advanceWorld(ms);
	}

	/** Calls the engine ended for running over its limit. */
	public get overruns(): IOverrun[] {
		return this.playground.overruns;
	}

	public exportState(): IPersistedRecord[] {
		return this.playground.world.exportState();
	}

	/** What `--state` keeps of the simulated workspace: users activated or deactivated since the scenario began. */
	public exportUserChanges(): Record<string, boolean> | undefined {
		return this.workspace?.userChanges();
	}

	public async close(): Promise<void> {
		await this.playground.close();
		await this.workspace?.close();
	}
}
