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
import { readinessOf } from './readiness';
import { historyForCommand, pointOfSnapshot } from './seatHistory';
import { readWorkspace } from './workspaceRead';
import type { WorkspaceClient } from '../api/client';
import { loadSnapshot } from '../api/loadSnapshot';
import { readBreakdown } from '../api/statistics';
import { dayKey } from '../domain/dates';
import { loggableError, redactProblem } from '../domain/redact';
import { settingNotes } from '../domain/settingNotes';
import type { IAppConfig } from '../domain/settings';
import { nearCapPercent, secretsOf } from '../domain/settings';
import { seriesCsv } from '../domain/trend/csv';
import type { IAccessors } from '../engine/accessors';
import { readConfig, readSettingValues } from '../engine/config';
import { languageOf } from '../engine/language';
import { replyPrivately } from '../engine/messages';
import { readSiteUrl } from '../engine/serverSettings';
import { loadCheckState } from '../engine/store';
import { sendFilePrivately } from '../engine/uploads';
import { Deadline } from '../kit/deadline';
import { ApiError } from '../kit/errors';
import { renderCheckReport, renderRedirectNote } from '../render/checkView';
import { renderError, renderInternalError, renderRefusal } from '../render/errorView';
import { renderHelp } from '../render/helpView';
import { renderLimits, renderModules, renderSummary } from '../render/licenseView';
import type { IRendered } from '../render/message';
import { appendRendered } from '../render/message';
import { renderOriginNote } from '../render/originView';
import { renderReadiness } from '../render/readinessView';
import { renderBreakdown, renderStatisticsRefused } from '../render/seatsBreakdownView';
import { renderExportEmpty, renderExportNoDirect, renderExportSent } from '../render/seatsExportView';
import type { TrendWindow } from '../render/seatsTrendView';
import { TREND_WINDOWS, renderTrend } from '../render/seatsTrendView';
import { renderSeats } from '../render/seatsView';
import { renderSettingNotes } from '../render/settingsView';
import type { IView } from '../render/view';
import { viewFor } from '../render/view';

const DEFAULT_TREND_WINDOW: TrendWindow = 90;

export type CommandName = 'license' | 'seats';
export type SubCommand = 'summary' | 'limits' | 'modules' | 'check' | 'help' | 'seats' | 'idle' | 'trend' | 'breakdown' | 'export';

const SUBCOMMANDS: Record<CommandName, Record<string, SubCommand>> = {
	license: { '': 'summary', 'limits': 'limits', 'modules': 'modules', 'check': 'check', 'help': 'help' },
	seats: { '': 'seats', 'help': 'help', 'idle': 'idle', 'trend': 'trend', 'breakdown': 'breakdown', 'export': 'export' },
};

/** The words a command takes after its name, as the slash-command popup shows them (`i18n/*.json`, `<command>_params`). */
export function subCommandWords(command: CommandName): string[] {
	return Object.keys(SUBCOMMANDS[command]).filter(Boolean);
}

/**
 * Sub-commands that take one optional word, and the words they accept; `any`: the handler judges it (`/seats idle 60`,
 * a bad number of days gets its own reply).
 */
const ARGUMENTS: Partial<Record<SubCommand, readonly string[] | 'any'>> = { idle: 'any', trend: TREND_WINDOWS.map(String) };

/**
 * "limits" → limits, "trend 30" → trend with "30"; anything else → help with the words that were not understood. Case and
 * extra spaces are forgiven.
 */
