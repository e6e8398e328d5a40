/**
 * The workspace's statistics snapshots, as `statistics` and `statistics.list` answer them (docs/rocketchat-api.md §5): one
 * IStats document a day, at minute 12 of the hour the server booted, each tens of KB (CPU list, session aggregations,
 * languages…), with seat counts that follow the scenario's history shape over a year.
 */
import type { IStats } from '@rocket.chat/core-typings';

import type { Usage } from './fixtures';

/** How seats moved over the past year, ending at the scenario's current usage. */
export type HistoryShape = 'growth' | 'flat' | 'falling' | 'spike' | 'seasonal' | 'fresh' | 'recent';

/** What a snapshot carries: the fields the app reads are required, the rest present as on a real server. */
export type StatsDocument = Partial<IStats> &
	Pick<IStats, '_id' | 'createdAt' | 'totalUsers' | 'activeUsers' | 'activeGuests' | 'nonActiveUsers' | 'appUsers' | 'version'>;

const DAY = 86_400_000;
/** The statistics cron runs at minute 12 of the boot hour (apps/meteor/server/cron/usageReport.ts); here 03:12 UTC. */
const SNAPSHOT_OFFSET = (3 * 60 + 12) * 60_000;
/** `recent`: flat, but the server kept only the last 30 snapshots (the default for scenarios that are not about history). */
export const HISTORY_DAYS: Record<HistoryShape, number> = {
	growth: 365,
	flat: 365,
	falling: 365,
	spike: 365,
	seasonal: 365,
	fresh: 5,
	recent: 30,
};

/** A deterministic wobble of ±1 seat, the same on every run. */
const wobble = (daysAgo: number): number => Math.round(Math.sin(daysAgo * 12.9898) * 43758.5453) % 2;

/** Seats `daysAgo` days before today for a workspace at `now` seats today. */
export function seatsOn(shape: HistoryShape, now: number, daysAgo: number): number {
	if (daysAgo === 0) {
		return now;
	}
	switch (shape) {
		case 'growth':
			// +0.6 a day (about +4.2 a week) for the last 120 days, +0.15 a day before.
			return Math.round(now - 0.6 * Math.min(daysAgo, 120) - 0.15 * Math.max(0, daysAgo - 120)) + wobble(daysAgo);
		case 'falling':
			return Math.round(now + 0.3 * daysAgo) + wobble(daysAgo);
		case 'spike':
			// Flat, but for three days ten days ago when a training cohort held 45 extra seats.
			return now + (daysAgo >= 9 && daysAgo <= 11 ? 45 : 0) + wobble(daysAgo);
		case 'seasonal':
			// A yearly swing of ±15 seats (the semester), no trend.
			return Math.round(now + 15 * Math.sin((2 * Math.PI * daysAgo) / 365) - 15 * Math.sin(0)) + wobble(daysAgo);
		default:
			return now + wobble(daysAgo);
	}
}

/** When the snapshot `daysAgo` days back was taken; today's only once 03:12 has passed. */
export function snapshotTimes(now: Date, shape: HistoryShape): Date[] {
	const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + SNAPSHOT_OFFSET;
	const times: Date[] = [];
	for (let daysAgo = 0; times.length < HISTORY_DAYS[shape]; daysAgo++) {
		const at = new Date(start - daysAgo * DAY);
		if (at <= now) {
			times.push(at);
		}
	}
	return times;
}

/** A steady month of omnichannel contacts ends this many times the scenario's license count (610 → 732). */
const CONTACTS_MONTH_END = 1.2;

/**
 * The share of a month's contacts seen in its first `days` days (and in any trailing window of that length): three in four
 * are regulars, nearly all back within two weeks, the rest trickle in evenly.
 */
export const contactsShare = (days: number): number => 0.75 * (1 - 0.7 ** days) + (0.25 * days) / 30;

