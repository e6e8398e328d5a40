/** dailyCheck.ts: read, advance, post what is new once, remember it; a failed read or a failed post never breaks a run. */
import type { IAppConfig } from '../../../lib/domain/settings';
import { SETTING, toConfig } from '../../../lib/domain/settings';
import { KEYS } from '../../../lib/engine/store';
import { AppState } from '../../../lib/flows/appState';
import { runDailyCheck } from '../../../lib/flows/dailyCheck';
import { Deadline } from '../../../lib/kit/deadline';
import { API_PATHS } from '../../../lib/kit/paths';
import type { Route } from '../fakes/accessors';
import { fakeAccessors, jsonReply, room, user } from '../fakes/accessors';
import { CONNECTED, OWNER_ID, minimalLicensesInfo, permissionsAnswer } from '../fakes/workspace';
import { DEFAULT_PERMISSION_ROLES } from '../fixtures/permissions';

const NOW = new Date('2026-11-19T09:00:00.000Z');
const dayAfter = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const CONFIG: IAppConfig = toConfig({ ...CONNECTED, [SETTING.adminRoom]: 'admins' });

function setUp(seats: number, extra: Record<string, Route> = {}) {
	const fakes = fakeAccessors(
		{ users: [user(OWNER_ID, ['admin'])], rooms: [room('r-admins', 'admins')] },
		{
			[API_PATHS.licensesInfo]: jsonReply(minimalLicensesInfo({ seats, cap: 200, now: NOW })),
			[API_PATHS.permissions]: jsonReply(permissionsAnswer(DEFAULT_PERMISSION_ROLES)),
			...extra,
		},
	);
	const state = new AppState();
	const check = (now = NOW, config = CONFIG) => runDailyCheck(fakes.accessors, state, config, 0, Deadline.none(), now);
	const setSeats = (count: number) => {
		fakes.http.routes[API_PATHS.licensesInfo] = jsonReply(minimalLicensesInfo({ seats: count, cap: 200, now: NOW }));
	};
	return { ...fakes, state, check, setSeats };
}

describe('the daily check', () => {
	it('posts a finding once in the admin room and remembers it: the next day says nothing new', async () => {
		const { check, modify } = setUp(185);
		const first = await check();
		expect(first.postedTo).toBe('#admins');
		expect(first.notices).toHaveLength(1);
		const second = await check(dayAfter(1));
		expect(second.findings.map((finding) => finding.id)).toEqual(first.findings.map((finding) => finding.id));
		expect(second.notices).toEqual([]);
		expect(modify.posts).toHaveLength(1);
		expect(modify.posts[0].text).toContain('185');
	});

	it('posts again when a finding escalates', async () => {
		const { check, setSeats, modify } = setUp(165);
		await check();
		setSeats(200);
		await check(dayAfter(1));
		expect(modify.posts).toHaveLength(2);
		expect(modify.posts[1].text).toContain('200');
	});

	it('says nothing on a healthy workspace', async () => {
		const { check, modify, persistence } = setUp(20);
		expect((await check()).notices).toEqual([]);
		expect(modify.posts).toEqual([]);
		expect(persistence.get(KEYS.checkState)).toHaveLength(1);
	});

	it('survives a failed read: no throw, the error counted and logged, said once and not again every day', async () => {
		const { check, modify, persistence, logger } = setUp(20, { [API_PATHS.licensesInfo]: { statusCode: 502, content: 'Bad Gateway' } });
		const result = await check();
		expect(result.outcome.ok).toBe(false);
		expect(persistence.get(KEYS.checkStats)).toEqual([expect.objectContaining({ readErrors: { 'server-error': 1 } })]);
		expect(logger.lines('warn').join('\n')).toContain('could not read the license');
		expect(modify.posts).toHaveLength(1);
		expect(modify.posts[0].text).toContain('HTTP 502');
		for (let day = 1; day < CONFIG.failureDays; day++) {
			await check(dayAfter(day));
		}
		expect(modify.posts).toHaveLength(1);
	});

	it('remembers nothing it could not post, so the next check posts it', async () => {
		const { check, modify, world, logger } = setUp(185);
		const rooms = [...world.rooms];
		world.rooms.length = 0;
		world.users = [];
		const missed = await check();
		expect(missed.postedTo).toBeUndefined();
		expect(logger.lines('error').join('\n')).toContain('could not be posted');
		world.rooms.push(...rooms);
		expect((await check(dayAfter(1))).postedTo).toBe('#admins');
		expect(modify.posts).toHaveLength(1);
	});

	it('runs one check at a time: two at once post the notice once', async () => {
		const { check, modify } = setUp(185);
		await Promise.all([check(), check()]);
		expect(modify.posts).toHaveLength(1);
	});

	it('mentions @here in a critical notice only when the app user may', async () => {
		const config = { ...CONFIG, mentionHere: true };
		const refused = setUp(200);
		await refused.check(NOW, config);
		expect(refused.modify.posts[0].text).not.toContain('@here');
		const granted = setUp(200, {
			[API_PATHS.permissions]: jsonReply(permissionsAnswer({ ...DEFAULT_PERMISSION_ROLES, 'mention-here': ['user', 'app'] })),
		});
		await granted.check(NOW, config);
		expect(granted.modify.posts[0].text).toContain('@here');
	});
});
