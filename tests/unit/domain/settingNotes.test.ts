/** settingNotes.ts: what is wrong with the settings as the admin left them, as plain notes. */
import type { ISettingRejection } from '../../../lib/domain/settingNotes';
import { settingNotes } from '../../../lib/domain/settingNotes';
import type { SettingId } from '../../../lib/domain/settings';
import { SETTING, toConfig } from '../../../lib/domain/settings';
import { textsFor } from '../../../lib/i18n/texts';
import { settingProblemLog } from '../../../lib/render/settingsView';

const AT = '2026-11-19T09:00:00.000Z';

describe('settingNotes', () => {
	it('has nothing to say about settings left as they were', () => {
		expect(settingNotes(new Map(), toConfig({}))).toEqual([]);
	});

	it('says when a value was refused, and leaves the time out when it was saved anyway (its default applies)', () => {
		const rejected = new Map<SettingId, ISettingRejection>([
			[SETTING.checkTime, { problem: { kind: 'time-of-day' }, at: AT }],
			[SETTING.idleDays, { problem: { kind: 'whole-number', min: 1, max: 3650 }, at: AT, saved: true }],
		]);
		expect(settingNotes(rejected, toConfig({}))).toEqual([
			{ id: SETTING.checkTime, problem: { kind: 'time-of-day' }, rejectedAt: AT },
			{ id: SETTING.idleDays, problem: { kind: 'whole-number', min: 1, max: 3650 } },
		]);
	});

	it('names the email recipients that are not addresses, in one note', () => {
		const config = { ...toConfig({}), emailRecipients: ['ops@example.com', 'not an address', 'ops'] };
		expect(settingNotes(new Map(), config)).toEqual([
			{ id: SETTING.emailRecipients, problem: { kind: 'not-email', items: 'not an address, ops' } },
		]);
	});
});

describe('settings saved under an older range', () => {
	const none = new Map<SettingId, ISettingRejection>();

	describe('settingNotes', () => {
		it('tells a timeout saved above today’s range, and the value that applies instead', () => {
			const saved = { request_timeout: 20 };
			const notes = settingNotes(none, toConfig(saved), saved);
			expect(notes).toEqual([{ id: 'request_timeout', problem: { kind: 'clamped', number: 20, max: 8 } }]);
			expect(settingProblemLog(textsFor('en'), notes[0].problem)).toBe(
				'20 was saved when larger values were allowed; 8, the most now allowed, applies',
			);
		});

		it('says nothing of a timeout within range, nor of one that is no number (its default applies, as it always did)', () => {
			expect(settingNotes(none, toConfig({ request_timeout: 6 }), { request_timeout: 6 })).toEqual([]);
			expect(settingNotes(none, toConfig({ request_timeout: 'x' }), { request_timeout: 'x' })).toEqual([]);
		});

		it('keeps a refusal with its date next to the older value', () => {
			const rejected = new Map<SettingId, ISettingRejection>([
				['request_timeout', { problem: { kind: 'whole-number', min: 1, max: 8 }, at: '2026-11-02T10:00:00.000Z' }],
			]);
			expect(settingNotes(rejected, toConfig({ request_timeout: 12 }), { request_timeout: 12 })).toEqual([
				{ id: 'request_timeout', problem: { kind: 'whole-number', min: 1, max: 8 }, rejectedAt: '2026-11-02T10:00:00.000Z' },
				{ id: 'request_timeout', problem: { kind: 'clamped', number: 12, max: 8 } },
			]);
		});
	});
});
