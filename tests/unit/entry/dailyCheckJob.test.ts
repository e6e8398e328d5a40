/** dailyCheckJob.ts: the scheduler job runs the daily check on fresh data, within the run budget, logging to its run. */
import type { App } from '@rocket.chat/apps-engine/definition/App';
import type { IJobContext } from '@rocket.chat/apps-engine/definition/scheduler';

import { SETTING } from '../../../lib/domain/settings';
import { KEYS } from '../../../lib/engine/store';
import { DAILY_CHECK_JOB, dailyCheckProcessor, scheduleDailyCheck } from '../../../lib/entry/dailyCheckJob';
import { AppState } from '../../../lib/flows/appState';
import { RUN_BUDGET_MS } from '../../../lib/kit/deadline';
import { API_PATHS } from '../../../lib/kit/paths';
import type { IFakes } from '../fakes/accessors';
import { RecordingLogger, fakeAccessors, room } from '../fakes/accessors';
import { CONNECTED, licensedRoutes } from '../fakes/workspace';

afterEach(() => jest.useRealTimers());

const appWith = (logger: RecordingLogger) => ({ getLogger: () => logger.asLogger() }) as unknown as App;

/** Runs the job's processor as the engine does, `bound` as `this` (the engine binds the run's app proxy, or nothing). */
function runJob(fakes: IFakes, processorApp: App, state: AppState, bound?: App) {
	const { processor } = dailyCheckProcessor(processorApp, state);
	const { read, modify, http, persis } = fakes.accessors;
	return processor.call(bound as App, {} as IJobContext, read, modify, http, persis);
}

describe('the daily check job', () => {
	it('logs to the logger of the run the engine binds, else to the app’s', async () => {
		const fakes = fakeAccessors();
		const registered = new RecordingLogger();
		const run = new RecordingLogger();
		await runJob(fakes, appWith(registered), new AppState(), appWith(run));
		expect(run.text()).toContain('could not be posted');
		expect(registered.entries).toEqual([]);
		await runJob(fakes, appWith(registered), new AppState());
		expect(registered.text()).toContain('could not be posted');
	});

	it('reads the license afresh on every run, even while an answer is cached, and records each run', async () => {
		const now = new Date();
		const fakes = fakeAccessors({ settings: CONNECTED }, licensedRoutes({ seats: 20, cap: 200, now }));
		const state = new AppState();
		const app = appWith(new RecordingLogger());
		await runJob(fakes, app, state);
		await runJob(fakes, app, state);
		expect(fakes.http.to(API_PATHS.licensesInfo)).toHaveLength(2);
		expect(fakes.persistence.get(KEYS.checkStats)).toEqual([expect.objectContaining({ readErrors: {} })]);
	});

	it('posts a seat notice in the admin room on its run', async () => {
		const now = new Date();
		const fakes = fakeAccessors(
			{ settings: { ...CONNECTED, [SETTING.adminRoom]: 'admins' }, rooms: [room('r-admins', 'admins')] },
			licensedRoutes({ seats: 195, cap: 200, now }),
		);
		await runJob(fakes, appWith(new RecordingLogger()), new AppState());
		expect(fakes.modify.posts.map((post) => post.room.id)).toEqual(['r-admins']);
		expect(fakes.modify.posts[0].text).toContain('195');
	});

	it('ends within the run budget when the workspace does not answer, and counts the timeout', async () => {
		jest.useFakeTimers();
		const fakes = fakeAccessors({ settings: CONNECTED }, { [API_PATHS.licensesInfo]: () => new Promise(() => undefined) });
		let done = false;
		const run = runJob(fakes, appWith(new RecordingLogger()), new AppState()).then(() => {
			done = true;
		});
		await jest.advanceTimersByTimeAsync(RUN_BUDGET_MS - 1_000);
		expect(done).toBe(false);
		await jest.advanceTimersByTimeAsync(1_000);
		await run;
		expect(fakes.persistence.get(KEYS.checkStats)).toEqual([expect.objectContaining({ readErrors: { timeout: 1 } })]);
	});
});

describe('scheduleDailyCheck', () => {
	function schedule(checkTime: unknown) {
		const calls: unknown[][] = [];
		const scheduler = {
			cancelJob: async (id: string) => void calls.push(['cancel', id]),
			scheduleRecurring: async (job: unknown) => void calls.push(['schedule', job]),
		};
		const settings = {
			getValueById: async (id: string) => (id === SETTING.checkTime && checkTime !== undefined ? checkTime : Promise.reject(new Error(id))),
		};
		const logger = new RecordingLogger();
		return scheduleDailyCheck(settings as never, scheduler as never, logger.asLogger()).then(() => ({ calls, logger }));
	}

	it('replaces the job with one recurring at the configured time, not run at once', async () => {
		const { calls, logger } = await schedule('07:30');
		expect(calls).toEqual([
			['cancel', DAILY_CHECK_JOB],
			['schedule', { id: DAILY_CHECK_JOB, interval: '30 7 * * *', skipImmediate: true }],
		]);
		expect(logger.lines('debug').join('\n')).toContain('07:30');
	});

	it('falls back to the default time for a time it cannot use or read', async () => {
		const bad = await schedule('25:99');
		const unreadable = await schedule(undefined);
		expect(bad.calls[1]).toEqual(unreadable.calls[1]);
		expect(bad.logger.text()).toContain('09:00');
	});
});
