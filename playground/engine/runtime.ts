/**
 * Boots the real Apps-Engine server runtime (1.62.0, Deno subprocess) on a World, installs a packaged zip and drives
 * it as Rocket.Chat would: slash commands, scheduled jobs, setting changes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { SlashCommandContext } from 'apps-engine-runtime/definition/slashcommands';
import type { IUser } from 'apps-engine-runtime/definition/users';
import { AppManager } from 'apps-engine-runtime/server/AppManager';
import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import { PlaygroundBridges } from './bridges';
import { denoEnvironment } from './denoSetup';
import { MemoryMetadataStorage, MemorySourceStorage, SinkLogStorage } from './storage';
import type { IPersistedRecord, IPostedMessage } from './world';
import { World } from './world';

export interface IPlaygroundOptions {
	zip: Buffer;
	siteUrl: string;
	/** Id of the in-memory `admin`: with a real server, the token owner's id, so the owner exists here too. */
	adminId?: string;
	serverLanguage?: string;
	state?: IPersistedRecord[];
	onLog?: (entry: ILoggerStorageEntry) => void;
	onMessage?: (message: IPostedMessage) => void;
	/** What the admin accepted at install, as Rocket.Chat records it: the app.json permissions. Default: the engine's defaults. */
	permissionsGranted?: Array<{ name: string }>;
}

/** What an app API endpoint answered. */
export interface IApiAnswer {
	status: number;
	headers: Record<string, string>;
	body: unknown;
}

export interface IRunOptions {
	/** Skip the client-side permission check, as a direct REST call to commands.run does. */
	direct?: boolean;
	room?: string;
}

/** The engine rejects with JSON-RPC errors whose useful text sits in data.message. */
function describeFailure(error: unknown): string {
	const rpc = error as { message?: string; data?: { message?: string } };
	return rpc?.data?.message ?? rpc?.message ?? String(error);
}

export class Playground {
	private constructor(
		public readonly world: World,
		private readonly manager: AppManager,
		private readonly bridges: PlaygroundBridges,
		public readonly appId: string,
		private readonly tempDir: string,
	) {}

	public static async start(options: IPlaygroundOptions): Promise<Playground> {
		denoEnvironment();
		const world = new World({ siteUrl: options.siteUrl, adminId: options.adminId, serverLanguage: options.serverLanguage });
		world.importState(options.state ?? []);
		if (options.onMessage) {
			world.onMessage = options.onMessage;
		}
		const bridges = new PlaygroundBridges(world);
		const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-engine-'));
		(AppManager as unknown as { Instance?: AppManager }).Instance = undefined;
		const manager = new AppManager({
			metadataStorage: new MemoryMetadataStorage(),
			logStorage: new SinkLogStorage(options.onLog ?? (() => undefined)),
			sourceStorage: new MemorySourceStorage(),
			bridges,
			tempFilePath: tempDir,
		});
		await manager.load();
		const admin = world.userByName('admin') as IUser;
		const result = await manager.add(options.zip, {
			enable: false,
			user: admin as never,
			permissionsGranted: options.permissionsGranted as never,
		});
		const appId = result.getAppInfo()?.id;
		if (!appId || result.hasStorageError() || result.hasAppUserError()) {
			throw new Error(
				`The engine refused the app: ${JSON.stringify(result.getStorageError() ?? result.getAppUserError() ?? result.getLicenseValidationResult())}`,
			);
		}
		const playground = new Playground(world, manager, bridges, appId, tempDir);
		if (!(await manager.enable(appId))) {
			throw new Error('The engine could not enable the app (see the log lines above).');
		}
		return playground;
	}

	/** Registered slash commands, with the permission each declares. */
	public get commands() {
		return this.bridges.commands.commands;
	}

	/** Runs "/cmd args" as `username`, and returns what the app posted or notified meanwhile. */
	public async run(username: string, line: string, options: IRunOptions = {}): Promise<IPostedMessage[]> {
		const [name, ...params] = line.replace(/^\//, '').trim().split(/\s+/);
		const user = this.world.userByName(username);
		const room = this.world.roomByName(options.room ?? 'general');
		const command = this.commands.get(name);
		if (!user || !room) {
			throw new Error(`No user "${username}" or room "${options.room ?? 'general'}" in the playground`);
		}
		return this.capture(async () => {
			if (!command) {
				this.world.record({
					room: room.slugifiedName,
					ephemeral: true,
					to: username,
					sender: 'rocket.cat',
					text: `No such command: /${name}`,
					blocks: [],
				});
				return;
			}
			// The web client refuses before anything reaches the server (processSlashCommand.ts): so does the playground.
			if (!options.direct && command.permission && !this.world.hasPermission(user, command.permission)) {
				this.world.record({
					room: room.slugifiedName,
					ephemeral: true,
					to: username,
					sender: 'rocket.cat',
					text: `You do not have permission to execute this command (${command.permission}).`,
					blocks: [],
				});
				return;
			}
			await this.manager
				.getCommandManager()
				.executeCommand(name, new SlashCommandContext(user as never, room as never, params.filter(Boolean)));
		});
	}

	/** Runs a registered scheduler processor once, as the server's scheduler does at its tick. */
	public async job(id: string): Promise<IPostedMessage[]> {
		const processor = this.bridges.scheduler.processors.get(`${id}_${this.appId}`);
		if (!processor) {
			throw new Error(`No job "${id}"; the app registered: ${[...this.bridges.scheduler.processors.keys()].join(', ')}`);
		}
		const run = processor.processor as unknown as (context: object) => Promise<void>;
		return this.capture(() => run({ jobId: processor.id }));
	}

	/**
	 * Calls the app's API endpoint at `target` ("metrics?token=…") with GET, as Rocket.Chat's router hands it over:
	 * lower-case header names, the query parsed, no body. Returns the endpoint's answer (404 for an unknown path).
	 */
	public async api(target: string, headers: Record<string, string> = {}): Promise<IApiAnswer> {
		const url = new URL(target.replace(/^\/+/, ''), 'http://app.invalid/');
		const path = url.pathname.slice(1);
		const request = {
			method: 'get',
			headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
			query: Object.fromEntries(url.searchParams.entries()),
			params: {},
			content: undefined,
		};
		let answer: { status: number; headers?: Record<string, string>; content?: unknown };
		try {
			answer = await this.manager.getApiManager().executeApi(this.appId, path, request as never);
		} catch (error) {
			// Rocket.Chat answers an endpoint that threw with 500 and the error's message.
			answer = { status: 500, content: describeFailure(error) };
		}
		return { status: answer.status, headers: answer.headers ?? {}, body: answer.content };
	}

	public get jobs() {
		return this.world.jobs;
	}

	public async setSetting(id: string, value: unknown): Promise<void> {
		const settings = this.manager.getSettingsManager();
		const current = settings.getAppSetting(this.appId, id);
		if (!current) {
			throw new Error(`The app has no setting "${id}"`);
		}
		await settings.updateAppSetting(this.appId, { ...current, value });
	}

	public getSetting(id: string): unknown {
		return this.manager.getSettingsManager().getAppSetting(this.appId, id)?.value;
	}

	private async capture(step: () => Promise<void>): Promise<IPostedMessage[]> {
		const before = this.world.messages.length;
		try {
			await step();
		} catch (error) {
			throw new Error(`The app failed: ${describeFailure(error)}`, { cause: error });
		}
		return this.world.messages.slice(before);
	}

	public async close(): Promise<void> {
		await this.manager.unload(false);
		(AppManager as unknown as { Instance?: AppManager }).Instance = undefined;
		fs.rmSync(this.tempDir, { recursive: true, force: true });
	}
}
