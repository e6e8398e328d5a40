/**
 * The one resolver behind /license and /seats: parses the arguments, checks who is asking, reads the license and hands
 * the snapshot to the sub-command's renderer. Command classes only gather context and call `runCommand`.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { REQUIRED_PERMISSION, holdsPermission } from './access';
import type { AppState } from './appState';
import { CHECK_MAX_AGE_MS, runDailyCheck } from './dailyCheck';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import { loadSnapshot } from '../api/loadSnapshot';
import type { IAppConfig } from '../domain/settings';
import { nearCapPercent } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { readConfig } from '../engine/config';
import { languageOf } from '../engine/language';
import { replyPrivately } from '../engine/messages';
import { redact } from '../engine/redact';
import { loadCheckState } from '../engine/store';
import { renderCheckReport } from '../render/checkView';
import { renderError, renderInternalError, renderRefusal } from '../render/errorView';
import { renderHelp } from '../render/helpView';
import { renderLimits, renderModules, renderSummary } from '../render/licenseView';
import type { IRendered } from '../render/message';
import { renderSeats } from '../render/seatsView';
import type { IView } from '../render/view';
import { viewFor } from '../render/view';

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

/** What a sub-command's handler gets once the caller is known to hold the permission. */
interface IHandlerInput {
	accessors: IAccessors;
	state: AppState;
	config: IAppConfig;
	client: WorkspaceClient;
	view: IView;
}

/**
 * Every sub-command and how it answers. `open` ones read no license data and need no permission (help); the others run
 * after the permission check. A Record, so a new sub-command does not compile until it has a handler.
 */
type Handler =
	| { open: true; reply: (view: IView, unknown?: string) => IRendered }
	| { open: false; reply: (input: IHandlerInput) => Promise<IRendered> };

const HANDLERS: Record<SubCommand, Handler> = {
	help: { open: true, reply: (view, unknown) => renderHelp(view, unknown) },
	summary: {
		open: false,
		reply: async ({ accessors, client, view }) => {
			const [snapshot, checkState] = await Promise.all([loadSnapshot(client), loadCheckState(accessors.read.getPersistenceReader())]);
			return renderSummary(view, snapshot, checkState.license);
		},
	},
	limits: { open: false, reply: async ({ client, view }) => renderLimits(view, await loadSnapshot(client)) },
	modules: { open: false, reply: async ({ client, view }) => renderModules(view, await loadSnapshot(client)) },
	seats: { open: false, reply: async ({ client, view }) => renderSeats(view, await loadSnapshot(client)) },
	check: {
		open: false,
		reply: async ({ accessors, state, config, view }) => {
			const result = await runDailyCheck(accessors, state, config, CHECK_MAX_AGE_MS);
			const ctx = { snapshot: result.outcome.ok ? result.outcome.snapshot : undefined, serverUrl: result.serverUrl };
			return result.outcome.ok
				? renderCheckReport(view, result.findings, ctx, {
						where: result.postedTo,
						undelivered: result.notices.length > 0 && !result.postedTo,
					})
				: renderError(view, result.outcome.error, result.serverUrl, 'read', result.postedTo);
		},
	},
};

/** A guarded sub-command: the permission first (the server does not enforce ISlashCommand.permission), then the data. */
async function guardedReply(
	accessors: IAccessors,
	state: AppState,
	config: IAppConfig,
	ctx: ICommandContext,
	view: IView,
	reply: (input: IHandlerInput) => Promise<IRendered>,
): Promise<IRendered> {
	const result = await readWorkspace(accessors, state, config, async (client, steps) => {
		// Only the web client checks ISlashCommand.permission, so the app checks it before any license data is read. If it
		// cannot be checked, the caller gets a refusal that says why.
		steps.enter('permission');
		if (!holdsPermission(ctx.sender.roles, await state.roles.roles(client, REQUIRED_PERMISSION))) {
			return renderRefusal(view);
		}
		steps.enter('read');
		return reply({ accessors, state, config, client, view });
	});
	return result.ok ? result.value : renderError(view, result.error, result.serverUrl, result.stage);
}

export async function runCommand(accessors: IAccessors, state: AppState, command: CommandName, ctx: ICommandContext): Promise<void> {
	const { read, modify, logger } = accessors;
	const [config, language] = await Promise.all([readConfig(read), languageOf(read, ctx.sender)]);
	const view = viewFor(language, new Date(), nearCapPercent(config));
	const { sub, unknown } = parseArguments(command, ctx.args);
	const handler = HANDLERS[sub];
	let rendered: IRendered;
	try {
		rendered = handler.open ? handler.reply(view, unknown) : await guardedReply(accessors, state, config, ctx, view, handler.reply);
	} catch (error) {
		// A fault of the app itself: the caller still gets an answer, the details go to the log, the app stays enabled.
		logger.error(`/${command} ${sub} failed: ${redact(error instanceof Error ? (error.stack ?? error.message) : String(error), 2000)}`);
		rendered = renderInternalError(view);
	}
	await replyPrivately(read, modify, ctx.sender, ctx.room, rendered);
}
