/**
 * The one resolver behind /license and /seats: parses the arguments, checks who is asking, reads the license and hands
 * the snapshot to the sub-command's renderer. Command classes only gather context and call `runCommand`.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { AppState } from './appState';
import { callerMaySee } from './callerAccess';
import { CHECK_MAX_AGE_MS, runDailyCheck } from './dailyCheck';
import { badDays, idleListReply, parseDays } from './idleSeats';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import { Deadline } from '../api/deadline';
import { loadSnapshot } from '../api/loadSnapshot';
import type { IAppConfig } from '../domain/settings';
import { nearCapPercent } from '../domain/settings';
import type { IAccessors } from '../engine/accessors';
import { readConfig } from '../engine/config';
import { languageOf } from '../engine/language';
import { replyPrivately } from '../engine/messages';
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
export type SubCommand = 'summary' | 'limits' | 'modules' | 'check' | 'help' | 'seats' | 'idle';

const SUBCOMMANDS: Record<CommandName, Record<string, SubCommand>> = {
	license: { '': 'summary', 'limits': 'limits', 'modules': 'modules', 'check': 'check', 'help': 'help' },
	seats: { '': 'seats', 'help': 'help', 'idle': 'idle' },
};

/** Sub-commands that take one argument: `/seats idle 60`. */
const WITH_ARGUMENT: ReadonlySet<SubCommand> = new Set(['idle']);

/** "limits" → limits; anything else → help with the word that was not understood. Case and extra spaces are forgiven. */
export function parseArguments(command: CommandName, args: string[]): { sub: SubCommand; unknown?: string; argument?: string } {
	const words = args.map((arg) => arg.trim()).filter(Boolean);
	const first = (words[0] ?? '').toLowerCase();
	const sub = SUBCOMMANDS[command][first];
	if (sub && words.length <= 1) {
		return { sub };
	}
	if (sub && WITH_ARGUMENT.has(sub) && words.length === 2) {
		return { sub, argument: words[1] };
	}
	return { sub: 'help', unknown: sub ? words.slice(1).join(' ') : words.join(' ') };
}

export interface ICommandContext {
	sender: IUser;
	room: IRoom;
	args: string[];
	/** The app's id, for the buttons of replies that have some. */
	appId: string;
}

/** What a sub-command's handler gets once the caller is known to hold the permission. */
interface IHandlerInput {
	accessors: IAccessors;
	state: AppState;
	config: IAppConfig;
	client: WorkspaceClient;
	view: IView;
	deadline: Deadline;
	ctx: ICommandContext;
	argument?: string;
}

/**
 * Every sub-command and how it answers. `open` ones read no license data and need no permission (help); the others run
 * after the permission check. A Record, so a new sub-command does not compile until it has a handler.
 */
type Handler =
	| { open: true; reply: (view: IView, unknown?: string) => IRendered }
	| {
			open: false;
			reply: (input: IHandlerInput) => Promise<IRendered>;
			/** How old a cached license answer the reply accepts (default: any the cache holds); the prefetch reads the same. */
			maxAgeMs?: number;
	  };

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
	idle: {
		open: false,
		reply: async (input) => {
			const days = parseDays(input.argument, input.config.idleDays);
			return days === undefined
				? badDays(input.view, input.argument ?? '')
				: idleListReply({ ...input, caller: input.ctx.sender, appId: input.ctx.appId, days, offset: 0 });
		},
	},
	check: {
		open: false,
		maxAgeMs: CHECK_MAX_AGE_MS,
		reply: async ({ accessors, state, config, view, deadline }) => {
			const result = await runDailyCheck(accessors, state, config, CHECK_MAX_AGE_MS, deadline);
			const ctx = { snapshot: result.outcome.ok ? result.outcome.snapshot : undefined, serverUrl: result.serverUrl };
			return result.outcome.ok
				? renderCheckReport(view, result.findings, ctx, {
						where: result.postedTo,
						undelivered: result.notices.length > 0 && !result.postedTo,
					})
				: renderError(view, result.outcome.error, result.serverUrl, result.postedTo);
		},
	},
};

/** A guarded sub-command: the permission first (the server does not enforce ISlashCommand.permission), then the data. */
async function guardedReply(input: Omit<IHandlerInput, 'client'>, handler: Extract<Handler, { open: false }>): Promise<IRendered> {
	const { accessors, state, config, view, deadline, ctx } = input;
	const result = await readWorkspace(accessors, state, config, deadline, async (client) => {
		// Only the web client checks ISlashCommand.permission, so the app checks it before any license data is shown.
		if (!(await callerMaySee(accessors, state, client, ctx.sender, () => loadSnapshot(client, handler.maxAgeMs)))) {
			return renderRefusal(view);
		}
		// Links in the reply open pages of the workspace that was read.
		return handler.reply({ ...input, client, view: { ...view, siteUrl: client.baseUrl } });
	});
	return result.ok ? result.value : renderError(view, result.error, result.serverUrl);
}

export async function runCommand(accessors: IAccessors, state: AppState, command: CommandName, ctx: ICommandContext): Promise<void> {
	const { read, modify, logger } = accessors;
	// One deadline for the whole command, started before anything is read (lib/api/deadline.ts).
	const deadline = new Deadline();
	const [config, language] = await Promise.all([readConfig(read), languageOf(read, ctx.sender)]);
	const view = viewFor(language, new Date(), nearCapPercent(config), { expiryDays: config.expiryDays });
	const { sub, unknown, argument } = parseArguments(command, ctx.args);
	const handler = HANDLERS[sub];
	let rendered: IRendered;
	try {
		rendered = handler.open
			? handler.reply(view, unknown)
			: await guardedReply({ accessors, state, config, view, deadline, ctx, argument }, handler);
	} catch (error) {
		// A fault of the app itself: the caller still gets an answer, the details go to the log, the app stays enabled.
		logger.error(`/${command} ${sub} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		rendered = renderInternalError(view);
	}
	await replyPrivately(read, modify, ctx.sender, ctx.room, rendered);
}
