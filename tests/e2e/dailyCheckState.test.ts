/** The daily check through the playground CLI with --state, as after real restarts: what it posts run after run. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { cli, jsonLines } from './harness';

const JOB = ['--job', 'daily-check'];

// Each test runs the CLI three to five times, each a fresh engine (about 8 s on an idle 2-core machine).
jest.setTimeout(180_000);

describe('the daily job through the playground CLI, with --state', () => {
	let dir: string;
	let state: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-state-'));
		state = path.join(dir, 'state.json');
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	const run = async (scenario: string, ...extra: string[]) => {
		const result = await cli(['--scenario', scenario, ...JOB, '--state', state, '--json', ...extra]);
		expect(result.code).toBe(0);
		return jsonLines(result.stdout);
	};

	it('posts once when run twice, and nothing new after a restart', async () => {
		const first = await cli(['--scenario', 'near-cap', ...JOB, ...JOB, '--state', state, '--json']);
		const posted = jsonLines(first.stdout);
		expect(posted).toHaveLength(1);
		expect(posted[0]).toMatchObject({ room: 'admins', ephemeral: false });
		expect(posted[0].text).toContain('Seats are 92.5% full: 185 of 200 used, 15 left.');
		expect(posted[0].text).toContain('Guests at 92% of the cap: 46 of 50.');
		expect(JSON.parse(fs.readFileSync(state, 'utf8')).persistence.length).toBeGreaterThan(0);
		// A restart (or a second server of a cluster) reads the same persistence and has nothing new to say.
		expect(await run('near-cap')).toHaveLength(0);
	});

	it('escalates as seats fill, says so once when they recover, and then keeps quiet', async () => {
		expect(await run('near-cap')).toHaveLength(1);
		const [worse] = await run('over-cap');
		expect(worse.text).toContain('🚨 Seat cap reached: 205 of 200 used. At the cap, new users cannot be created or activated.');
		// A recovery is told once it holds for two checks (hysteresis): the guests left the warning zone a check earlier.
		const [guests] = await run('healthy');
		expect(guests.text).toContain('✅ Guests: back under 80% (12 of 100).');
		expect(guests.text).not.toContain('Seats are back');
		const [better] = await run('healthy');
		expect(better.text).toContain('✅ Seats are back under 80%: 120 of 200.');
		expect(await run('healthy')).toHaveLength(0);
	});

	it('calls a lapse a lapse, not Community, and the renewal good news, once each', async () => {
		expect(await run('healthy')).toHaveLength(0);
		const [lapsed] = await run('lapsed');
		expect(lapsed.text).toMatch(
			/🚨 The Enterprise license is no longer active \(noticed on \w+ \d+, \d{4}\)\. The workspace now runs with Community limits\./,
		);
		expect(lapsed.text).not.toContain('Community limits apply');
		expect(await run('lapsed')).toHaveLength(0);
		expect(await run('healthy')).toHaveLength(0);
		const [back] = await run('healthy');
		expect(back.text).toMatch(/✅ An Enterprise license is active again: Enterprise, valid until/);
		expect(await run('healthy')).toHaveLength(0);
	});

	it('says once when new users are no longer blocked, and again if they are blocked later', async () => {
		expect(await run('over-cap')).toHaveLength(1);
		// The first check that is no longer blocked says nothing about it yet (hysteresis).
		const [first] = await run('near-cap');
		expect(first.text).not.toContain('New users can be created');
		const [freed] = await run('near-cap');
		expect(freed.text).toContain('✅ New users can be created and activated again: 185 of 200 seats used.');
		expect(await run('near-cap')).toHaveLength(0);
		const [again] = await run('over-cap');
		expect(again.text).toContain('🚨 Seat cap reached');
	});

	it('names the host it could not reach, in the admin room too', async () => {
		const [down] = await run('unreachable');
		expect(down.text).toContain('The workspace at 127.0.0.1:9 could not be reached.');
	});

	it('posts one notice for an outage, not one a day', async () => {
		const [down] = await run('server-error');
		expect(down.text).toContain('⚠️ License data cannot be read: The workspace answered with a server error (HTTP 502).');
		expect(await run('server-error')).toHaveLength(0);
		expect(await run('healthy')).toHaveLength(0);
		const [up] = await run('healthy');
		expect(up.text).toContain('✅ License data can be read again.');
	});

	it('posts a daily digest once a day when asked', async () => {
		const [digest] = await run('healthy', '--setting', 'daily_digest=true');
		expect(digest.text).toMatch(/📋 Daily license status: Enterprise · seats 120 of 200 · expires/);
		expect(await run('healthy', '--setting', 'daily_digest=true')).toHaveLength(0);
	});

	it('exits 0 and prints exactly one JSON object per message', async () => {
		const result = await cli(['--scenario', 'unauthorized', '--run', '/license', '--run', '/seats', '--json']);
		expect(result.code).toBe(0);
		const lines = jsonLines(result.stdout);
		expect(lines).toHaveLength(2);
		for (const line of lines) {
			expect(Object.keys(line).sort()).toEqual(['blocks', 'ephemeral', 'room', 'text']);
			expect(line.text).toContain('HTTP 401');
		}
	});

	it('lists the scenarios', async () => {
		const result = await cli(['--scenario', 'list']);
		expect(result.code).toBe(0);
		for (const name of ['healthy', 'near-cap', 'trial-ending', 'over-cap', 'unlimited', 'no-license', 'old-6.4', 'unreachable']) {
			expect(result.stdout).toMatch(new RegExp(`^${name.replace('.', '\\.')}\\s`, 'm'));
		}
	});
});
