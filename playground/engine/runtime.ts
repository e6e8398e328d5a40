/**
 * Boots the real Apps-Engine server runtime (1.62.0, Deno subprocess) on a World, installs a packaged zip and drives
 * it as Rocket.Chat would: slash commands, scheduled jobs, setting changes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { AppInterface } from 'apps-engine-runtime/definition/metadata';
import { SlashCommandContext } from 'apps-engine-runtime/definition/slashcommands';
import type { IUser } from 'apps-engine-runtime/definition/users';
import { AppManager } from 'apps-engine-runtime/server/AppManager';
import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import { PlaygroundBridges } from './bridges';
import { writeClockFile } from './clock';
import { denoEnvironment } from './denoSetup';
import { quietChildStdin } from './quietPipes';
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
	/**
	 * How long the engine waits for any call into the app (command, job, setting hook…), in ms. Engine 1.47.0 (Rocket.Chat 7.0.0)
	 * hard-codes 10 s; from 1.47.1 APPS_ENGINE_RUNTIME_TIMEOUT sets it, default 30 s. Default here: the strict 10 s.
	 */
	engineTimeoutMs?: number;
	/** Told when a call ran over the engine's limit (the CLI prints it on stderr). */
	onOverrun?: (overrun: IOverrun) => void;
	/** What the admin accepted at install, as Rocket.Chat records it: the app.json permissions. Default: the engine's defaults. */
	permissionsGranted?: Array<{ name: string }>;
}

/** What an app API endpoint answered. */
export interface IApiAnswer {
	status: number;
	headers: Record<string, string>;
	body: unknown;
}

/** A call into the app that the engine ended because it ran over its time limit. */
export interface IOverrun {
	/** What was called: "/license limits", "job daily-check", "setting request_timeout". */
	call: string;
	limitMs: number;
	elapsedMs: number;
	/** The engine's own error text. */
	error: string;
}

export const ENGINE_TIMEOUT_MS = 10_000;

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

interface IButton {
	actionId: string;
	appId?: string;
	blockId?: string;
	value?: string;
	url?: string;
}

/** Every button in a message's blocks: in actions blocks and as section accessories. */
export function buttonsOf(blocks: unknown[]): IButton[] {
	return blocks.flatMap((block) => {
		const b = block as { type?: string; elements?: unknown[]; accessory?: unknown };
		const candidates = [...(b.type === 'actions' ? (b.elements ?? []) : []), ...(b.accessory ? [b.accessory] : [])];
		return candidates.filter((element): element is IButton => (element as { type?: string }).type === 'button');
	});
}

export class Playground {
	private constructor(
		public readonly world: World,
		private readonly manager: AppManager,
		private readonly bridges: PlaygroundBridges,
		public readonly appId: string,
		private readonly tempDir: string,
		public readonly engineTimeoutMs: number,
		private readonly onOverrun: (overrun: IOverrun) => void,
	) {}

	/** Every call the engine ended for running over its limit, in order. */
	public readonly overruns: IOverrun[] = [];

