/**
 * In-memory Apps-Engine bridges over a World: what a Rocket.Chat server provides to apps, minus what this app never
 * touches (those throw, so an unexpected call is loud).
 */
import { generateKeyPairSync, randomUUID } from 'crypto';

import type { IMessage } from 'apps-engine-runtime/definition/messages';
import type { RocketChatAssociationRecord } from 'apps-engine-runtime/definition/metadata';
import type { IRoom } from 'apps-engine-runtime/definition/rooms';
import { RoomType } from 'apps-engine-runtime/definition/rooms';
import type { IProcessor, IOnetimeSchedule, IRecurringSchedule } from 'apps-engine-runtime/definition/scheduler';
import type { ISetting } from 'apps-engine-runtime/definition/settings';
import type { ISlashCommand } from 'apps-engine-runtime/definition/slashcommands';
import type { IUser } from 'apps-engine-runtime/definition/users';
import { UserType } from 'apps-engine-runtime/definition/users';
import {
	ApiBridge,
	AppActivationBridge,
	AppBridges,
	AppDetailChangesBridge,
	CommandBridge,
	EnvironmentalVariableBridge,
	HttpBridge,
	MessageBridge,
	PersistenceBridge,
	RoomBridge,
	SchedulerBridge,
	ServerSettingBridge,
	UiInteractionBridge,
	UserBridge,
} from 'apps-engine-runtime/server/bridges';
import type { IHttpBridgeRequestInfo } from 'apps-engine-runtime/server/bridges/HttpBridge';
import type { IInternalFederationBridge } from 'apps-engine-runtime/server/bridges/IInternalFederationBridge';
import { InternalBridge } from 'apps-engine-runtime/server/bridges/InternalBridge';
import { ThreadBridge } from 'apps-engine-runtime/server/bridges/ThreadBridge';

import type { World } from './world';
import { makeUser } from './world';

const unused = (what: string): never => {
	throw new Error(`The playground does not provide ${what}`);
};

/** A bridge the engine may hold but this app never calls: any method call throws. */
const unusedBridge = (what: string): never =>
	new Proxy({}, { get: (_target, key) => (key === 'then' ? undefined : () => unused(`${what} (${String(key)})`)) }) as never;

/** Associations cross the Deno boundary as plain {model, id} objects; engine-side callers pass records. */
const plain = (record: RocketChatAssociationRecord) => {
	const raw = record as unknown as { model?: string; id?: string; getModel?: () => string; getID?: () => string };
	return { model: String(raw.getModel ? raw.getModel() : raw.model), id: String(raw.getID ? raw.getID() : raw.id) };
};

function toPosted(message: IMessage, ephemeral: boolean, to?: IUser) {
	return {
		room: message.room?.slugifiedName ?? message.room?.id ?? '?',
		ephemeral,
		to: to?.username,
		sender: message.sender?.username ?? '?',
		text: message.text ?? '',
		blocks: (message.blocks as unknown[] | undefined) ?? [],
	};
}

class Messages extends MessageBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected async create(message: IMessage): Promise<string> {
		const room = message.room && this.world.rooms.get(message.room.id);
		if (!room) {
			throw new Error('Invalid room provided on the message.');
		}
		if (room.isReadOnly && !room.usernames.includes(message.sender?.username ?? '')) {
			throw new Error('error-action-not-allowed: the room is read-only');
		}
		this.world.record(toPosted({ ...message, room }, false));
		return randomUUID();
	}

	protected async notifyUser(user: IUser, message: IMessage): Promise<void> {
		if (!message.room) {
			throw new Error('Invalid room provided on the message.');
		}
		this.world.record(toPosted(message, true, user));
	}

	protected async notifyRoom(room: IRoom, message: IMessage): Promise<void> {
		this.world.record(toPosted({ ...message, room }, true));
	}

	protected update = async (): Promise<void> => unused('message updates');

	protected typing = async (): Promise<void> => undefined;

	protected getById = async (): Promise<IMessage> => unused('message reads');

	protected delete = async (): Promise<void> => unused('message deletion');

	protected addReaction = async (): Promise<void> => unused('reactions');

	protected removeReaction = async (): Promise<void> => unused('reactions');
}

class Persistence extends PersistenceBridge {
	constructor(private readonly world: World) {
		super();
	}

	private matching(associations: RocketChatAssociationRecord[], appId: string) {
		const wanted = associations.map(plain);
		return [...this.world.persistence.values()].filter(
			(r) => r.appId === appId && wanted.every((a) => r.associations.some((b) => b.model === a.model && b.id === a.id)),
		);
	}

