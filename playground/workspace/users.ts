/**
 * The simulated workspace's users, for the idle-seat routes: seat holders (the token's owner, `user`, members), pending
 * users who never logged in, guests, bots, an app user and deactivated accounts, generated from the scenario the same
 * way on every run. Members 0 … 90 % of the seats are the engagement dashboard's regulars (fixtures.buildActiveUsers);
 * the idle ones are the last members. Deactivations change the directory; `changes()` is what `--state` keeps.
 * Rocket.Chat's rules: docs/rocketchat-api.md §5 (what is a seat) and §6 (users.listByStatus, users.setActiveStatus).
 */
import type { IAnswer } from './errors';
import { forbidden, invalidParams, json } from './errors';
import { userId } from './fixtures';

const DAY = 86_400_000;

export interface ISimUser {
	_id: string;
	username: string;
	name: string;
	roles: string[];
	type: 'user' | 'bot' | 'app';
	active: boolean;
	lastLogin?: Date;
	createdAt: Date;
	/** Rooms this user is the last owner of: deactivating needs confirmRelinquish. */
	lastOwnerOf?: string[];
}

export interface IDirectoryOptions {
	/** Seat holders, the token's owner and `user` included. */
	seats: number;
	guests: number;
	/** Members idle (no login in 30+ days or never), counted from the last member back; default: every non-regular. */
	idle?: number;
	/** Every Nth regular has an old last login but chats daily (a long-lived mobile session); 0: none. */
	mobileEvery?: number;
	/** Idle members who never logged in, the first of the idle ones; default: every second idle member. */
	pending?: number;
	ownerId: string;
	now: Date;
}

const FIRST = ['ana', 'bruno', 'carla', 'dieter', 'elena', 'farid', 'greta', 'hugo', 'ines', 'jonas', 'kira', 'luis', 'marta', 'nils'];
const LAST = ['silva', 'meyer', 'garcia', 'costa', 'schulz', 'lopez', 'weber', 'santos', 'fischer', 'ruiz', 'moreau', 'rossi'];

export class Directory {
	public readonly users: ISimUser[] = [];

	private readonly byId = new Map<string, ISimUser>();

	private version = 0;

	private readonly sorted = new Map<string, { version: number; users: ISimUser[] }>();

	/** The users in `_id` order, made once: the tie-break of every other order. */
	private idOrder?: ISimUser[];

	/** Filtered lists by query, for this version of the directory: a search reads one position of the same list 17 times. */
	private readonly matches = new Map<string, { version: number; users: ISimUser[] }>();

	/** `compute()` once per `key` and change of the directory; a few keys kept. */
	public matching(key: string, compute: () => ISimUser[]): ISimUser[] {
		const cached = this.matches.get(key);
		if (cached?.version === this.version) {
			return cached.users;
		}
		if (this.matches.size >= 8) {
			this.matches.clear();
		}
		const users = compute();
		this.matches.set(key, { version: this.version, users });
		return users;
	}

