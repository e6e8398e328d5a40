import type { CommandName } from '../lib/commandRouter';
import { AppCommand } from './AppCommand';

/** /license [limits | modules | check | help] */
export class LicenseCommand extends AppCommand {
	public command: CommandName = 'license';
	public i18nParamsExample = 'license_params';
	public i18nDescription = 'license_description';
}
