/** guardSettingUpdate's answer is the setting the engine saves: as sent when valid, the previous value when refused. */
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';

import type { ISettingRejection } from '../../../lib/domain/settingNotes';
import type { SettingId } from '../../../lib/domain/settings';
import { SAVE_AS_SENT, guardSettingUpdate } from '../../../lib/entry/settingUpdates';
import { NOW } from '../../support/kit';

const setting = (id: string, value: unknown, packageValue: unknown = ''): ISetting =>
	({ id, value, packageValue, type: 'string', required: false, public: false, i18nLabel: `${id}_label` }) as ISetting;

function guard(id: string, oldValue: unknown, newValue: unknown, secrets: string[] = []) {
	const logged: string[] = [];
	const logger = { error: (...args: unknown[]) => logged.push(args.join(' ')) } as unknown as ILogger;
	const rejected = new Map<SettingId, ISettingRejection>();
	const context: ISettingUpdateContext = {
		oldSetting: setting(id, oldValue, '80, 90, 100'),
		newSetting: setting(id, newValue, '80, 90, 100'),
	};
	return { toSave: guardSettingUpdate(context, logger, rejected, secrets, NOW), logged, rejected };
}

describe('guardSettingUpdate', () => {
	it('saves a valid value as sent, logging nothing', () => {
		const { toSave, logged, rejected } = guard('seat_thresholds', '80', '70, 95');
		expect(toSave).toBe(SAVE_AS_SENT);
		expect(logged).toEqual([]);
		expect(rejected.size).toBe(0);
	});

	it('answers a refused value with the setting as it was: the previous value stays in force', () => {
		const { toSave, rejected } = guard('seat_thresholds', '75', '150 %');
		expect(toSave).toMatchObject({ id: 'seat_thresholds', value: '75' });
		expect(rejected.get('seat_thresholds')).toMatchObject({ at: NOW.toISOString() });
	});

	it('falls back to the package value when nothing was saved before', () => {
		expect(guard('seat_thresholds', undefined, 'abc').toSave).toMatchObject({ value: '80, 90, 100' });
	});

	it('never answers with a secret: a refused secret setting is saved as sent, and its default applies', () => {
		const { toSave, logged, rejected } = guard('access_token', 'old-token-1', 'bad token with spaces', ['old-token-1']);
		expect(toSave).toBe(SAVE_AS_SENT);
		expect(rejected.get('access_token')).toMatchObject({ saved: true });
		expect(logged.join('\n')).not.toMatch(/old-token-1|bad token with spaces/);
	});
});
