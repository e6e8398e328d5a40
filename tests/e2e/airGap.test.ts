/** The air-gap countdown through the playground CLI: Rocket.Chat's setting set with --server-setting, days 7, 3 and 0. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { cli, jsonLines } from './harness';

const AIR_GAP = 'Cloud_Workspace_AirGapped_Restrictions_Remaining_Days';

describe('the air-gap countdown', () => {
	let dir: string;
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-airgap-'));
	});
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	const day = async (days: number) => {
		const result = await cli([
			'--job',
			'daily-check',
			'--server-setting',
			`${AIR_GAP}=${days}`,
			'--state',
			path.join(dir, 's.json'),
			'--json',
		]);
		expect(result.code).toBe(0);
		return jsonLines(result.stdout).map((message) => message.text);
	};

	it('warns at 7 days and again at 3, and is critical at 0, in the admin room', async () => {
		const [seven] = await day(7);
		expect(seven).toContain('⚠️ This workspace becomes read-only in 7 days unless it reports its statistics to Rocket.Chat Cloud.');
		expect(seven).toContain('Connect it to the internet');
		const [three] = await day(3);
		expect(three).toContain('read-only in 3 days');
		const [zero] = await day(0);
		expect(zero).toContain('🚨 This workspace is read-only');
	});

	it('refuses a --server-setting without a value before anything boots', async () => {
		const result = await cli(['--server-setting', 'Language']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--server-setting expects ID=VALUE');
	});
});
