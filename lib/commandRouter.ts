/**
 * The one resolver behind /license and /seats: parses the arguments, checks who is asking, reads the license and hands
 * the snapshot to the matching renderer. Command classes only gather context and call `runCommand`.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { REQUIRED_PERMISSION, holdsPermission, rolesHolding } from './access';
import { ApiError } from './api/errors';
import type { IAccessors } from './dailyCheck';
import { runDailyCheck } from './dailyCheck';
import { openClient, readConfig } from './io/config';
import { languageOf } from './io/language';
import { replyPrivately } from './io/messages';
import { renderCheckReport } from './render/checkView';
import { renderError, renderRefusal } from './render/errorView';
import { renderHelp } from './render/helpView';
import { renderLimits, renderModules, renderSummary } from './render/licenseView';
import type { IRendered } from './render/message';
import { renderSeats } from './render/seatsView';
import type { IView } from './render/view';
import { viewFor } from './render/view';
import { nearCapPercent } from './settings';
import { loadSnapshot } from './snapshot/load';
import type { ISnapshot } from './snapshot/types';

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

const RENDERERS: Partial<Record<SubCommand, (view: IView, snapshot: ISnapshot) => IRendered>> = {
	summary: renderSummary,
	limits: renderLimits,
	modules: renderModules,
	seats: renderSeats,
};

export interface ICommandContext {
	sender: IUser;
	room: IRoom;
	args: string[];
}

async function answer(accessors: IAccessors, ctx: ICommandContext, view: IView, sub: SubCommand): Promise<IRendered> {
	const { read, http } = accessors;
	const config = await readConfig(read);
	let { serverUrl } = config;
	try {
		const client = await openClient(read, http, config);
		serverUrl = client.baseUrl;
		// The server does not enforce ISlashCommand.permission (only the web client does), so the app checks it here.
		if (!holdsPermission(ctx.sender.roles, await rolesHolding(client, REQUIRED_PERMISSION))) {
			return renderRefusal(view);
		}
		if (sub === 'check') {
			const result = await runDailyCheck(accessors, { fresh: true });
			return result.outcome.ok
				? renderCheckReport(view, result.findings, { snapshot: result.outcome.snapshot, serverUrl: result.serverUrl }, result.postedTo)
				: renderError(view, result.outcome.error, result.serverUrl);
		}
		const render = RENDERERS[sub] as (view: IView, snapshot: ISnapshot) => IRendered;
		return render(view, await loadSnapshot(client));
	} catch (error) {
		if (error instanceof ApiError) {
			return renderError(view, error, serverUrl);
		}
		throw error;
	}
}

export async function runCommand(accessors: IAccessors, command: CommandName, ctx: ICommandContext): Promise<void> {
	const { read, modify, logger } = accessors;
	const config = await readConfig(read);
	const view = viewFor(await languageOf(read, ctx.sender), new Date(), nearCapPercent(config));
	const { sub, unknown } = parseArguments(command, ctx.args);
	let reply: IRendered;
	try {
		reply = sub === 'help' ? renderHelp(view, unknown) : await answer(accessors, ctx, view, sub);
	} catch (error) {
		// Anything unexpected: the caller still gets an answer, and the app stays enabled for the next command.
		logger.error(`/${command} ${sub} failed: ${error instanceof Error ? error.message : String(error)}`);
		reply = renderError(view, new ApiError('malformed', { field: 'unexpected answer' }));
	}
	await replyPrivately(read, modify, ctx.sender, ctx.room, reply);
}
