/**
 * The one resolver behind /license and /seats: parses the arguments, checks who is asking, reads the license and hands
 * the snapshot to the matching renderer. Command classes only gather context and call `runCommand`.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { REQUIRED_PERMISSION, holdsPermission, sharedRoles } from './access';
import type { WorkspaceClient } from './api/client';
import { ApiError } from './api/errors';
import { CHECK_MAX_AGE_MS, runDailyCheck } from './dailyCheck';
import type { IAccessors } from './io/accessors';
import { openClient, readConfig } from './io/config';
import { languageOf } from './io/language';
import { replyPrivately } from './io/messages';
import { renderCheckReport } from './render/checkView';
import { renderError, renderInternalError, renderRefusal } from './render/errorView';
import { renderHelp } from './render/helpView';
import { renderLimits, renderModules, renderSummary } from './render/licenseView';
import type { IRendered } from './render/message';
import { renderSeats } from './render/seatsView';
import type { IView } from './render/view';
import { viewFor } from './render/view';
import type { IAppConfig } from './settings';
import { nearCapPercent } from './settings';
import { loadSnapshot } from './snapshot/load';
import { loadCheckState } from './store';

export type CommandName = 'license' | 'seats';
export type SubCommand = 'summary' | 'limits' | 'modules' | 'check' | 'help' | 'seats';

const SUBCOMMANDS: Record<CommandName, Record<string, SubCommand>> = {
	license: { '': 'summary', 'limits': 'limits', 'modules': 'modules', 'check': 'check', 'help': 'help' },
	seats: { '': 'seats', 'help': 'help' },
};

/** "limits" → limits; anything else → help with the word that was not understood. Case and extra spaces are forgiven. */
export function parseArguments(command: CommandName, args: string[]): { sub: SubCommand; unknown?: string } {
	const words = args.map((arg) => arg.trim()).filter(Boolean);
	const first = (words[0] ?? '').toLowerCase();
	const sub = SUBCOMMANDS[command][first];
	if (sub && words.length <= 1) {
		return { sub };
	}
	return { sub: 'help', unknown: sub ? words.slice(1).join(' ') : words.join(' ') };
}

export interface ICommandContext {
	sender: IUser;
	room: IRoom;
	args: string[];
}

/** The reply of a sub-command that reads the license, once the caller is known to hold the permission. */
async function reply(accessors: IAccessors, config: IAppConfig, client: WorkspaceClient, view: IView, sub: SubCommand): Promise<IRendered> {
	switch (sub) {
		case 'check': {
			const result = await runDailyCheck(accessors, config, CHECK_MAX_AGE_MS);
			const ctx = { snapshot: result.outcome.ok ? result.outcome.snapshot : undefined, serverUrl: result.serverUrl };
			return result.outcome.ok
				? renderCheckReport(view, result.findings, ctx, result.postedTo, result.notices.length > 0 && !result.postedTo)
				: renderError(view, result.outcome.error, result.serverUrl, 'read', result.postedTo);
		}
		case 'summary': {
			const [snapshot, state] = await Promise.all([loadSnapshot(client), loadCheckState(accessors.read.getPersistenceReader())]);
			return renderSummary(view, snapshot, state.license);
		}
		case 'limits':
			return renderLimits(view, await loadSnapshot(client));
		case 'modules':
			return renderModules(view, await loadSnapshot(client));
		default:
			return renderSeats(view, await loadSnapshot(client));
	}
}

async function answer(accessors: IAccessors, config: IAppConfig, ctx: ICommandContext, view: IView, sub: SubCommand): Promise<IRendered> {
	let serverUrl = config.serverUrl || undefined;
	let stage: 'permission' | 'read' = 'read';
	try {
		const client = await openClient(accessors.read, accessors.http, config);
		serverUrl = client.baseUrl;
		// The server does not enforce ISlashCommand.permission (only the web client does), so the app checks it here,
		// before any license data is read. If it cannot be checked, the caller gets a refusal that says why.
		stage = 'permission';
		if (!holdsPermission(ctx.sender.roles, await sharedRoles.roles(client, REQUIRED_PERMISSION))) {
			return renderRefusal(view);
		}
		stage = 'read';
		return await reply(accessors, config, client, view, sub);
	} catch (error) {
		if (error instanceof ApiError) {
			return renderError(view, error, serverUrl, stage);
		}
		throw error;
	}
}

export async function runCommand(accessors: IAccessors, command: CommandName, ctx: ICommandContext): Promise<void> {
	const { read, modify, logger } = accessors;
	const [config, language] = await Promise.all([readConfig(read), languageOf(read, ctx.sender)]);
	const view = viewFor(language, new Date(), nearCapPercent(config));
	const { sub, unknown } = parseArguments(command, ctx.args);
	let rendered: IRendered;
	try {
		rendered = sub === 'help' ? renderHelp(view, unknown) : await answer(accessors, config, ctx, view, sub);
	} catch (error) {
		// A fault of the app itself: the caller still gets an answer, the details go to the log, the app stays enabled.
		logger.error(`/${command} ${sub} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		rendered = renderInternalError(view);
	}
	await replyPrivately(read, modify, ctx.sender, ctx.room, rendered);
}
