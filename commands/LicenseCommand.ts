import { AppCommand } from './AppCommand';
import type { CommandName } from '../lib/flows/commandRouter';

/** /license [limits | modules | check | help] */
export class LicenseCommand extends AppCommand {
	public command: CommandName = 'license';

	public i18nParamsExample = 'license_params';

	public i18nDescription = 'license_description';
}
