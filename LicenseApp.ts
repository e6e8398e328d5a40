import { App } from '@rocket.chat/apps-engine/definition/App';
import type {
	IAppAccessors,
	IConfigurationExtend,
	IConfigurationModify,
	IEnvironmentRead,
	IHttp,
	ILogger,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';

import { LicenseCommand } from './commands/LicenseCommand';
import { SeatsCommand } from './commands/SeatsCommand';
import { SETTING, SETTING_DEFINITIONS } from './lib/domain/settings';
import { dailyCheckProcessor, scheduleDailyCheck } from './lib/engine/dailyCheckJob';
import { MetricsEndpoint } from './lib/engine/metricsEndpoint';
import { guardSettingUpdate } from './lib/engine/settingUpdates';
import { AppState } from './lib/flows/appState';

/** Wires the app together: settings, the two commands, the daily check job, the metrics endpoint. The work happens in lib/. */
export class LicenseApp extends App {
	/** Caches and the check queue of this instance, handed to the commands and the job: no module-level state. */
	private readonly state = new AppState();

	constructor(info: IAppInfo, logger: ILogger, accessors: IAppAccessors) {
		super(info, logger, accessors);
	}

	protected async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
		await Promise.all(SETTING_DEFINITIONS.map((setting) => configuration.settings.provideSetting(setting)));
		await configuration.slashCommands.provideSlashCommand(new LicenseCommand(this, this.state));
		await configuration.slashCommands.provideSlashCommand(new SeatsCommand(this, this.state));
		await configuration.scheduler.registerProcessors([dailyCheckProcessor(this, this.state)]);
		await configuration.api.provideApi({
			visibility: ApiVisibility.PUBLIC,
			security: ApiSecurity.UNSECURE,
			endpoints: [new MetricsEndpoint(this, this.state)],
		});
	}

	public async onEnable(environment: IEnvironmentRead, configurationModify: IConfigurationModify): Promise<boolean> {
		await scheduleDailyCheck(environment.getSettings(), configurationModify.scheduler, this.getLogger());
		return true;
	}

	public async onPreSettingUpdate(context: ISettingUpdateContext): Promise<ISetting> {
		// undefined keeps the admin's value (see guardSettingUpdate); the engine falls back to the new setting.
		return guardSettingUpdate(context, this.getLogger()) as ISetting;
	}

	public async onSettingUpdated(setting: ISetting, configurationModify: IConfigurationModify, read: IRead, _http: IHttp): Promise<void> {
		if (setting.id === SETTING.checkTime) {
			await scheduleDailyCheck(read.getEnvironmentReader().getSettings(), configurationModify.scheduler, this.getLogger());
		}
	}
}
