/** settingNotes.ts: what is wrong with the settings as the admin left them, as plain notes. */
import type { ISettingRejection } from '../../../lib/domain/settingNotes';
import { settingNotes } from '../../../lib/domain/settingNotes';
import type { SettingId } from '../../../lib/domain/settings';
import { SETTING, toConfig } from '../../../lib/domain/settings';

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
