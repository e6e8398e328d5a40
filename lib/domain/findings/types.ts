/** What deserves an admin's attention, as plain data. Rendering into words happens later, in the reader's language. */
import type { IApiErrorDetail, ApiErrorKind } from '../../kit/errors';
import type { ILimit } from '../snapshot';

export type Level = 'info' | 'warning' | 'critical';
export const LEVEL_RANK: Record<Level, number> = { info: 1, warning: 2, critical: 3 };

export type Facts =
	/** The enforced end is `days` calendar days away (0: today). */
	| {
			type: 'expiry';
			trial: boolean;
			date: string;
			days: number;
			autoRenew?: boolean;
			/** The final threshold or the last day: every channel hears it, and it may be the app's last message. */
			lastCall?: boolean;
	  }
	/** A `disable_modules` period ends in `days` calendar days: the server turns `modules` off then. */
	| { type: 'modules-off'; modules: string[]; date: string; days: number }
	/** Rocket.Chat's air-gap countdown: the workspace turns read-only in `days` days (0: it is) without a statistics report. */
	| { type: 'airgap'; days: number }
	/** A limit at or past a warning threshold (`percent`), or one the server already blocks. */
	| { type: 'limit'; limit: ILimit; percent: number }
	/** The license seen earlier is gone: licenses.info now looks like Community. */
	| { type: 'lapsed'; plan?: string; date: string; expired: boolean }
	/** At the pace of the last 8 weeks, seats reach the cap on `date` (a day), `days` from now. */
	| { type: 'seat-forecast'; cap: number; perWeek: number; date: string; days: number }
	/** Monthly active contacts, `used` by day `day` of the month, are expected to end it at `projected`, over `cap` (trend/contacts.ts). */
	| { type: 'contacts-forecast'; used: number; cap: number; day: number; projected: number }
	/** The license data could not be read. */
	| { type: 'unreadable'; kind: ApiErrorKind; detail: IApiErrorDetail; since: string; reminder: boolean };

export interface IFinding {
	/** Stable identity: "expiry:<date>", "limit:<kind>", "lapsed", "unreadable", "forecast:seats", "forecast:contacts:<YYYY-MM>". */
	id: string;
	level: Level;
	/**
	 * How bad, from the threshold actually reached: the percent of a cap (1000 once the server blocks the action), or
	 * 1000 minus the days-before-expiry threshold crossed. Announced again only when this or the level rises.
	 */
	severity: number;
	facts: Facts;
}

/** The last valid license reading, remembered so a later Community-looking answer can be called a lapse. */
export interface IRememberedLicense {
	plan?: string;
	trial: boolean;
	enforcedExpiry?: string;
	seenAt: string;
}

export type Notice =
	| { kind: 'raised'; finding: IFinding }
	| { kind: 'recovered'; finding: IFinding }
	/** A limit the server blocked is free again, though still above a warning threshold. */
	| { kind: 'unblocked'; finding: IFinding }
	| { kind: 'news'; news: 'new' | 'active-again' | 'renewed' | 'changed'; plan?: string; date?: string }
	| { kind: 'digest' };

export interface IThresholds {
	expiryDays: number[];
	seatPercents: number[];
	failureDays: number;
}
