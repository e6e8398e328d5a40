/**
 * Small hand-written fakes of the Apps-Engine accessors, for unit tests of lib/engine, lib/entry and lib/flows: only the
 * methods those modules call, over plain data a test can set and inspect. No engine, no simulator, no network.
 */
import type { IHttp, ILogger, IModify, IPersistence, IPersistenceRead, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { IAccessors } from '../../../lib/engine/accessors';

// ── Persistence ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The engine's persistence in memory: records per association id, duplicates allowed (as a race can leave them). */
export class MemoryPersistence {
	public readonly records = new Map<string, object[]>();

	/** Set to make reads throw, as a persistence that is down does: every read, or the next `failingReads`. */
	public failReads?: Error;

	public failingReads = Infinity;

	/** The records stored under `key` (a KEYS value of lib/engine/store.ts, or a prefix plus an id). */
	public get(key: string): object[] {
		return this.records.get(key) ?? [];
	}

	/** Stores `data` under `key` beside whatever is there, as a second writer would. */
	public plant(key: string, data: object): void {
		this.records.set(key, [...this.get(key), data]);
	}

	public async readByAssociation(association: RocketChatAssociationRecord): Promise<object[]> {
		if (this.failReads && this.failingReads > 0) {
			this.failingReads--;
			throw this.failReads;
		}
		return this.get(association.getID());
	}

	/**
	 * As recent Rocket.Chat does: removes one record under the association (from every association it is kept under)
	 * and reports every record that matched, so a caller that means to remove them all has to repeat the call.
	 */
	public async removeByAssociation(association: RocketChatAssociationRecord): Promise<object[]> {
		const found = this.get(association.getID());
		const [first] = found;
		if (first !== undefined) {
			for (const [key, records] of this.records) {
				const at = records.indexOf(first);
				if (at >= 0) {
					this.records.set(key, [...records.slice(0, at), ...records.slice(at + 1)]);
				}
			}
		}
		return found;
	}

	/** Every stored record once, whatever associations it is kept under. */
	public all(): object[] {
		return [...new Set([...this.records.values()].flat())];
	}

	public async createWithAssociation(data: object, association: RocketChatAssociationRecord): Promise<string> {
		this.plant(association.getID(), data);
		return association.getID();
	}

	/** One record found under each of its associations (the same object under each). */
	public async createWithAssociations(data: object, associations: RocketChatAssociationRecord[]): Promise<string> {
		for (const association of associations) {
			this.plant(association.getID(), data);
		}
		return associations[0]?.getID() ?? '';
	}

	public asRead(): IPersistenceRead {
		return this as unknown as IPersistenceRead;
	}

	public asWrite(): IPersistence {
		return this as unknown as IPersistence;
	}
}

// ── Logger ───────────────────────────────────────────────────────────────────────────────────────────────────────

export type Level = 'debug' | 'info' | 'warn' | 'error';

/** A logger that keeps every line, with its level. */
export class RecordingLogger {
	public readonly entries: Array<{ level: Level; text: string }> = [];

	private record(level: Level, items: unknown[]): void {
		this.entries.push({ level, text: items.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(' ') });
	}

	public readonly debug = (...items: unknown[]) => this.record('debug', items);

	public readonly info = (...items: unknown[]) => this.record('info', items);

	public readonly log = (...items: unknown[]) => this.record('info', items);

	public readonly success = (...items: unknown[]) => this.record('info', items);

	public readonly warn = (...items: unknown[]) => this.record('warn', items);

	public readonly error = (...items: unknown[]) => this.record('error', items);

	/** Every line at `level` (every line without it). */
	public lines(level?: Level): string[] {
		return this.entries.filter((entry) => !level || entry.level === level).map((entry) => entry.text);
	}

	/** All the log as one text, to search for what must (not) be in it. */
	public text(): string {
		return this.lines().join('\n');
	}

	public asLogger(): ILogger {
		return this as unknown as ILogger;
	}
}

// ── Users and rooms ──────────────────────────────────────────────────────────────────────────────────────────────

export const user = (id: string, roles: string[] = ['user'], extra: Partial<IUser> = {}): IUser =>
	({ id, username: id, roles, ...extra }) as unknown as IUser;

export const room = (id: string, slugifiedName = id, extra: Partial<IRoom> = {}): IRoom =>
	({ id, slugifiedName, displayName: slugifiedName, ...extra }) as unknown as IRoom;

/** The app's own user, as the engine hands it out. */
export const APP_USER = user('app-user', ['app'], { username: 'licenseapp.bot' } as Partial<IUser>);

// ── Modify: what the app posted, sent and changed ────────────────────────────────────────────────────────────────

export interface IPosted {
	id: string;
	room: IRoom;
	text: string;
	blocks: unknown[];
	sender?: IUser;
}

/** A message builder as the code under test chains it; getMessage() gives what was set. */
class MessageBuilder {
	public readonly kind = 'message';

	public readonly message: { room?: IRoom; text?: string; blocks?: unknown[]; sender?: IUser; editor?: IUser } = {};

	constructor(public readonly messageId?: string) {}

	public setRoom(value: IRoom) {
		this.message.room = value;
		return this;
	}

	public setText(value: string) {
		this.message.text = value;
		return this;
	}

	public setBlocks(value: unknown[]) {
		this.message.blocks = value;
		return this;
	}

	public setSender(value: IUser) {
		this.message.sender = value;
		return this;
	}

	public setEditor(value: IUser) {
		this.message.editor = value;
		return this;
	}

	public getMessage() {
		return this.message;
	}
}

class RoomBuilder {
	public readonly kind = 'room';

	public readonly room: { type?: string; creator?: IUser; usernames?: string[] } = {};

	public setType(value: string) {
		this.room.type = value;
		return this;
	}

	public setCreator(value: IUser) {
		this.room.creator = value;
		return this;
	}

	public setMembersToBeAddedByUsernames(value: string[]) {
		this.room.usernames = value;
		return this;
	}
}

/**
 * A modify accessor that records every post, private notification, edit, email and upload. `refuse` makes a post in a
 * room throw (the server refusing it); the same for an edit or an email through `refuseEdits` and `refuseEmail`.
 */
class RecordingModify {
	public readonly posts: IPosted[] = [];

	public readonly notified: Array<{ user: IUser; room?: IRoom; text?: string; blocks?: unknown[]; sender?: IUser }> = [];

	public readonly edits: Array<{ messageId: string; text?: string; blocks?: unknown[]; editor?: IUser }> = [];

	public readonly emails: Array<{ to: string[]; subject: string; text?: string; html?: string }> = [];

	public readonly uploads: Array<{ filename: string; room: IRoom; content: string }> = [];

	public refuse?: (post: Omit<IPosted, 'id'>) => Error | undefined;

	public refuseEdits?: Error;

	public refuseEmail?: Error;

	constructor(private readonly world: IWorld) {}

	private creator = {
		startMessage: () => new MessageBuilder(),
		startRoom: () => new RoomBuilder(),
		finish: async (builder: MessageBuilder | RoomBuilder): Promise<string> => {
			if (builder.kind === 'room') {
				const created = room(`dm-${this.world.rooms.length}`, `dm-${this.world.rooms.length}`, {
					type: builder.room.type,
					usernames: builder.room.usernames,
				} as Partial<IRoom>);
				this.world.rooms.push(created);
				return created.id;
			}
			const { room: target, text = '', blocks = [], sender } = builder.message;
			const post = { room: target as IRoom, text, blocks, sender };
			const refusal = this.refuse?.(post);
			if (refusal) {
				throw refusal;
			}
			const id = `msg-${this.posts.length + 1}`;
			this.posts.push({ id, ...post });
			return id;
		},
		getEmailCreator: () => ({
			send: async (email: { to: string[]; subject: string; text?: string; html?: string }) => {
				if (this.refuseEmail) {
					throw this.refuseEmail;
				}
				this.emails.push(email);
			},
		}),
		getUploadCreator: () => ({
			uploadBuffer: async (buffer: { toString(encoding: string): string }, descriptor: { filename: string; room: IRoom }) => {
				this.uploads.push({ filename: descriptor.filename, room: descriptor.room, content: buffer.toString('utf8') });
				return {};
			},
		}),
	};

	private updater = {
		message: async (messageId: string) => new MessageBuilder(messageId),
		finish: async (builder: MessageBuilder) => {
			if (this.refuseEdits) {
				throw this.refuseEdits;
			}
			const { text, blocks, editor } = builder.message;
			this.edits.push({ messageId: builder.messageId as string, text, blocks, editor });
		},
	};

	private notifier = {
		notifyUser: async (target: IUser, message: MessageBuilder['message']) => {
			this.notified.push({ user: target, ...message });
		},
	};

	public getCreator() {
		return this.creator;
	}

	public getUpdater() {
		return this.updater;
	}

	public getNotifier() {
		return this.notifier;
	}

	public asModify(): IModify {
		return this as unknown as IModify;
	}
}

// ── Read: settings, server settings, users, rooms, persistence ───────────────────────────────────────────────────

/** What the engine would read from: a test sets it up and changes it between calls. */
export interface IWorld {
	/** The app's settings by id (lib/domain/settings.ts); an absent one reads as undefined. */
	settings: Record<string, unknown>;
	/** Rocket.Chat's settings (lib/domain/serverSettings.ts). */
	serverSettings: Record<string, unknown>;
	users: IUser[];
	/** undefined: the app has no user (yet). */
	appUser?: IUser;
	rooms: IRoom[];
}

const unknownSetting = (id: string) => Promise.reject(new Error(`No setting found by the id "${id}"`));

function fakeRead(world: IWorld, persistence: MemoryPersistence): IRead {
	const valueOf = (values: Record<string, unknown>) => async (id: string) => (id in values ? values[id] : unknownSetting(id));
	const read = {
		getEnvironmentReader: () => ({
			getSettings: () => ({ getValueById: (id: string) => valueOf(world.settings)(id) }),
			getServerSettings: () => ({ getValueById: (id: string) => valueOf(world.serverSettings)(id) }),
		}),
		getPersistenceReader: () => persistence.asRead(),
		getUserReader: () => ({
			getAppUser: async () => world.appUser,
			getById: async (id: string) => world.users.find((candidate) => candidate.id === id),
		}),
		getRoomReader: () => ({
			getByName: async (name: string) => world.rooms.find((candidate) => candidate.slugifiedName === name),
			getById: async (id: string) => world.rooms.find((candidate) => candidate.id === id),
			getDirectByUsernames: async (usernames: string[]) =>
				world.rooms.find((candidate) => {
					const members = (candidate as unknown as { usernames?: string[] }).usernames;
					return !!members && usernames.every((name) => members.includes(name));
				}),
		}),
	};
	return read as unknown as IRead;
}

// ── HTTP: a workspace answering by path ──────────────────────────────────────────────────────────────────────────

export interface IReply {
	statusCode: number;
	content?: string;
	data?: unknown;
	headers?: Record<string, string>;
}

export interface IRequest {
	method: 'GET' | 'POST';
	url: string;
	/** The URL's path: what a route is found by. */
	path: string;
	params?: Record<string, string>;
	data?: unknown;
	headers: Record<string, string>;
	timeout: number;
}

/** A JSON answer as the engine's HTTP accessor hands it over. */
export const jsonReply = (body: unknown, statusCode = 200): IReply => ({
	statusCode,
	content: JSON.stringify(body),
	data: body,
	headers: { 'content-type': 'application/json' },
});

/** Rocket.Chat's error answer with its code. */
export const failure = (statusCode: number, errorType?: string): IReply =>
	jsonReply({ success: false, error: `refused${errorType ? ` [${errorType}]` : ''}`, ...(errorType && { errorType }) }, statusCode);

export type Route = IReply | ((request: IRequest) => IReply | Promise<IReply>);

/**
 * The HTTP accessor over a scripted workspace: each path answers with a fixed reply or a function of the request;
 * anything unscripted is a plain-text 404. Every request is recorded.
 */
export class ScriptedHttp {
	public readonly requests: IRequest[] = [];

	constructor(public readonly routes: Record<string, Route> = {}) {}

	/** The requests made to `path`. */
	public to(path: string): IRequest[] {
		return this.requests.filter((request) => request.path === path);
	}

	private async answer(request: IRequest): Promise<IReply> {
		this.requests.push(request);
		const route = this.routes[request.path];
		if (route === undefined) {
			return { statusCode: 404, content: '404 Not Found', headers: { 'content-type': 'text/plain' } };
		}
		return typeof route === 'function' ? route(request) : route;
	}

	public get = (url: string, options: { headers?: Record<string, string>; params?: Record<string, string>; timeout?: number } = {}) =>
		this.answer({
			method: 'GET',
			url,
			path: new URL(url).pathname,
			params: options.params,
			headers: options.headers ?? {},
			timeout: options.timeout ?? 0,
		});

	public post = (url: string, options: { headers?: Record<string, string>; data?: unknown; timeout?: number } = {}) =>
		this.answer({
			method: 'POST',
			url,
			path: new URL(url).pathname,
			data: options.data,
			headers: options.headers ?? {},
			timeout: options.timeout ?? 0,
		});

	public asHttp(): IHttp {
		return this as unknown as IHttp;
	}
}

// ── All of it together ───────────────────────────────────────────────────────────────────────────────────────────

export interface IFakes {
	accessors: IAccessors;
	world: IWorld;
	persistence: MemoryPersistence;
	modify: RecordingModify;
	http: ScriptedHttp;
	logger: RecordingLogger;
}

/** One set of accessors over one world; anything not given starts empty (no settings, no users, no rooms, no routes). */
export function fakeAccessors(world: Partial<IWorld> = {}, routes: Record<string, Route> = {}): IFakes {
	const full: IWorld = { settings: {}, serverSettings: {}, users: [], rooms: [], appUser: APP_USER, ...world };
	const persistence = new MemoryPersistence();
	const modify = new RecordingModify(full);
	const http = new ScriptedHttp(routes);
	const logger = new RecordingLogger();
	const accessors: IAccessors = {
		read: fakeRead(full, persistence),
		modify: modify.asModify(),
		http: http.asHttp(),
		persis: persistence.asWrite(),
		logger: logger.asLogger(),
	};
	return { accessors, world: full, persistence, modify, http, logger };
}