	public static async start(options: IPlaygroundOptions): Promise<Playground> {
		denoEnvironment();
		quietChildStdin();
		const world = new World({ siteUrl: options.siteUrl, adminId: options.adminId, serverLanguage: options.serverLanguage });
		world.importState(options.state ?? []);
		if (options.onMessage) {
			world.onMessage = options.onMessage;
		}
		const bridges = new PlaygroundBridges(world);
		const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-engine-'));
		// Before the runtime starts: its presence makes the app's runtime run on the playground's clock.
		writeClockFile(tempDir);
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
		// The engine reads APPS_ENGINE_RUNTIME_TIMEOUT when it creates the app's runtime (in add) and bounds every call with it,
		// exactly as engine 1.47.0's hard-coded 10 s did.
		const engineTimeoutMs = options.engineTimeoutMs ?? ENGINE_TIMEOUT_MS;
		const previous = process.env.APPS_ENGINE_RUNTIME_TIMEOUT;
		process.env.APPS_ENGINE_RUNTIME_TIMEOUT = String(engineTimeoutMs);
		const result = await manager
			.add(options.zip, { enable: false, user: admin as never, permissionsGranted: options.permissionsGranted as never })
			.finally(() => {
				if (previous === undefined) {
					delete process.env.APPS_ENGINE_RUNTIME_TIMEOUT;
				} else {
					process.env.APPS_ENGINE_RUNTIME_TIMEOUT = previous;
				}
			});
		const appId = result.getAppInfo()?.id;
		if (!appId || result.hasStorageError() || result.hasAppUserError()) {
			throw new Error(
				`The engine refused the app: ${JSON.stringify(result.getStorageError() ?? result.getAppUserError() ?? result.getLicenseValidationResult())}`,
			);
		}
		const playground = new Playground(world, manager, bridges, appId, tempDir, engineTimeoutMs, options.onOverrun ?? (() => undefined));
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
		return this.capture(line, async () => {
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

	/**
	 * Presses, as `username`, the button with `actionId` (and `value`, when given) on the most recent message that has
	 * one and that the user can see, as Rocket.Chat's UIKit interaction endpoint does: the listener manager hands a
	 * blockAction to the app's executeBlockActionHandler. A confirm dialog counts as confirmed; a link button cannot be
	 * pressed. What the app posts or edits meanwhile is returned.
	 */
	public async click(username: string, actionId: string, value?: string): Promise<IPostedMessage[]> {
		const user = this.world.userByName(username);
		if (!user) {
			throw new Error(`No user "${username}" in the playground`);
		}
		const visible = this.world.latestMessages().filter((message) => !message.ephemeral || message.to === username);
		const found = visible
			.map((message) => ({
				message,
				button: buttonsOf(message.blocks).find((b) => b.actionId === actionId && (value === undefined || b.value === value)),
			}))
			.find((hit) => hit.button);
		if (!found?.button) {
			throw new Error(`No button "${actionId}"${value === undefined ? '' : ` with value "${value}"`} on any message ${username} can see`);
		}
		const { message, button } = found;
		if (button.url) {
			throw new Error(`The button "${actionId}" opens a link (${button.url}); it cannot be clicked`);
		}
		return this.interact(username, { actionId, value: button.value, blockId: button.blockId, messageId: message.id, appId: button.appId });
	}

	/**
	 * Sends a block action as Rocket.Chat's UIKit endpoint would, whatever buttons exist: what a crafted request (a
	 * modified client, a direct REST call) can do. Tests use it to prove the app checks every value itself.
	 */
	public async interact(
		username: string,
		action: { actionId: string; value?: string; blockId?: string; messageId?: string; appId?: string; room?: string },
	): Promise<IPostedMessage[]> {
		const user = this.world.userByName(username);
		const posted = action.messageId ? this.world.messages.find((m) => m.id === action.messageId) : undefined;
		const room = this.world.roomByName(action.room ?? posted?.room ?? 'general');
		if (!user || !room) {
			throw new Error(`No user "${username}" or room in the playground`);
		}
		// An ephemeral message is not stored: the server finds no message for its id.
		const stored = action.messageId ? this.bridges.messages.stored.get(action.messageId) : undefined;
		return this.capture(`click ${action.actionId}`, async () => {
			await this.manager.getListenerManager().executeListener(AppInterface.IUIKitInteractionHandler, {
				type: 'blockAction',
				appId: action.appId ?? this.appId,
				actionId: action.actionId,
				triggerId: `trigger-${Date.now()}`,
				user,
				room,
				message: stored,
				container: { type: 'message', id: action.messageId ?? '' },
				payload: { blockId: action.blockId, value: action.value },
			} as never);
		});
	}

	/** Runs a registered scheduler processor once, as the server's scheduler does at its tick. */
	public async job(id: string): Promise<IPostedMessage[]> {
		const processor = this.bridges.scheduler.processors.get(`${id}_${this.appId}`);
		if (!processor) {
			throw new Error(`No job "${id}"; the app registered: ${[...this.bridges.scheduler.processors.keys()].join(', ')}`);
		}
		const run = processor.processor as unknown as (context: object) => Promise<void>;
		return this.capture(`job ${id}`, () => run({ jobId: processor.id }));
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
		writeClockFile(this.tempDir);
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
		await this.capture(`setting ${id}`, () => settings.updateAppSetting(this.appId, { ...current, value }));
	}

	public getSetting(id: string): unknown {
		return this.manager.getSettingsManager().getAppSetting(this.appId, id)?.value;
	}

	/**
	 * Runs one call into the app and returns what it posted meanwhile. A call the engine ends for running over its limit is not
	 * an exception here but an overrun, recorded and reported: Rocket.Chat logs it and the caller gets nothing from that call.
	 */
	private async capture(call: string, step: () => Promise<void>): Promise<IPostedMessage[]> {
		writeClockFile(this.tempDir);
		const before = this.world.messages.length;
		const started = performance.now();
		try {
			await step();
		} catch (error) {
			const text = describeFailure(error);
			if (/timed out after \d+ms/.test(text)) {
				const overrun = { call, limitMs: this.engineTimeoutMs, elapsedMs: performance.now() - started, error: text };
				this.overruns.push(overrun);
				this.onOverrun(overrun);
				return this.world.messages.slice(before);
			}
			throw new Error(`The app failed: ${text}`, { cause: error });
		}
		return this.world.messages.slice(before);
	}

	public async close(): Promise<void> {
		await this.manager.unload(false);
		(AppManager as unknown as { Instance?: AppManager }).Instance = undefined;
		fs.rmSync(this.tempDir, { recursive: true, force: true });
	}
}