	constructor(o: IDirectoryOptions) {
		const ago = (days: number) => new Date(o.now.getTime() - days * DAY);
		const add = (user: ISimUser) => {
			this.users.push(user);
			this.byId.set(user._id, user);
		};
		add({
			_id: o.ownerId,
			username: 'admin',
			name: 'Ada Admin',
			roles: ['admin', 'user'],
			type: 'user',
			active: true,
			lastLogin: ago(0.05),
			createdAt: ago(900),
		});
		add({
			_id: 'user-id',
			username: 'user',
			name: 'Uma User',
			roles: ['user'],
			type: 'user',
			active: true,
			lastLogin: ago(2),
			createdAt: ago(400),
		});
		const members = Math.max(0, o.seats - 2);
		const regulars = Math.round(o.seats * 0.9);
		const idle = Math.min(members, o.idle ?? Math.max(0, members - regulars));
		const mobileEvery = o.mobileEvery ?? 25;
		for (let k = 0; k < members; k++) {
			const isIdle = k >= members - idle;
			const pending = isIdle && (o.pending === undefined ? k % 2 === 0 : k - (members - idle) < o.pending);
			const mobile = !isIdle && mobileEvery > 0 && k % mobileEvery === 5;
			let lastLogin: Date | undefined = ago(0.1 + (k % 20));
			if (pending) {
				lastLogin = undefined;
			} else if (isIdle) {
				lastLogin = ago(31 + ((k * 37) % 400));
			} else if (mobile) {
				lastLogin = ago(60 + (k % 100));
			}
			add({
				_id: userId(k),
				username: `${FIRST[k % FIRST.length]}.${LAST[(k * 7) % LAST.length]}${k}`,
				name: `${FIRST[k % FIRST.length]} ${LAST[(k * 7) % LAST.length]}`.replace(/\b\w/g, (c) => c.toUpperCase()),
				// The last idle member is an admin: left out by the default excluded-roles setting. Members 0 and 1 are admins too.
				roles: k < 2 || (isIdle && k === members - 1) ? ['admin', 'user'] : ['user'],
				type: 'user',
				active: true,
				lastLogin,
				// Pending accounts: every third is younger than 30 days.
				createdAt: ago(pending && k % 3 === 0 ? 5 : 35 + ((k * 13) % 700)),
			});
		}
		// The second pending member in name order owns a room alone: deactivating them fails (user-last-owner).
		const pendingByName = this.users
			.filter((u) => !u.lastLogin && u.type === 'user' && !u.roles.includes('admin'))
			.sort((a, b) => a.username.localeCompare(b.username));
		const owner = pendingByName[1] ?? pendingByName[0];
		if (owner) {
			owner.lastOwnerOf = ['project-x'];
		}
		for (let g = 0; g < o.guests; g++) {
			add({
				_id: `guest-${g}`,
				username: `guest${g}`,
				name: `Guest ${g}`,
				roles: ['guest'],
				type: 'user',
				active: true,
				lastLogin: g % 2 ? ago(90) : undefined,
				createdAt: ago(120),
			});
		}
		add({ _id: 'rocket.cat', username: 'rocket.cat', name: 'Rocket.Cat', roles: ['bot'], type: 'bot', active: true, createdAt: ago(900) });
		add({
			_id: 'helpdesk-bot',
			username: 'helpdesk.bot',
			name: 'Helpdesk',
			roles: ['bot'],
			type: 'bot',
			active: true,
			lastLogin: ago(300),
			createdAt: ago(500),
		});
		add({
			_id: 'licenseapp-app',
			username: 'licenseapp.bot',
			name: 'LicenseApp',
			roles: ['app'],
			type: 'app',
			active: true,
			createdAt: ago(30),
		});
		for (let d = 0; d < 14; d++) {
			add({
				_id: `gone-${d}`,
				username: `former${d}`,
				name: `Former ${d}`,
				roles: ['user'],
				type: 'user',
				active: false,
				lastLogin: ago(200 + d),
				createdAt: ago(800),
			});
		}
		// Rocket.Chat's users collection keeps indexes on username and lastLogin: a query sorted by either answers at
		// once. Here the two orders are made with the directory, not inside the first request's time.
		this.sortedBy([['username', 1]]);
		this.sortedBy([
			['lastLogin', 1],
			['_id', 1],
		]);
	}

	public get(id: string): ISimUser | undefined {
		return this.byId.get(id);
	}

	/** Users.getActiveLocalUserCount(). */
	public seatCount(): number {
		return this.users.filter((u) => u.active && u.type === 'user' && !u.roles.every((role) => role === 'guest')).length;
	}

	public activeAdmins(): number {
		return this.users.filter((u) => u.active && u.roles.includes('admin')).length;
	}

	public setActive(id: string, active: boolean): void {
		const user = this.byId.get(id);
		if (user && user.active !== active) {
			user.active = active;
			this.version++;
		}
	}