const CPU = { model: 'Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz', speed: 2900 };
const DEVICES = ['Chrome', 'Firefox', 'Safari', 'Edge', 'Rocket.Chat Desktop', 'Rocket.Chat Mobile'];
const SYSTEMS = ['Windows', 'Mac OS', 'Linux', 'Android', 'iOS', 'Ubuntu'];
const LANGUAGES = [
	'en',
	'pt-BR',
	'es',
	'de',
	'fr',
	'it',
	'ja',
	'ko',
	'nl',
	'pl',
	'ru',
	'sv',
	'tr',
	'uk',
	'zh',
	'zh-TW',
	'cs',
	'da',
	'fi',
	'hu',
];

function sessions(day: Date, count: number) {
	const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
	return {
		users: {
			...date,
			data: [{ _id: 'u', count, sessions: count * 3, roles: [{ role: 'user', count, sessions: count * 3, time: count * 5400 }] }],
		},
		devices: {
			...date,
			data: DEVICES.flatMap((name, i) =>
				Array.from({ length: 12 }, (_, v) => ({
					_id: `${name}-${v}`,
					type: i < 4 ? 'browser' : 'mobile-app',
					name,
					version: `${120 + v}.0.${6000 + i * 17 + v}`,
					count: 1 + ((i * 7 + v) % 9),
					time: 3600 * (1 + v),
				})),
			),
		},
		os: {
			...date,
			data: SYSTEMS.flatMap((name, i) =>
				Array.from({ length: 10 }, (_, v) => ({
					_id: `${name}-${v}`,
					name,
					version: `${10 + v}.${i}.${v * 3}`,
					count: 1 + ((i + v) % 7),
					time: 1800 * (1 + v),
				})),
			),
		},
	};
}

/** One snapshot as Rocket.Chat stores it and statistics.list returns it (dates as ISO strings once sent). */
export function buildStatsDocument(at: Date, version: string, usage: Usage, seats: number, weekdayShare: number): StatsDocument {
	const guests = usage.guestUsers;
	const deactivated = 14;
	const apps = 3;
	const bots = 2;
	const month = sessions(at, Math.round(seats * 0.9));
	const monthEnd = Math.round(usage.monthlyActiveContacts * CONTACTS_MONTH_END);
	const contacts = Math.round(monthEnd * contactsShare(at.getUTCDate()));
	const trailing = (days: number) => ({
		contactsCount: Math.round(monthEnd * contactsShare(days)),
		conversationsCount: Math.round(monthEnd * contactsShare(days) * 2),
		sources: [],
	});
	return {
		_id: `st${at.getTime().toString(36)}`,
		_updatedAt: at,
		createdAt: at.toISOString(),
		uniqueId: 'a1b2c3d4e5f6a7b8c9d0e1f2',
		installedAt: '2023-02-01T10:00:00.000Z',
		version,
		totalUsers: seats + guests + deactivated + apps + bots,
		activeUsers: seats,
		activeGuests: guests,
		nonActiveUsers: deactivated,
		appUsers: apps,
		onlineUsers: Math.round(seats * weekdayShare * 0.4),
		awayUsers: Math.round(seats * 0.1),
		busyUsers: 3,
		offlineUsers: Math.round(seats * 0.5),
		totalConnectedUsers: Math.round(seats * weekdayShare * 0.5),
		userLanguages: Object.fromEntries(LANGUAGES.map((language, i) => [language, Math.max(0, Math.round(seats / (i + 2)))])),
		totalRooms: 420,
		totalChannels: 180,
		totalPrivateGroups: 95,
		totalDirect: 140,
		totalLivechat: 5,
		totalDiscussions: 12,
		totalThreads: 2300,
		teams: { totalTeams: 8, totalRoomsInsideTeams: 40, totalDefaultRoomsInsideTeams: 8 },
		totalMessages: 250_000,
		lastLogin: at.toISOString(),
		os: {
			type: 'Linux',
			platform: 'linux',
			arch: 'x64',
			release: '6.1.0-18-cloud-amd64',
			uptime: 1_234_567,
			loadavg: [0.42, 0.38, 0.35],
			totalmem: 16_777_216_000,
			freemem: 6_442_450_944,
			cpus: Array.from({ length: 16 }, (_, i) => ({
				...CPU,
				times: { user: 9_000_000 + i, nice: 0, sys: 2_000_000 + i, idle: 80_000_000 + i, irq: 0 },
			})),
		},
		process: { nodeVersion: 'v22.16.0', pid: 1, uptime: 86_000 },
		deploy: { method: 'docker', platform: 'selfinstall' },
		enterpriseReady: true,
		uploadsTotal: 3200,
		uploadsTotalSize: 9_876_543_210,
		fileStoreType: 'GridFS',
		omnichannelContactsBySource: {
			contactsCount: contacts,
			conversationsCount: contacts * 2,
			sources: [{ source: 'widget', contactsCount: contacts, conversationsCount: contacts * 2 }],
		},
		uniqueContactsOfLastMonth: trailing(30),
		uniqueContactsOfLastWeek: trailing(7),
		uniqueContactsOfYesterday: trailing(1),
		uniqueUsersOfLastMonth: month.users,
		uniqueUsersOfLastWeek: month.users,
		uniqueUsersOfYesterday: month.users,
		uniqueDevicesOfLastMonth: month.devices,
		uniqueDevicesOfLastWeek: month.devices,
		uniqueDevicesOfYesterday: month.devices,
		uniqueOSOfLastMonth: month.os,
		uniqueOSOfLastWeek: month.os,
		uniqueOSOfYesterday: month.os,
		apps: {
			engineVersion: '1.62.0',
			totalInstalled: usage.privateApps + usage.marketplaceApps,
			totalActive: usage.marketplaceApps,
			totalFailed: 0,
		},
		services: {},
		importer: {},
		integrations: {
			totalIntegrations: 4,
			totalIncoming: 3,
			totalIncomingActive: 3,
			totalOutgoing: 1,
			totalOutgoingActive: 1,
			totalWithScriptEnabled: 1,
		},
		pushQueue: 0,
		statsToken: 'sT0k3n-not-a-secret-in-the-playground',
	};
}

