/**
 * The in-memory workspace the playground's bridges read and write: users, rooms, what the app posted,
 * the app's persistence, server settings and the permission → roles table (as Rocket.Chat stores it).
 */
import type { IRoom } from 'apps-engine-runtime/definition/rooms';
import { RoomType } from 'apps-engine-runtime/definition/rooms';
import type { ISetting } from 'apps-engine-runtime/definition/settings';
import { SettingType } from 'apps-engine-runtime/definition/settings';
import type { IUser } from 'apps-engine-runtime/definition/users';
import { UserStatusConnection, UserType } from 'apps-engine-runtime/definition/users';

import { DEFAULT_PERMISSION_ROLES } from '../workspace/scenarios';

export interface IPostedMessage {
	/** Room name (`general`, `admins`, a direct-message id) the message went to. */
	room: string;
	/** True for a private notice only `to` sees (notifier.notifyUser). */
	ephemeral: boolean;
	to?: string;
	sender: string;
	text: string;
	blocks: unknown[];
	/** The message's id (an ephemeral one gets a client-side id that the server never stores). */
	id?: string;
	/** This is a new version of a message printed before (the app edited it). */
	updated?: boolean;
	/** A file the app uploaded into the room (its content kept as text). */
	upload?: { filename: string; size: number; type?: string; content: string };
}

/** A message the server refused to save (message rules), with the error the app received. */
export interface IRefusedMessage {
	room: string;
	sender: string;
	text: string;
	error: string;
}

export interface IPersistedRecord {
	id: string;
	appId: string;
	data: object;
	associations: Array<{ model: string; id: string }>;
}

export interface IScheduledJob {
	id: string;
	interval?: string | number;
	skipImmediate?: boolean;
	when?: string | Date;
}

export interface IWorldOptions {
	adminId?: string;
	serverLanguage?: string;
	siteUrl: string;
}

export function makeUser(id: string, username: string, roles: string[], extra: Partial<IUser> = {}): IUser {
	const now = new Date();
	return {
		id,
		username,
		name: username,
		emails: [{ address: `${username}@example.com`, verified: true }],
		type: UserType.USER,
		isEnabled: true,
		roles,
		status: 'online',
		statusConnection: UserStatusConnection.ONLINE,
		utcOffset: 0,
		createdAt: now,
		updatedAt: now,
		lastLoginAt: now,
		...extra,
	};
}

function makeRoom(id: string, name: string, type: RoomType, creator: IUser, usernames: string[]): IRoom {
	return { id, slugifiedName: name, displayName: name, type, creator, usernames, createdAt: new Date() };
}

function makeSetting(id: string, value: unknown): ISetting {
	return { id, type: SettingType.STRING, packageValue: value, value, required: false, public: true, i18nLabel: id };
}

/** A request the app made outside the workspace it reads: its webhook. */
export interface IOutboundCall {
	url: string;
	headers: Record<string, string>;
	body: string;
	/** What the receiver answered; 200 from the playground itself when the call was only recorded. */
	status: number;
}

/** An email the app handed to Rocket.Chat's mailer. */
export interface ISentEmail {
	to: string[];
	subject: string;
	text: string;
	html?: string;
}

export class World {
	public readonly users = new Map<string, IUser>();

	public readonly rooms = new Map<string, IRoom>();

	public readonly messages: IPostedMessage[] = [];

	public readonly refused: IRefusedMessage[] = [];

	public readonly persistence = new Map<string, IPersistedRecord>();

	public readonly serverSettings = new Map<string, ISetting>();

	public readonly jobs = new Map<string, IScheduledJob>();

	/** Rocket.Chat's permission table: which roles hold a permission (its defaults, or a real server's permissions.listAll). */
	public readonly permissions: Record<string, string[]> = structuredClone(DEFAULT_PERMISSION_ROLES);

	public onMessage: (message: IPostedMessage) => void = () => undefined;

	public readonly outbound: IOutboundCall[] = [];

	public onOutbound: (call: IOutboundCall) => void = () => undefined;

	/**
	 * Whether calls outside the workspace (webhooks) really go out: always with --server; with a simulated workspace
	 * only to this machine (127.0.0.1, localhost), so a made-up world never reaches a real service. Others answer 200.
	 */
	public sendOutside = false;

	public readonly emails: ISentEmail[] = [];

	public onEmail: (email: ISentEmail) => void = () => undefined;

	public readonly siteUrl: string;

	constructor(options: IWorldOptions) {
		this.siteUrl = options.siteUrl;
		const admin = makeUser(options.adminId ?? 'admin-id', 'admin', ['admin', 'user']);
		const user = makeUser('user-id', 'user', ['user']);
		this.users.set(admin.id, admin);
		this.users.set(user.id, user);
		this.rooms.set('general-id', makeRoom('general-id', 'general', RoomType.CHANNEL, admin, ['admin', 'user']));
		this.rooms.set('admins-id', makeRoom('admins-id', 'admins', RoomType.PRIVATE_GROUP, admin, ['admin']));
		// A read-only room nobody but its owner may post in: an admin room the app cannot use.
		this.rooms.set('announcements-id', {
			...makeRoom('announcements-id', 'announcements', RoomType.CHANNEL, admin, ['admin']),
			isReadOnly: true,
		});
		this.serverSettings.set('Site_Url', makeSetting('Site_Url', options.siteUrl));
		this.serverSettings.set('Language', makeSetting('Language', options.serverLanguage ?? 'en'));
	}

	/** A Rocket.Chat server setting as the server would hold it (--server-setting). */
	public setServerSetting(id: string, value: unknown): void {
		this.serverSettings.set(id, makeSetting(id, value));
	}

	public userByName(username: string): IUser | undefined {
		return [...this.users.values()].find((u) => u.username === username);
	}

	public roomByName(name: string): IRoom | undefined {
		return [...this.rooms.values()].find((r) => r.slugifiedName === name || r.id === name);
	}

	public addRoom(room: IRoom): IRoom {
		this.rooms.set(room.id, room);
		return room;
	}

	/** A user's language preference, as the server hands it to apps (settings.preferences.language). */
	public setLanguage(username: string, language: string): void {
		const user = this.userByName(username);
		if (!user) {
			throw new Error(`No user "${username}" in the playground`);
		}
		user.settings = { ...user.settings, preferences: { ...user.settings?.preferences, language } };
	}

	public hasPermission(user: IUser, permission: string): boolean {
		return user.roles.some((role) => (this.permissions[permission] ?? []).includes(role));
	}

	public record(message: IPostedMessage): void {
		this.messages.push(message);
		this.onMessage(message);
	}

	/** The newest version of each message, newest first: what a user sees scrolling up. */
	public latestMessages(): IPostedMessage[] {
		const seen = new Set<string>();
		const latest: IPostedMessage[] = [];
		for (let i = this.messages.length - 1; i >= 0; i--) {
			const message = this.messages[i];
			if (message.id && seen.has(message.id)) {
				continue;
			}
			if (message.id) {
				seen.add(message.id);
			}
			latest.push(message);
		}
		return latest;
	}

	/** The app's persistence, as `--state` saves it. */
	public exportState(): IPersistedRecord[] {
		return [...this.persistence.values()];
	}

	public importState(records: IPersistedRecord[]): void {
		this.persistence.clear();
		for (const record of records) {
			this.persistence.set(record.id, record);
		}
	}
}