	/** Active flags that differ from the generated ones, for --state. */
	public changes(initial: Directory): Record<string, boolean> {
		return Object.fromEntries(this.users.filter((u) => initial.get(u._id)?.active !== u.active).map((u) => [u._id, u.active]));
	}

	public applyChanges(changes: Record<string, boolean> = {}): void {
		Object.entries(changes).forEach(([id, active]) => typeof active === 'boolean' && this.setActive(id, active));
	}

	/**
	 * The users in `sort` order (every key in turn, as MongoDB sorts), computed once per change of the directory. Ties
	 * left by the keys fall back to `_id`: one fixed order, which MongoDB does not promise (docs/rocketchat-api.md §6).
	 */
	public sortedBy(sort: Array<[string, 1 | -1]>): ISimUser[] {
		const key = JSON.stringify(sort);
		const cached = this.sorted.get(key);
		// Only `active` ever changes: an order by other fields holds for the directory's life.
		const changes = sort.some(([field]) => field === 'status' || field === 'active');
		if (cached && (!changes || cached.version === this.version)) {
			return cached.users;
		}
		const value = (u: ISimUser, field: string): number | string => {
			const v = (u as unknown as Record<string, unknown>)[field === 'status' ? 'active' : field];
			if (v instanceof Date) {
				return v.getTime();
			}
			if (typeof v === 'boolean') {
				return v ? 1 : 0;
			}
			return typeof v === 'string' || typeof v === 'number' ? v : -Infinity; // MongoDB: missing sorts first ascending
		};
		// From the users in _id order, a stable sort on each user's values, computed once: ties keep the _id order
		// without comparing strings, and 100,000 users sort in a fraction of a second.
		this.idOrder ??= [...this.users].sort((a, b) => (a._id < b._id ? -1 : Number(a._id > b._id)));
		const byId = this.idOrder;
		const keys = sort.filter(([field]) => field !== '_id');
		const keyed = byId.map((user) => ({ user, values: keys.map(([field]) => value(user, field)) }));
		keyed.sort((a, b) => {
			for (let i = 0; i < keys.length; i++) {
				const x = a.values[i];
				const y = b.values[i];
				const order = Number(x > y) - Number(x < y);
				if (order) {
					return order * keys[i][1];
				}
			}
			return 0;
		});
		const users = keyed.map((entry) => entry.user);
		this.sorted.set(key, { version: this.version, users });
		return users;
	}
}

/** Rocket.Chat's defaults for API_Upper_Count_Limit and API_Default_Count (getPaginationItems, docs/rocketchat-api.md §6). */
export const UPPER_COUNT_LIMIT = 100;
const DEFAULT_COUNT = 50;

const LIST_KEYS = new Set(['status', 'hasLoggedIn', 'type', 'roles', 'searchTerm', 'count', 'offset', 'sort', 'inactiveReason']);

