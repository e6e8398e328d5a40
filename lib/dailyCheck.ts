/**
 * The daily check, shared by the scheduled job and `/license check`: read the license, advance the announce state,
 * post what is new to the admin room (or, failing that, to the token's owner), then remember it.
 */
import type { IHttp, ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { ApiError } from './api/errors';
import type { ICheckState, Outcome } from './findings/announce';
import { advance, hasCritical } from './findings/announce';
import { evaluate } from './findings/evaluate';
import type { IFinding, Notice } from './findings/types';
import { openClient, readConfig } from './io/config';
import { serverLanguage } from './io/language';
import { directRoomWith, findRoom, postToRoom } from './io/messages';
import { renderFallbackNote, renderNotices } from './render/checkView';
import { viewFor } from './render/view';
import type { IAppConfig } from './settings';
import { nearCapPercent } from './settings';
import { loadSnapshot } from './snapshot/load';
import { fallbackLoggedFor, loadCheckState, rememberFallbackLogged, saveCheckState } from './store';

export interface IAccessors {
	read: IRead;
	modify: IModify;
	http: IHttp;
	persis: IPersistence;
	logger: ILogger;
}

export interface ICheckResult {
	outcome: Outcome;
	/** Every finding today, announced before or not (what `/license check` reports). */
	findings: IFinding[];
	notices: Notice[];
	/** Where the notices went: the admin room's name, "@owner" for the fallback, undefined when nothing was posted. */
	postedTo?: string;
	serverUrl?: string;
}

async function readOutcome(accessors: IAccessors, config: IAppConfig, fresh: boolean): Promise<{ outcome: Outcome; serverUrl?: string }> {
	try {
		const client = await openClient(accessors.read, accessors.http, config);
		return { outcome: { ok: true, snapshot: await loadSnapshot(client, fresh) }, serverUrl: client.baseUrl };
	} catch (error) {
		if (error instanceof ApiError) {
			return { outcome: { ok: false, error } };
		}
		throw error;
	}
}

/** The admin room, or the direct room with the token's owner plus a note saying how to set the room. */
async function destination(
	accessors: IAccessors,
	config: IAppConfig,
): Promise<{ room: IRoom; name: string; fallback: boolean } | undefined> {
	const { read, modify, persis, logger } = accessors;
	const room = config.adminRoom ? await findRoom(read, config.adminRoom) : undefined;
	if (room) {
		return { room, name: `#${room.displayName ?? room.slugifiedName}`, fallback: false };
	}
	const owner = config.userId
		? await read
				.getUserReader()
				.getById(config.userId)
				.catch(() => undefined)
		: undefined;
	const direct = owner ? await directRoomWith(read, modify, owner) : undefined;
	if ((await fallbackLoggedFor(read.getPersistenceReader())) !== config.adminRoom) {
		logger.warn(
			config.adminRoom
				? `Admin room "${config.adminRoom}" was not found; license notices go by direct message to the token's owner instead.`
				: "No admin room is set; license notices go by direct message to the token's owner instead.",
		);
		await rememberFallbackLogged(persis, config.adminRoom);
	}
	return direct && owner ? { room: direct, name: `@${owner.username}`, fallback: true } : undefined;
}

async function post(
	accessors: IAccessors,
	config: IAppConfig,
	notices: Notice[],
	ctx: Parameters<typeof renderNotices>[2],
): Promise<string | undefined> {
	const view = viewFor(await serverLanguage(accessors.read), new Date(), nearCapPercent(config));
	const message = renderNotices(view, notices, ctx, config.mentionHere && hasCritical(notices));
	const target = await destination(accessors, config);
	if (target && !target.fallback) {
		try {
			await postToRoom(accessors.read, accessors.modify, target.room, message);
			return target.name;
		} catch (error) {
			accessors.logger.warn(
				`Could not post in the admin room "${config.adminRoom}": ${error instanceof Error ? error.message : String(error)}`,
			);
			const fallback = await destination(accessors, { ...config, adminRoom: '' });
			return fallback ? deliverFallback(accessors, fallback, message, view, config.adminRoom) : undefined;
		}
	}
	return target ? deliverFallback(accessors, target, message, view, config.adminRoom) : undefined;
}

async function deliverFallback(
	accessors: IAccessors,
	target: { room: IRoom; name: string },
	message: ReturnType<typeof renderNotices>,
	view: ReturnType<typeof viewFor>,
	adminRoom: string,
): Promise<string> {
	const note = renderFallbackNote(view, adminRoom || undefined);
	await postToRoom(accessors.read, accessors.modify, target.room, {
		text: `${message.text}\n\n${note.text}`,
		blocks: [...message.blocks, ...note.blocks],
	});
	return target.name;
}

export async function runDailyCheck(accessors: IAccessors, options: { fresh: boolean; now?: Date }): Promise<ICheckResult> {
	const now = options.now ?? new Date();
	const config = await readConfig(accessors.read);
	const { outcome, serverUrl } = await readOutcome(accessors, config, options.fresh);
	const previous: ICheckState = await loadCheckState(accessors.read.getPersistenceReader());
	const thresholds = { expiryDays: config.expiryDays, seatPercents: config.seatPercents, failureDays: config.failureDays };
	const { notices, state } = advance(previous, outcome, thresholds, config.digest, now);
	const findings = outcome.ok ? evaluate(outcome.snapshot, previous.license, thresholds, now) : [];
	let postedTo: string | undefined;
	if (notices.length) {
		postedTo = await post(accessors, config, notices, { snapshot: outcome.ok ? outcome.snapshot : undefined, serverUrl });
		if (!postedTo) {
			accessors.logger.error(
				'License notices could not be posted anywhere: set an admin room, or check that the token user id exists. Will retry at the next check.',
			);
			return { outcome, findings, notices, serverUrl };
		}
	}
	await saveCheckState(accessors.persis, state);
	if (!outcome.ok) {
		accessors.logger.warn(`License check could not read the license: ${outcome.error.message}`);
	}
	return { outcome, findings, notices, postedTo, serverUrl };
}
