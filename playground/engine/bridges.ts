/**
 * In-memory Apps-Engine bridges over a World: what a Rocket.Chat server provides to apps, minus what this app never
 * touches (those throw, so an unexpected call is loud). The bridges that hold data are in dataBridges.ts.
 */
import { generateKeyPairSync } from 'crypto';

import type { IEmail } from 'apps-engine-runtime/definition/email';
import type { IMessage } from 'apps-engine-runtime/definition/messages';
import type { ISetting } from 'apps-engine-runtime/definition/settings';
import type { ISlashCommand } from 'apps-engine-runtime/definition/slashcommands';
import {
	ApiBridge,
	AppActivationBridge,
	AppBridges,
	AppDetailChangesBridge,
	CommandBridge,
	EmailBridge,
	EnvironmentalVariableBridge,
	HttpBridge,
	ServerSettingBridge,
	UiInteractionBridge,
} from 'apps-engine-runtime/server/bridges';
import type { IHttpBridgeRequestInfo } from 'apps-engine-runtime/server/bridges/HttpBridge';
import type { IInternalFederationBridge } from 'apps-engine-runtime/server/bridges/IInternalFederationBridge';
import { InternalBridge } from 'apps-engine-runtime/server/bridges/InternalBridge';
import { ThreadBridge } from 'apps-engine-runtime/server/bridges/ThreadBridge';

import { Messages, Persistence, Rooms, Scheduler, Users } from './dataBridges';
import { unused, unusedBridge } from './unused';
import { Uploads } from './uploadBridge';
import type { World } from './world';

class ServerSettings extends ServerSettingBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected getAll = async (): Promise<ISetting[]> => [...this.world.serverSettings.values()];

	protected getOneById = async (id: string): Promise<ISetting> => this.world.serverSettings.get(id) as ISetting;

	protected isReadableById = async (id: string): Promise<boolean> => this.world.serverSettings.has(id);

	protected hideGroup = async (): Promise<void> => undefined;

	protected hideSetting = async (): Promise<void> => undefined;

	protected updateOne = async (): Promise<void> => unused('server setting writes');

	protected incrementValue = async (): Promise<void> => unused('server setting writes');
}

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//i;

/** A real HTTP client, like the server's: non-2xx answers come back as responses, network faults and timeouts throw. */
/**
 * Rocket.Chat's bridge fetches with node-fetch (@rocket.chat/server-fetch), which gives up after 20 redirects with a
 * FetchError "maximum redirect reached at: URL"; Node's fetch says "fetch failed" with the reason only in its cause.
 */
function asRocketChatFetchError(error: unknown, url: string): unknown {
	// Duck-typed: under jest the error comes from another realm, so instanceof Error would say no.
	const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause?.message;
	if (cause !== 'redirect count exceeded') {
		return error;
	}
	return Object.assign(new Error(`maximum redirect reached at: ${url}`), { name: 'FetchError', type: 'max-redirect' });
}

class Http extends HttpBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected async call(info: IHttpBridgeRequestInfo): Promise<never> {
		const { request } = info;
		const query = request.params ? new URLSearchParams(request.params).toString() : request.query;
		const url = query ? `${info.url}${info.url.includes('?') ? '&' : '?'}${query}` : info.url;
		if (this.world.siteUrl && !url.startsWith(this.world.siteUrl)) {
			return this.outside(info, url);
		}
		return this.send(info, url);
	}

	/** A call to somewhere else than the workspace: recorded, and sent only where the world allows it. */
	private async outside(info: IHttpBridgeRequestInfo, url: string): Promise<never> {
		const body = info.request.content ?? (info.request.data !== undefined ? JSON.stringify(info.request.data) : '');
		const call = { url, headers: { ...info.request.headers }, body, status: 200 };
		try {
			if (this.world.sendOutside || LOOPBACK.test(url)) {
				const answer = (await this.send(info, url)) as unknown as { statusCode: number };
				call.status = answer.statusCode;
				return answer as never;
			}
			return { url, method: info.method, statusCode: 200, headers: {}, content: '', data: null } as never;
		} catch (error) {
			call.status = 0;
			throw error;
		} finally {
			this.world.outbound.push(call);
			this.world.onOutbound(call);
		}
	}

	private async send(info: IHttpBridgeRequestInfo, url: string): Promise<never> {
		const { request } = info;
		// As Rocket.Chat's serverFetch: the timeout stops waiting for the headers, then is cleared, so the body is read whole.
		const abort = new AbortController();
		const timer = setTimeout(() => abort.abort(), request.timeout ?? 3 * 60 * 1000);
		const response = await fetch(url, {
			method: info.method.toUpperCase(),
			headers: request.headers,
			body: request.content ?? (request.data !== undefined ? JSON.stringify(request.data) : undefined),
			signal: abort.signal,
		})
			.catch((error: unknown) => {
				throw asRocketChatFetchError(error, url);
			})
			.finally(() => clearTimeout(timer));
		const content = await response.text();
		const headers: Record<string, string> = {};
		response.headers.forEach((value, name) => {
			headers[name] = value;
		});
		let data: unknown = null;
		if ((headers['content-type'] ?? '').includes('json')) {
			try {
				data = JSON.parse(content);
			} catch {
				data = null;
			}
		}
		return { url, method: info.method, statusCode: response.status, headers, content, data } as never;
	}
}

/** Rocket.Chat's mailer, minus SMTP: each email is recorded in the world. */
class Email extends EmailBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected async sendEmail(email: IEmail): Promise<void> {
		const sent = { to: ([] as string[]).concat(email.to), subject: email.subject, text: email.text ?? '', html: email.html };
		this.world.emails.push(sent);
		this.world.onEmail(sent);
	}
}

