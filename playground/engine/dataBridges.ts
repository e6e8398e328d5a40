/** The bridges that hold the playground's data: messages, persistence, rooms, users and scheduled jobs, over a World. */
import { randomUUID } from 'crypto';

import type { IMessage } from 'apps-engine-runtime/definition/messages';
import type { RocketChatAssociationRecord } from 'apps-engine-runtime/definition/metadata';
import type { IRoom } from 'apps-engine-runtime/definition/rooms';
import { RoomType } from 'apps-engine-runtime/definition/rooms';
import type { IProcessor, IOnetimeSchedule, IRecurringSchedule } from 'apps-engine-runtime/definition/scheduler';
import type { IUser } from 'apps-engine-runtime/definition/users';
import { UserType } from 'apps-engine-runtime/definition/users';
import { MessageBridge, PersistenceBridge, RoomBridge, SchedulerBridge, UserBridge } from 'apps-engine-runtime/server/bridges';

import { refuseMessage } from './messageRules';
import { unused } from './unused';
import type { World } from './world';
import { makeUser } from './world';

/** Associations cross the Deno boundary as plain {model, id} objects; engine-side callers pass records. */
const plain = (record: RocketChatAssociationRecord) => {
	const raw = record as unknown as { model?: string; id?: string; getModel?: () => string; getID?: () => string };
	return { model: String(raw.getModel ? raw.getModel() : raw.model), id: String(raw.getID ? raw.getID() : raw.id) };
};

function toPosted(message: IMessage, ephemeral: boolean, to?: IUser) {
	return {
		id: message.id ?? randomUUID(),
		room: message.room?.slugifiedName ?? message.room?.id ?? '?',
		ephemeral,
		to: to?.username,
		sender: message.sender?.username ?? '?',
		text: message.text ?? '',
		blocks: (message.blocks as unknown[] | undefined) ?? [],
	};
}

export class Messages extends MessageBridge {
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
		// The server judges the sender by the roles it stores, not by what the message carries.
		const sender = message.sender && this.world.users.get(message.sender.id);
		const refused = refuseMessage(message.text ?? '', sender?.roles ?? [], this.world.permissions);
		if (refused) {
			this.world.refused.push({
				room: room.slugifiedName,
				sender: sender?.username ?? '?',
				text: message.text ?? '',
				error: refused.message,
			});
			throw refused;
		}
		const posted = toPosted({ ...message, id: randomUUID(), room }, false);
		this.stored.set(posted.id, { ...message, id: posted.id, room });
		this.world.record(posted);
		return posted.id;
	}

	/** Messages as the server stores them: ephemeral ones are not, so they cannot be read back or edited. */
	public readonly stored = new Map<string, IMessage>();

	protected async notifyUser(user: IUser, message: IMessage): Promise<void> {
		if (!message.room) {
			throw new Error('Invalid room provided on the message.');
		}
		this.world.record(toPosted(message, true, user));
	}

	protected async notifyRoom(room: IRoom, message: IMessage): Promise<void> {
		this.world.record(toPosted({ ...message, room }, true));
	}

	protected async update(message: IMessage): Promise<void> {
		const existing = message.id ? this.stored.get(message.id) : undefined;
		if (!existing) {
			throw new Error('Invalid message: it does not exist (an ephemeral message cannot be edited).');
		}
		if (!message.editor) {
			throw new Error('Invalid editor assigned to the message for the update.');
		}
		const updated = { ...existing, text: message.text, blocks: message.blocks, editor: message.editor, editedAt: new Date() };
		this.stored.set(existing.id as string, updated);
		this.world.record({ ...toPosted(updated, false), updated: true });
	}

	protected typing = async (): Promise<void> => undefined;

	protected getById = async (messageId: string): Promise<IMessage> => this.stored.get(messageId) as IMessage;

	protected delete = async (): Promise<void> => unused('message deletion');

	protected addReaction = async (): Promise<void> => unused('reactions');

	protected removeReaction = async (): Promise<void> => unused('reactions');
}

export class Persistence extends PersistenceBridge {
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

	/** As Rocket.Chat's bridge does (a Mongo deleteOne): one record removed, every match reported. */
	protected async removeByAssociations(associations: RocketChatAssociationRecord[], appId: string): Promise<object[] | undefined> {
		const records = this.matching(associations, appId);
		if (records.length) {
			this.world.persistence.delete(records[0].id);
		}
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

export class Rooms extends RoomBridge {
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

export class Users extends UserBridge {
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

export class Scheduler extends SchedulerBridge {
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
