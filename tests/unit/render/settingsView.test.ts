/** Settings that cannot be used, told in the reader's language under /license check; labels as Rocket.Chat shows them. */
import * as fs from 'fs';
import * as path from 'path';

import { settingNotes } from '../../../lib/domain/settingNotes';
import type { ISettingRejection } from '../../../lib/domain/settingNotes';
import type { SettingId } from '../../../lib/domain/settings';
import { SETTING, SETTING_CHECKS, toConfig } from '../../../lib/domain/settings';
import { guardSettingUpdate } from '../../../lib/entry/settingUpdates';
import { CATALOGUES, LANGUAGES } from '../../../lib/i18n/texts';
import { renderSettingNotes } from '../../../lib/render/settingsView';
import { viewFor } from '../../../lib/render/view';
import { NOW } from '../../support/kit';
import { markupFrom } from '../../support/messageParser';

const setting = (id: string, value: unknown) =>
	({ id, value, packageValue: '', type: 'string', required: false, public: false, i18nLabel: '' }) as never;

function save(rejected: Map<SettingId, ISettingRejection>, id: string, value: unknown): string[] {
	const lines: string[] = [];
	const logger = { error: (...args: unknown[]) => lines.push(args.join(' ')) } as never;
	guardSettingUpdate({ oldSetting: setting(id, 'old'), newSetting: setting(id, value) } as never, logger, rejected, [], NOW);
	return lines;
}

describe('settings the admin saved that cannot be used', () => {
	it('a refused value is remembered until a valid one is saved, and logged in English', () => {
		const rejected = new Map<SettingId, ISettingRejection>();
		expect(save(rejected, 'expiry_thresholds', 'abc')).toEqual([
			'Setting "expiry_thresholds" rejected: "abc": “abc” is not a whole number. The previous value stays in force.',
		]);
		expect(rejected.get('expiry_thresholds')).toEqual({ problem: { kind: 'not-whole-number', item: 'abc' }, at: NOW.toISOString() });
		expect(save(rejected, 'expiry_thresholds', '30, 7')).toEqual([]);
		expect(rejected.size).toBe(0);
	});

	it('/license check words each note in the reader’s language, with the label Rocket.Chat shows', () => {
		const rejected = new Map<SettingId, ISettingRejection>();
		save(rejected, 'seat_thresholds', '150 %');
		const notes = settingNotes(rejected, toConfig({ email_recipients: 'ops@example.com; not-an-address' }));
		const en = renderSettingNotes(viewFor('en', NOW), notes)?.text ?? '';
		expect(en).toContain('⚠️ The setting “Seat warnings (percent of the cap)” was not saved (November 19, 2026): 150 is outside 1–100.');
		expect(en).toContain('The previous value stays in force.');
		expect(en).toContain('⚠️ The setting “Email recipients”: not an email address, so no mail goes there: not-an-address.');
		expect(en).not.toContain('ops@example');
		const de = renderSettingNotes(viewFor('de', NOW), notes)?.text ?? '';
		expect(de).toContain('Die Einstellung „Platzwarnungen (Prozent der Obergrenze)“ wurde nicht gespeichert');
		expect(renderSettingNotes(viewFor('en', NOW), [])).toBeUndefined();
	});

	it('what the admin typed is quoted inert and short: no mention, no markup, no 100 KB paste', () => {
		const rejected = new Map<SettingId, ISettingRejection>();
		save(rejected, 'expiry_thresholds', `@all*x*${'x.'.repeat(50_000)}`);
		const text = renderSettingNotes(viewFor('en', NOW), settingNotes(rejected, toConfig({})))?.text ?? '';
		expect(text.length).toBeLessThan(300);
		expect(markupFrom(text, `@all*x*${'x.'.repeat(50)}`)).toEqual([]);
		expect(text).toContain(`“@\u200Ball\\*x\\*${'x\\.'.repeat(16)}x…`);
		expect(text).toMatch(/100007 characters.*” is not a whole number/);
	});

	it('every setting has its label in every language, the same as the settings page (i18n/*.json)', () => {
		for (const language of LANGUAGES) {
			const page = JSON.parse(fs.readFileSync(path.join(__dirname, `../../../i18n/${language}.json`), 'utf8')) as Record<string, string>;
			for (const id of Object.values(SETTING)) {
				expect([language, id, (CATALOGUES[language] as Record<string, string>)[`setting_label_${id}`]]).toEqual([
					language,
					id,
					page[`${id}_label`],
				]);
			}
		}
		expect(Object.keys(SETTING_CHECKS).sort()).toEqual(Object.values(SETTING).sort());
	});
});
