import { AppCommand } from './AppCommand';
import type { CommandName } from '../lib/flows/commandRouter';

/** /seats [idle | trend | breakdown | export | help] */
export class SeatsCommand extends AppCommand {
	public command: CommandName = 'seats';

	public i18nParamsExample = 'seats_params';

	public i18nDescription = 'seats_description';
}