class Commands extends CommandBridge {
	public readonly commands = new Map<string, ISlashCommand>();

	protected doesCommandExist = async (command: string): Promise<boolean> => this.commands.has(command);

	protected enableCommand = async (): Promise<void> => undefined;

	protected disableCommand = async (): Promise<void> => undefined;

	protected modifyCommand = async (command: ISlashCommand): Promise<void> => void this.commands.set(command.command, command);

	protected registerCommand = async (command: ISlashCommand): Promise<void> => void this.commands.set(command.command, command);

	protected unregisterCommand = async (command: string): Promise<void> => void this.commands.delete(command);
}

class EnvironmentVariables extends EnvironmentalVariableBridge {
	protected getValueByName = async (): Promise<undefined> => undefined;

	protected isReadable = async (): Promise<boolean> => false;

	protected isSet = async (): Promise<boolean> => false;
}

class Activation extends AppActivationBridge {
	protected appAdded = async (): Promise<void> => undefined;

	protected appUpdated = async (): Promise<void> => undefined;

	protected appRemoved = async (): Promise<void> => undefined;

	protected appStatusChanged = async (): Promise<void> => undefined;

	protected actionsChanged = async (): Promise<void> => undefined;
}

class DetailChanges extends AppDetailChangesBridge {
	protected onAppSettingsChange = (): void => undefined;
}

class Api extends ApiBridge {
	protected registerApi = async (): Promise<void> => undefined;

	protected unregisterApis = async (): Promise<void> => undefined;
}

class Internal extends InternalBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected getUsernamesOfRoomById = async (roomId: string): Promise<string[]> => this.world.rooms.get(roomId)?.usernames ?? [];

	protected getUsernamesOfRoomByIdSync = (roomId: string): string[] => this.world.rooms.get(roomId)?.usernames ?? [];

	protected getWorkspacePublicKey = async (): Promise<ISetting> => unused('a workspace key');
}

class UiInteraction extends UiInteractionBridge {
	protected notifyUser = async (): Promise<void> => undefined;
}

class Threads extends ThreadBridge {
	protected getById = async (): Promise<IMessage[]> => [];
}

/** The engine signs every installed app with RS512, so the federation bridge needs a real key pair. */
class Federation implements IInternalFederationBridge {
	private readonly keys = generateKeyPairSync('rsa', {
		modulusLength: 2048,
		publicKeyEncoding: { type: 'spki', format: 'pem' },
		privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
	});

	public getPrivateKey = async (): Promise<string> => this.keys.privateKey;

	public getPublicKey = async (): Promise<string> => this.keys.publicKey;
}

export class PlaygroundBridges extends AppBridges {
	public readonly messages: Messages;

	public readonly scheduler: Scheduler;

	public readonly commands = new Commands();

	private readonly persistence: Persistence;

	private readonly rooms: Rooms;

	private readonly users: Users;

	private readonly serverSettings: ServerSettings;

	private readonly http: Http;

	private readonly email: Email;

	private readonly internal: Internal;

	private readonly federation = new Federation();

	private readonly env = new EnvironmentVariables();

	private readonly activation = new Activation();

	private readonly detailChanges = new DetailChanges();

	private readonly api = new Api();

	private readonly ui = new UiInteraction();

	private readonly threads = new Threads();

	private readonly uploads: Uploads;

	constructor(world: World) {
		super();
		this.messages = new Messages(world);
		this.scheduler = new Scheduler(world);
		this.persistence = new Persistence(world);
		this.rooms = new Rooms(world);
		this.users = new Users(world);
		this.serverSettings = new ServerSettings(world);
		this.internal = new Internal(world);
		this.http = new Http(world);
		this.email = new Email(world);
		this.uploads = new Uploads(world);
	}

	public getCommandBridge = () => this.commands;

	public getApiBridge = () => this.api;

	public getAppDetailChangesBridge = () => this.detailChanges;

	public getEnvironmentalVariableBridge = () => this.env;

	public getHttpBridge = () => this.http;

	public getMessageBridge = () => this.messages;

	public getPersistenceBridge = () => this.persistence;

	public getAppActivationBridge = () => this.activation;

	public getRoomBridge = () => this.rooms;

	public getInternalBridge = () => this.internal;

	public getInternalFederationBridge = () => this.federation;

	public getServerSettingBridge = () => this.serverSettings;

	public getUserBridge = () => this.users;

	public getUiInteractionBridge = () => this.ui;

	public getSchedulerBridge = () => this.scheduler;

	public getThreadBridge = () => this.threads;

	public getListenerBridge = () => ({
		messageEvent: async () => undefined,
		roomEvent: async () => undefined,
		uiKitInteractionEvent: async () => undefined,
	});

	public getLivechatBridge = (): never => unusedBridge('livechat');

	public getUploadBridge = () => this.uploads;

	public getEmailBridge = () => this.email;

	public getCloudWorkspaceBridge = (): never => unusedBridge('cloud');

	public getVideoConferenceBridge = (): never => unusedBridge('video conferences');

	public getOAuthAppsBridge = (): never => unusedBridge('OAuth apps');

	public getModerationBridge = (): never => unusedBridge('moderation');

	public getRoleBridge = (): never => unusedBridge('roles');

	public getOutboundMessageBridge = (): never => unusedBridge('outbound messages');

	public getExperimentalBridge = (): never => unusedBridge('experimental APIs');

	public getContactBridge = (): never => unusedBridge('contacts');
}
