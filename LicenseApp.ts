import { App } from '@rocket.chat/apps-engine/definition/App';
import type {
	IAppAccessors,
	IConfigurationExtend,
	IConfigurationModify,
	IEnvironmentRead,
	IHttp,
	ILogger,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';
import type { IUIKitInteractionHandler, IUIKitResponse, UIKitBlockInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';

import { LicenseCommand } from './commands/LicenseCommand';
import { SeatsCommand } from './commands/SeatsCommand';
import { SETTING } from './lib/domain/settings';
import { readSecrets } from './lib/engine/config';
import { engineSettings } from './lib/engine/settingsPage';
import { dailyCheckProcessor, scheduleDailyCheck } from './lib/entry/dailyCheckJob';
import { MetricsEndpoint } from './lib/entry/metricsEndpoint';
import { CONNECTION_SETTINGS, learnRolesAtStart } from './lib/entry/rolesAtStart';
import { guardSettingUpdate } from './lib/entry/settingUpdates';
import { AppState } from './lib/flows/appState';
import { handleIdleClick } from './lib/flows/idleActions';

/** Wires the app together: settings, the two commands, the daily check job, the buttons, the metrics endpoint. The work happens in lib/. */
export class LicenseApp extends App implements IUIKitInteractionHandler {
	/** Caches and the check queue of this instance, handed to the commands and the job: no module-level state. */
	private readonly state = new AppState();

	constructor(info: IAppInfo, logger: ILogger, accessors: IAppAccessors) {
		super(info, logger, accessors);
		this.state.appId = info.id;
	}

	protected async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
		await Promise.all(engineSettings().map((setting) => configuration.settings.provideSetting(setting)));
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
		const { reader, http } = this.getAccessors();
		await learnRolesAtStart(reader, http, this.state, this.getLogger());
		return true;
	}

	public async onPreSettingUpdate(
		context: ISettingUpdateContext,
		_configurationModify: IConfigurationModify,
		read: IRead,
	): Promise<ISetting> {
		// The saved secrets are masked in whatever a refusal keeps or logs of the new value.
		const secrets = await readSecrets(read);
		// undefined keeps the admin's value (see guardSettingUpdate); the engine falls back to the new setting.
		return guardSettingUpdate(context, this.getLogger(), this.state.rejectedSettings, secrets) as ISetting;
	}

	public async onSettingUpdated(setting: ISetting, configurationModify: IConfigurationModify, read: IRead, http: IHttp): Promise<void> {
		if (setting.id === SETTING.checkTime) {
			await scheduleDailyCheck(read.getEnvironmentReader().getSettings(), configurationModify.scheduler, this.getLogger());
		}
		if (CONNECTION_SETTINGS.includes(setting.id)) {
			await learnRolesAtStart(read, http, this.state, this.getLogger());
		}
	}

	/** Button presses on the app's messages (idle seats): lib/flows/idleActions.ts checks and answers them. */
	public async executeBlockActionHandler(
		context: UIKitBlockInteractionContext,
		read: IRead,
		http: IHttp,
		persis: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		const data = context.getInteractionData();
		await handleIdleClick({ read, modify, http, persis, logger: this.getLogger() }, this.state, {
			appId: this.getID(),
			actionId: data.actionId,
			blockId: data.blockId,
			value: data.value,
			user: data.user,
			room: data.room,
			messageId: data.message?.id,
		});
		return context.getInteractionResponder().successResponse();
	}
}
