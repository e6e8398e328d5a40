import type { IHttp, ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';

import { REQUIRED_PERMISSION } from '../lib/access';
import type { CommandName } from '../lib/commandRouter';
import { runCommand } from '../lib/commandRouter';

/** A slash command of this app: it only gathers context and hands it to the command router. */
export abstract class AppCommand implements ISlashCommand {
	public abstract command: CommandName;
	public abstract i18nParamsExample: string;
	public abstract i18nDescription: string;
	public providesPreview = false;
	/** The web client hides and refuses the command without it; the router checks it again on the server side. */
	public permission = REQUIRED_PERMISSION;

	constructor(private readonly logger: ILogger) {}

	public async executor(context: SlashCommandContext, read: IRead, modify: IModify, http: IHttp, persis: IPersistence): Promise<void> {
		await runCommand(
			{ read, modify, http, persis, logger: this.logger },
			this.command,
			{ sender: context.getSender(), room: context.getRoom(), args: context.getArguments() },
		);
	}
}
