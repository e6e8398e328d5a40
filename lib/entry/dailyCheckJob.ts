/** The daily check as an Apps-Engine scheduler job: its processor, and its schedule at the configured time. */
import type { App } from '@rocket.chat/apps-engine/definition/App';
import type { ILogger, ISchedulerModify, ISettingRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';

import { SETTING, cronOf, toConfig } from '../domain/settings';
import { readConfig } from '../engine/config';
import type { AppState } from '../flows/appState';
import { runDailyCheck } from '../flows/dailyCheck';
import { Deadline } from '../kit/deadline';

export const DAILY_CHECK_JOB = 'daily-check';

/**
 * The Deno runtime calls a processor with `this` bound to a proxy of the app whose logger belongs to the job's run;
 * a logger taken at registration would lose every line. `app` serves where the engine binds nothing.
 */
export function dailyCheckProcessor(app: App, state: AppState): IProcessor {
	return {
		id: DAILY_CHECK_JOB,
		async processor(this: App | undefined, _context, read, modify, http, persis) {
			const logger = (this && typeof this.getLogger === 'function' ? this : app).getLogger();
			// One deadline for the whole run, started before anything is read (lib/kit/deadline.ts).
			const deadline = new Deadline();
			await runDailyCheck({ read, modify, http, persis, logger }, state, await readConfig(read), 0, deadline);
		},
	};
}

/**
 * (Re)schedules the job at the configured time. Called at enable and when the time setting changes; skipImmediate,
 * so enabling the app does not run a check. Agenda keeps one record per job id, so a cluster runs it once a day.
 */
export async function scheduleDailyCheck(settings: ISettingRead, scheduler: ISchedulerModify, logger: ILogger): Promise<void> {
	const time = toConfig({ [SETTING.checkTime]: await settings.getValueById(SETTING.checkTime).catch(() => undefined) }).checkTime;
	await scheduler.cancelJob(DAILY_CHECK_JOB);
	await scheduler.scheduleRecurring({ id: DAILY_CHECK_JOB, interval: cronOf(time), skipImmediate: true });
	logger.debug(
		`Daily license check scheduled at ${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')} server time.`,
	);
}