export interface IHistoryOptions {
	now: Date;
	shape: HistoryShape;
	version: string;
	usage: Usage;
	weekdayShare: number;
}

/** Every snapshot of the history, newest first. */
export function buildHistory(o: IHistoryOptions): StatsDocument[] {
	return snapshotTimes(o.now, o.shape).map((at, daysAgo) =>
		buildStatsDocument(at, o.version, o.usage, seatsOn(o.shape, o.usage.activeUsers, daysAgo), o.weekdayShare),
	);
}

/**
 * statistics.list: `sort` is a JSON string; without one the server sorts by `name`, which snapshots lack, so they come
 * in insertion order (oldest first). `offset` and `count` page through them.
 */
export function buildStatisticsList(o: IHistoryOptions, query: Record<string, string>): Record<string, unknown> {
	const times = snapshotTimes(o.now, o.shape);
	const newestFirst = query.sort ? (JSON.parse(query.sort) as Record<string, 1 | -1>).createdAt === -1 : false;
	const offset = Number(query.offset ?? 0);
	const count = Number(query.count ?? 50);
	// Only the page's documents are built: a year of them is megabytes.
	const daysAgo = times.map((_, index) => index);
	const order = newestFirst ? daysAgo : daysAgo.reverse();
	const statistics = order
		.slice(offset, offset + count)
		.map((ago) => buildStatsDocument(times[ago], o.version, o.usage, seatsOn(o.shape, o.usage.activeUsers, ago), o.weekdayShare));
	return { statistics, count: statistics.length, offset, total: times.length, success: true };
}

/** The newest snapshot only (what `statistics` answers without refresh). */
export function latestSnapshot(o: IHistoryOptions): StatsDocument {
	const [at] = snapshotTimes(o.now, o.shape);
	return buildStatsDocument(at, o.version, o.usage, o.usage.activeUsers, o.weekdayShare);
}