/** users.listByStatus: isUsersListStatusProps (ajvQuery), then the query, then the projection (no createdAt). */
export function listByStatus(directory: Directory, query: Record<string, string>, roles: string[]): IAnswer {
	if (Object.keys(query).some((key) => !LIST_KEYS.has(key))) {
		return invalidParams('must NOT have additional properties');
	}
	if (query.status !== undefined && query.status !== 'active' && query.status !== 'deactivated') {
		return invalidParams('must be equal to one of the allowed values');
	}
	if (query.hasLoggedIn !== undefined && query.hasLoggedIn !== 'true' && query.hasLoggedIn !== 'false') {
		return invalidParams('must be boolean');
	}
	const count = query.count === undefined ? DEFAULT_COUNT : Number(query.count);
	const offset = query.offset === undefined ? 0 : Number(query.offset);
	if (!Number.isInteger(count) || !Number.isInteger(offset) || count < 0 || offset < 0) {
		return invalidParams('must be number');
	}
	let sort: Record<string, unknown> = { username: 1 };
	if (query.sort !== undefined) {
		try {
			sort = JSON.parse(query.sort);
		} catch {
			return json(400, { success: false, error: 'Invalid sort parameter provided: "sort"', errorType: 'error-invalid-sort' });
		}
		if (typeof sort !== 'object' || sort === null || Object.values(sort).some((v) => v !== 1 && v !== -1)) {
			return json(400, { success: false, error: 'Invalid sort parameter provided: "sort"', errorType: 'error-invalid-sort' });
		}
	}
	if (!roles.includes('admin') && !roles.includes('user')) {
		return forbidden(8);
	}
	const term = (query.searchTerm ?? '').toLowerCase();
	const wantedRoles = query.roles?.split(',');
	const filter = { ...query, count: undefined, offset: undefined };
	const matching = directory.matching(JSON.stringify(filter), () =>
		directory
			.sortedBy(Object.entries(sort) as Array<[string, 1 | -1]>)
			.filter(
				(u) =>
					(query.status === undefined || u.active === (query.status === 'active')) &&
					(query.hasLoggedIn === undefined || !!u.lastLogin === (query.hasLoggedIn === 'true')) &&
					(query.type === undefined || u.type === query.type) &&
					(!wantedRoles || u.roles.some((role) => wantedRoles.includes(role))) &&
					(!term || u.username.includes(term) || u.name.toLowerCase().includes(term)),
			),
	);
	// getPaginationItems: count capped by API_Upper_Count_Limit; 0 (infinite) refused by default, so the default count.
	const size = Math.min(count || DEFAULT_COUNT, UPPER_COUNT_LIMIT);
	const page = matching.slice(offset, offset + size).map((u) => ({
		_id: u._id,
		username: u.username,
		name: u.name,
		emails: [{ address: `${u.username}@example.com`, verified: true }],
		roles: u.roles,
		status: 'offline',
		active: u.active,
		type: u.type,
		...(u.lastLogin && { lastLogin: u.lastLogin.toISOString() }),
	}));
	return json(200, { users: page, count: page.length, offset, total: matching.length, success: true });
}

/** users.setActiveStatus: isUserSetActiveStatusParamsPOST, the permission, then setUserActiveStatus's own checks. */
export function setActiveStatus(directory: Directory, body: unknown, ctx: { allowed: boolean; seatCap?: number }): IAnswer {
	const b = body as { userId?: unknown; activeStatus?: unknown; confirmRelinquish?: unknown } | null;
	const keys = b && typeof b === 'object' ? Object.keys(b) : [];
	if (
		!b ||
		typeof b.userId !== 'string' ||
		typeof b.activeStatus !== 'boolean' ||
		keys.some((k) => !['userId', 'activeStatus', 'confirmRelinquish'].includes(k))
	) {
		return invalidParams("must have required property 'userId'");
	}
	if (!ctx.allowed) {
		return forbidden(8);
	}
	const user = directory.get(b.userId);
	const refuse = (error: string, errorType: string) => json(400, { success: false, error: `${error} [${errorType}]`, errorType });
	if (!user) {
		return refuse('Invalid user', 'error-invalid-user');
	}
	if (!b.activeStatus && user.active && user.roles.includes('admin') && directory.activeAdmins() <= 1) {
		return refuse('Leaving the app without an active admin is not allowed', 'error-action-not-allowed');
	}
	if (!b.activeStatus && user.lastOwnerOf?.length && b.confirmRelinquish !== true) {
		return refuse('The user is the last owner of rooms', 'user-last-owner');
	}
	if (b.activeStatus && !user.active && ctx.seatCap !== undefined && directory.seatCount() >= ctx.seatCap) {
		return refuse('Maximum number of users reached', 'error-license-user-limit-reached');
	}
	directory.setActive(user._id, b.activeStatus);
	return json(200, { user: { _id: user._id, active: user.active }, success: true });
}
