/** Idle seats as plain data: who holds a seat, who has not used it, and what the app may do about it. */

/** A workspace user as users.listByStatus returns one (its projection has no creation date). */
export interface IWorkspaceUser {
	id: string;
	username: string;
	name?: string;
	roles: string[];
	/** 'user', 'bot', 'app', …; absent on old accounts, which count as 'user'. */
	type?: string;
	active: boolean;
	/** ISO 8601; absent for a pending user who never logged in. */
	lastLogin?: string;
	federated?: boolean;
}

/** One listed idle user. */
export interface IIdleEntry {
	id: string;
	username: string;
	name?: string;
	/** ISO 8601; undefined: never logged in. */
	lastLogin?: string;
	admin: boolean;
}

/** Where the "not idle after all" cross-check came from. */
export type CrossCheck =
	| { kind: 'dashboard'; activeIds: ReadonlySet<string> }
	/**
	 * No engagement-dashboard module, the token may not read it, or it did not answer while there was time to wait
	 * (`slow`): the list rests on last login only.
	 */
	| { kind: 'unavailable'; reason: 'missing' | 'refused' | 'failed' | 'slow' };

export interface IIdleRules {
	days: number;
	excludedRoles: string[];
	excludedUsers: string[];
	/** The token's owner and the caller: never listed. */
	ownerId: string;
	callerId: string;
}

/**
 * A list too long to read whole: the count rests on last login, and only a window of it was read, cross-checked and
 * filtered. Positions run over the pending users first, then the users by oldest last login.
 */
export interface IIdleWindow {
	/** Never logged in plus logged in before the cutoff; a lower bound unless `exact`. */
	byLogin: number;
	pending: number;
	/** False when the run's time ran out before the count was found. */
	exact: boolean;
	/** The position of the first user read. */
	from: number;
	/** Where "Show more" starts reading; undefined at the end of the list. */
	next?: number;
}

export interface IIdleList {
	days: number;
	/** Oldest first: never logged in, then by last login ascending. */
	idle: IIdleEntry[];
	/** Idle seat holders left out by the excluded-roles or excluded-users setting. */
	leftOutBySettings: number;
	/** Ids of those left out by settings: a button naming one is refused as excluded. */
	excludedIds: string[];
	/** Seat holders with an old last login who were active on the engagement dashboard in the period. */
	activeOnDashboard: number;
	crossCheck: CrossCheck['kind'];
	unavailableReason?: 'missing' | 'refused' | 'failed' | 'slow';
	/** Set when only a window of a long list was read: `idle` then holds that window only. */
	window?: IIdleWindow;
}