	protected async purge(appId: string): Promise<void> {
		[...this.world.persistence.values()].filter((r) => r.appId === appId).forEach((r) => this.world.persistence.delete(r.id));
	}

	protected async create(data: object, appId: string): Promise<string> {
		return this.createWithAssociations(data, [], appId);
	}

	protected async createWithAssociations(data: object, associations: RocketChatAssociationRecord[], appId: string): Promise<string> {
		const id = randomUUID();
		this.world.persistence.set(id, { id, appId, data: JSON.parse(JSON.stringify(data)), associations: associations.map(plain) });
		return id;
	}

	protected async readById(id: string): Promise<object> {
		return this.world.persistence.get(id)?.data as object;
	}

	protected async readByAssociations(associations: RocketChatAssociationRecord[], appId: string): Promise<object[]> {
		return this.matching(associations, appId).map((r) => r.data);
	}

	protected async remove(id: string): Promise<object | undefined> {
		const record = this.world.persistence.get(id);
		this.world.persistence.delete(id);
		return record?.data;
	}

	protected async removeByAssociations(associations: RocketChatAssociationRecord[], appId: string): Promise<object[] | undefined> {
		const records = this.matching(associations, appId);
		records.forEach((r) => this.world.persistence.delete(r.id));
		return records.map((r) => r.data);
	}

	protected async update(id: string, data: object, _upsert: boolean, appId: string): Promise<string> {
		const record = this.world.persistence.get(id);
		this.world.persistence.set(id, { id, appId, associations: record?.associations ?? [], data: JSON.parse(JSON.stringify(data)) });
		return id;
	}

	protected async updateByAssociations(
		associations: RocketChatAssociationRecord[],
		data: object,
		upsert: boolean,
		appId: string,
	): Promise<string> {
		const [existing] = this.matching(associations, appId);
		if (existing) {
			existing.data = JSON.parse(JSON.stringify(data));
			return existing.id;
		}
		if (!upsert) {
			throw new Error('No record to update');
		}
		return this.createWithAssociations(data, associations, appId);
	}
}

class Rooms extends RoomBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected async create(room: IRoom, members: string[]): Promise<string> {
		const id = `room-${randomUUID()}`;
		const name = room.slugifiedName || [...members].sort().join('__');
		this.world.addRoom({ ...room, id, slugifiedName: name, usernames: members });
		return id;
	}

	protected getById = async (roomId: string): Promise<IRoom> => this.world.rooms.get(roomId) as IRoom;

	protected getByName = async (name: string): Promise<IRoom> => this.world.roomByName(name) as IRoom;

	protected getCreatorById = async (roomId: string): Promise<IUser | undefined> => this.world.rooms.get(roomId)?.creator;

	protected getCreatorByName = async (name: string): Promise<IUser | undefined> => this.world.roomByName(name)?.creator;

	protected getMembers = async (roomId: string): Promise<IUser[]> =>
		(this.world.rooms.get(roomId)?.usernames ?? []).map((u) => this.world.userByName(u)).filter((u): u is IUser => !!u);

	protected async getDirectByUsernames(usernames: string[]): Promise<IRoom | undefined> {
		const wanted = [...usernames].sort().join(',');
		return [...this.world.rooms.values()].find((r) => r.type === RoomType.DIRECT_MESSAGE && [...r.usernames].sort().join(',') === wanted);
	}

	protected getAllRooms = async (): Promise<never> => unused('room listings');

	protected update = async (): Promise<void> => unused('room updates');

	protected createDiscussion = async (): Promise<string> => unused('discussions');

	protected delete = async (): Promise<void> => unused('room deletion');

	protected getModerators = async (): Promise<IUser[]> => [];

	protected getOwners = async (): Promise<IUser[]> => [];

	protected getLeaders = async (): Promise<IUser[]> => [];

	protected getMessages = async (): Promise<never> => unused('room history');

	protected removeUsers = async (): Promise<void> => unused('room membership');

	protected getUnreadByUser = async (): Promise<never> => unused('unread messages');

	protected getUserUnreadMessageCount = async (): Promise<number> => 0;
}

