/** What /license check tells about the settings as saved: refusals, values saved under an older range, bad addresses. */
import type { ISettingRejection } from '../../../lib/domain/settingNotes';
import { settingNotes } from '../../../lib/domain/settingNotes';
import type { SettingId } from '../../../lib/domain/settings';
import { toConfig } from '../../../lib/domain/settings';
import { textsFor } from '../../../lib/i18n/texts';
import { settingProblemLog } from '../../../lib/render/settingsView';

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
