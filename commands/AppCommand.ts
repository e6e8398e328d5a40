import type { App } from '@rocket.chat/apps-engine/definition/App';
import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';

import { REQUIRED_PERMISSION } from '../lib/domain/access';
import type { AppState } from '../lib/flows/appState';
import type { CommandName } from '../lib/flows/commandRouter';
import { runCommand } from '../lib/flows/commandRouter';

/** A slash command of this app: it only gathers context and hands it to the command router. */
export abstract class AppCommand implements ISlashCommand {
	public abstract command: CommandName;

	public abstract i18nParamsExample: string;

	public abstract i18nDescription: string;

	public providesPreview = false;

	/** The web client hides and refuses the command without it; the router checks it again on the server side. */
	public permission = REQUIRED_PERMISSION;

	/**
	 * The app, not its logger: the Deno runtime hands the command a proxy of `app` whose logger belongs to this request,
	 * so lines logged here reach the app's logs (a logger kept from construction would drop them).
	 */
	constructor(
		private readonly app: App,
		private readonly state: AppState,
	) {}

	public async executor(context: SlashCommandContext, read: IRead, modify: IModify, http: IHttp, persis: IPersistence): Promise<void> {
		await runCommand({ read, modify, http, persis, logger: this.app.getLogger() }, this.state, this.command, {
			sender: context.getSender(),
			room: context.getRoom(),
			args: context.getArguments(),
			appId: this.app.getID(),
		});
	}
}