export function parseArguments(command: CommandName, args: string[]): { sub: SubCommand; unknown?: string; argument?: string } {
	const words = args.map((arg) => arg.trim()).filter(Boolean);
	const first = (words[0] ?? '').toLowerCase();
	const sub = SUBCOMMANDS[command][first];
	if (sub && words.length <= 1) {
		return { sub };
	}
	const accepted = sub && ARGUMENTS[sub];
	if (sub && accepted && words.length === 2 && (accepted === 'any' || accepted.includes(words[1]))) {
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
	/** Who typed the command (a file goes to them), where, and the app's id. */
	ctx: ICommandContext;
	/** The sub-command's optional word, already checked against ARGUMENTS. */
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
			/** What the reply says under an error met before it ran (the caller's permission could not be read). */
			afterError?: (view: IView, serverUrl: string | undefined) => IRendered | undefined;
			/** The reply says itself when its license came from another workspace (renderOriginNote). */
			ownOriginNote?: true;
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
				: idleListReply({ ...input, caller: input.ctx.sender, days, offset: 0 });
		},
	},
	trend: {
		open: false,
		reply: async ({ accessors, state, client, view, argument }) => {
			const [snapshot, history] = await Promise.all([loadSnapshot(client), historyForCommand(accessors, state, client, view.now)]);
			const days = (Number(argument) || DEFAULT_TREND_WINDOW) as TrendWindow;
			return renderTrend(view, snapshot, history, days, pointOfSnapshot(snapshot, view.now));
		},
	},
	breakdown: {
		open: false,
		reply: async ({ client, view }) => {
			// Statistics need view-statistics, which the token's user may lack: say so, rather than "could not read".
			const refused = (error: unknown) => {
				if (error instanceof ApiError && error.kind === 'forbidden') {
					return undefined;
				}
				throw error;
			};
			const [snapshot, breakdown] = await Promise.all([loadSnapshot(client), readBreakdown(client).catch(refused)]);
			return breakdown ? renderBreakdown(view, snapshot, breakdown) : renderStatisticsRefused(view);
		},
	},
	export: {
		open: false,
		reply: async ({ accessors, state, client, view, ctx }) => {
			const history = await historyForCommand(accessors, state, client, view.now);
			if (!history.points.length) {
				return renderExportEmpty(view);
			}
			const filename = `seats-${dayKey(view.now)}.csv`;
			const from = await sendFilePrivately(accessors.read, accessors.modify, ctx.sender, filename, seriesCsv(history.points));
			return from ? renderExportSent(view, filename, history.points.length, from) : renderExportNoDirect(view);
		},
	},
	check: {
		open: false,
		maxAgeMs: CHECK_MAX_AGE_MS,
		// Where the token goes is said after every manual check, whichever request failed.
		afterError: renderRedirectNote,
		ownOriginNote: true,
		reply: async ({ accessors, state, client, config, view, deadline }) => {
			const result = await runDailyCheck(accessors, state, config, CHECK_MAX_AGE_MS, deadline);
			const snapshot = result.outcome.ok ? result.outcome.snapshot : undefined;
			const [lines, siteUrl] = await Promise.all([readinessOf(accessors, client, config, snapshot), readSiteUrl(accessors.read)]);
			const ctx = { snapshot, serverUrl: result.serverUrl, siteUrl };
			const report = result.outcome.ok
				? appendRendered(
						renderCheckReport(view, result.findings, ctx, {
							where: result.postedTo,
							undelivered: result.notices.length > 0 && !result.postedTo,
						}),
						renderOriginNote(view, result.outcome.snapshot, siteUrl),
					)
				: appendRendered(
						renderError(view, result.outcome.error, result.serverUrl, result.postedTo),
						renderRedirectNote(view, result.serverUrl, ctx.siteUrl),
					);
			// What works with this token comes first; settings the admin saved that cannot be used come last, quoting typed
			// text only as redact() returns it.
			const ready = appendRendered(renderReadiness(view, lines, snapshot?.cloudAnnouncement), report);
			const saved = await readSettingValues(accessors.read);
			const secrets = secretsOf(saved);
			const notes = settingNotes(state.rejectedSettings, config, saved).map((note) => ({
				...note,
				problem: redactProblem(note.problem, secrets),
			}));
			return appendRendered(ready, renderSettingNotes(view, notes));
		},
	},
};

/**
 * The note for a reply whose license names another workspace. The reply has read the license already (or its permission
 * check has), so this is the cached answer; a license that cannot be read adds nothing to a reply that did not need it.
 */
async function originNote(accessors: IAccessors, client: WorkspaceClient, view: IView, maxAgeMs?: number): Promise<IRendered | undefined> {
	const [snapshot, siteUrl] = await Promise.all([loadSnapshot(client, maxAgeMs).catch(() => undefined), readSiteUrl(accessors.read)]);
	return renderOriginNote(view, snapshot, siteUrl);
}

/** A guarded sub-command: the permission first (the server does not enforce ISlashCommand.permission), then the data. */
async function guardedReply(input: Omit<IHandlerInput, 'client'>, handler: Extract<Handler, { open: false }>): Promise<IRendered> {
	const { accessors, state, config, view, deadline, ctx } = input;
	const result = await readWorkspace(accessors, state, config, deadline, async (client) => {
		// Only the web client checks ISlashCommand.permission, so the app checks it before any license data is shown.
		if (!(await callerMaySee(accessors, state, client, ctx.sender, () => loadSnapshot(client, handler.maxAgeMs)))) {
			return renderRefusal(view);
		}
		// Links in the reply open pages of the workspace that was read.
		const reply = await handler.reply({ ...input, client, view: { ...view, siteUrl: client.baseUrl } });
		return handler.ownOriginNote ? reply : appendRendered(reply, await originNote(accessors, client, view, handler.maxAgeMs));
	});
	return result.ok
		? result.value
		: appendRendered(renderError(view, result.error, result.serverUrl), handler.afterError?.(view, result.serverUrl));
}

export async function runCommand(accessors: IAccessors, state: AppState, command: CommandName, ctx: ICommandContext): Promise<void> {
	const { read, modify, logger } = accessors;
	// One deadline for the whole command, started before anything is read (lib/kit/deadline.ts).
	const deadline = new Deadline();
	const [config, language] = await Promise.all([readConfig(read), languageOf(read, ctx.sender)]);
	const view = viewFor(language, new Date(), nearCapPercent(config), { expiryDays: config.expiryDays, appId: ctx.appId });
	const { sub, unknown, argument } = parseArguments(command, ctx.args);
	const handler = HANDLERS[sub];
	let rendered: IRendered;
	try {
		rendered = handler.open
			? handler.reply(view, unknown)
			: await guardedReply({ accessors, state, config, view, deadline, ctx, argument }, handler);
	} catch (error) {
		// A fault of the app itself: the caller still gets an answer, the details go to the log, the app stays enabled.
		logger.error(`/${command} ${sub} failed: ${loggableError(error)}`);
		rendered = renderInternalError(view);
	}
	await replyPrivately(read, modify, ctx.sender, ctx.room, rendered);
}
