import { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';

export class LicenseCommand implements ISlashCommand {
	public command = 'license';
	public i18nParamsExample = 'license_params';
	public i18nDescription = 'license_description';
	public providesPreview = false;
	public permission = 'view-privileged-setting';

	public async executor(context: SlashCommandContext, _read: IRead, modify: IModify, _http: IHttp, _persis: IPersistence): Promise<void> {
		const msg = modify.getCreator().startMessage().setRoom(context.getRoom()).setText('hello');
		await modify.getNotifier().notifyUser(context.getSender(), msg.getMessage());
	}
}
