/** settingUpdates.ts: a value that fails its check is refused and remembered; no secret reaches the log or the record. */

import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';

import type { ISettingRejection } from '../../../lib/domain/settingNotes';
import { SETTING } from '../../../lib/domain/settings';
import type { SettingId } from '../../../lib/domain/settings';
import { guardSettingUpdate, SAVE_AS_SENT } from '../../../lib/entry/settingUpdates';
import { RecordingLogger } from '../fakes/accessors';
import { TOKEN } from '../fakes/workspace';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const WEBHOOK_SECRET = 'whsec-open-sesame';

const setting = (id: string, value: unknown, packageValue: unknown = ''): ISetting =>
	({ id, value, packageValue, type: 'string', required: false, public: false, i18nLabel: `${id}_label` }) as unknown as ISetting;

function guard(id: string, oldValue: unknown, newValue: unknown, rejected = new Map<SettingId, ISettingRejection>()) {
	const logger = new RecordingLogger();
	const kept = guardSettingUpdate(
		{ oldSetting: setting(id, oldValue), newSetting: setting(id, newValue) },
		logger.asLogger(),
		rejected,
		[TOKEN, WEBHOOK_SECRET],
		NOW,
	);
	return { kept, logger, rejected };
}

describe('guardSettingUpdate', () => {
	it('lets a valid value through and forgets an earlier refusal of the setting', () => {
		const rejected = new Map<SettingId, ISettingRejection>([
			[SETTING.seatPercents, { problem: { kind: 'empty-list' }, at: NOW.toISOString() }],
		]);
		const { kept, logger } = guard(SETTING.seatPercents, '80, 90', '70, 90, 100', rejected);
		expect(kept).toBeUndefined();
		expect(rejected.has(SETTING.seatPercents)).toBe(false);
		expect(logger.entries).toEqual([]);
	});

	it('keeps the previous value in force for a bad one, remembers when and why, and logs the setting and the value', () => {
		const { kept, logger, rejected } = guard(SETTING.seatPercents, '80, 90', 'eighty');
		expect(kept?.value).toBe('80, 90');
		expect(rejected.get(SETTING.seatPercents)).toMatchObject({ at: NOW.toISOString() });
		expect(rejected.get(SETTING.seatPercents)?.saved).toBeUndefined();
		const [line] = logger.lines('error');
		expect(line).toContain(SETTING.seatPercents);
		expect(line).toContain('eighty');
	});

	it('masks a configured secret inside a refused value, in the log and in what is remembered', () => {
		const typed = `https://chat.example.com/?x=${WEBHOOK_SECRET} oops`;
		const { logger, rejected } = guard(SETTING.serverUrl, 'https://chat.example.com', typed);
		expect(logger.lines('error')).toHaveLength(1);
		expect(logger.text()).not.toContain(WEBHOOK_SECRET);
		expect(JSON.stringify([...rejected])).not.toContain(WEBHOOK_SECRET);
	});

	it('never logs or keeps a refused secret setting’s own value, and does not hand the old token back to the engine', () => {
		const pasted = `${TOKEN} ${TOKEN}`;
		const { kept, logger, rejected } = guard(SETTING.token, TOKEN, pasted);
		// Returning the previous setting would have the engine log the previous token.
		expect(JSON.stringify(kept ?? null)).not.toContain(TOKEN);
		expect(rejected.get(SETTING.token)).toMatchObject({ saved: true });
		expect(logger.lines('error')).toHaveLength(1);
		expect(logger.text()).not.toContain(TOKEN);
		expect(logger.text()).not.toContain(pasted);
		expect(JSON.stringify([...rejected])).not.toContain(TOKEN);
	});

	it('does not hand back a previous value that holds a secret: the bad value is saved and its default applies', () => {
		const previous = `https://${TOKEN}.example.com`;
		const { kept, logger, rejected } = guard(SETTING.serverUrl, previous, 'not a url');
		expect(JSON.stringify(kept ?? null)).not.toContain(TOKEN);
		expect(rejected.get(SETTING.serverUrl)).toMatchObject({ saved: true });
		expect(logger.text()).not.toContain(TOKEN);
	});
});

describe('what the engine saves', () => {
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
});