class Users extends UserBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected getById = async (id: string): Promise<IUser> => this.world.users.get(id) as IUser;

	protected getByUsername = async (username: string): Promise<IUser> => this.world.userByName(username) as IUser;

	protected getAppUser = async (appId?: string): Promise<IUser | undefined> =>
		[...this.world.users.values()].find((u) => u.appId === appId);

	protected getActiveUserCount = async (): Promise<number> => this.world.users.size;

	protected getUserUnreadMessageCount = async (): Promise<number> => 0;

	protected getUserRoomIds = async (userId: string): Promise<string[]> =>
		[...this.world.rooms.values()].filter((r) => r.usernames.includes(this.world.users.get(userId)?.username ?? '')).map((r) => r.id);

	protected async create(data: Partial<IUser>): Promise<string> {
		const id = `bot-${randomUUID()}`;
		this.world.users.set(id, makeUser(id, data.username ?? id, data.roles ?? [], { ...data, id, type: data.type ?? UserType.APP }));
		return id;
	}

	protected async remove(user: IUser): Promise<boolean> {
		return this.world.users.delete(user.id);
	}

	protected update = async (): Promise<boolean> => unused('user updates');

	protected deleteUsersCreatedByApp = async (): Promise<boolean> => true;

	protected deactivate = async (): Promise<boolean> => unused('user deactivation');
}

class Scheduler extends SchedulerBridge {
	public readonly processors = new Map<string, IProcessor>();

	constructor(private readonly world: World) {
		super();
	}

	protected async registerProcessors(processors: IProcessor[]): Promise<string[]> {
		for (const processor of processors) {
			this.processors.set(processor.id, processor);
			const startup = processor.startupSetting as { type: string; interval?: string | number; skipImmediate?: boolean } | undefined;
			if (startup?.type === 'recurring') {
				this.world.jobs.set(processor.id, { id: processor.id, interval: startup.interval, skipImmediate: startup.skipImmediate });
			}
		}
		return processors.map((p) => p.id);
	}

	protected async scheduleOnce(job: IOnetimeSchedule): Promise<string> {
		this.world.jobs.set(job.id, { id: job.id, when: job.when });
		return job.id;
	}

	protected async scheduleRecurring(job: IRecurringSchedule): Promise<string> {
		this.world.jobs.set(job.id, { id: job.id, interval: job.interval, skipImmediate: job.skipImmediate });
		return job.id;
	}

	protected async cancelJob(jobId: string): Promise<void> {
		this.world.jobs.delete(jobId);
	}

	protected async cancelAllJobs(appId: string): Promise<void> {
		[...this.world.jobs.keys()].filter((id) => id.endsWith(`_${appId}`)).forEach((id) => this.world.jobs.delete(id));
	}
}

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

/** A real HTTP client, like the server's: non-2xx answers come back as responses, network faults and timeouts throw. */
class Http extends HttpBridge {
	protected async call(info: IHttpBridgeRequestInfo): Promise<never> {
		const { request } = info;
		const query = request.params ? new URLSearchParams(request.params).toString() : request.query;
		const url = query ? `${info.url}${info.url.includes('?') ? '&' : '?'}${query}` : info.url;
		const response = await fetch(url, {
			method: info.method.toUpperCase(),
			headers: request.headers,
			body: request.content ?? (request.data !== undefined ? JSON.stringify(request.data) : undefined),
			signal: AbortSignal.timeout(request.timeout ?? 3 * 60 * 1000),
		});
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

	private readonly http = new Http();

	private readonly internal: Internal;

	private readonly federation = new Federation();

	private readonly env = new EnvironmentVariables();

	private readonly activation = new Activation();

	private readonly detailChanges = new DetailChanges();

	private readonly api = new Api();

	private readonly ui = new UiInteraction();

	private readonly threads = new Threads();

	constructor(world: World) {
		super();
		this.messages = new Messages(world);
		this.scheduler = new Scheduler(world);
		this.persistence = new Persistence(world);
		this.rooms = new Rooms(world);
		this.users = new Users(world);
		this.serverSettings = new ServerSettings(world);
		this.internal = new Internal(world);
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

	public getUploadBridge = (): never => unusedBridge('uploads');

	public getEmailBridge = (): never => unusedBridge('email');

	public getCloudWorkspaceBridge = (): never => unusedBridge('cloud');

	public getVideoConferenceBridge = (): never => unusedBridge('video conferences');

	public getOAuthAppsBridge = (): never => unusedBridge('OAuth apps');

	public getModerationBridge = (): never => unusedBridge('moderation');

	public getRoleBridge = (): never => unusedBridge('roles');

	public getOutboundMessageBridge = (): never => unusedBridge('outbound messages');

	public getExperimentalBridge = (): never => unusedBridge('experimental APIs');

	public getContactBridge = (): never => unusedBridge('contacts');
}
