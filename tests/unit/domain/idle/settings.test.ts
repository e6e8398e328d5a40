import { parseNameList, toConfig } from '../../../../lib/domain/settings';

describe('idle-seat settings', () => {
	it('default to 30 days, role admin excluded, no user excluded', () => {
		const config = toConfig({});
		expect([config.idleDays, config.idleExcludedRoles, config.idleExcludedUsers]).toEqual([30, ['admin'], []]);
	});

	it('read name lists with commas, semicolons or spaces, "@" dropped, duplicates once', () => {
		expect(parseNameList('admin, owner;@ceo  ceo')).toEqual({ ok: true, value: ['admin', 'owner', 'ceo'] });
		expect(parseNameList('')).toEqual({ ok: true, value: [] });
		expect(parseNameList('admin, <script>').ok).toBe(false);
	});

	it('fall back to the default for an invalid value', () => {
		const config = toConfig({ idle_days: 0, idle_excluded_roles: 'a|b' });
		expect([config.idleDays, config.idleExcludedRoles]).toEqual([30, ['admin']]);
		expect(toConfig({ idle_days: '90' }).idleDays).toBe(90);
	});
});
