/**
 * The deployment examples of docs/watch.md, run as written: the cron line through sh, the systemd unit's ExecStart with
 * its EnvironmentFile and StateDirectory, and the Kubernetes container's command with the token from its Secret.
 * Only the machine's paths are swapped for temporary ones, and --now pins the clock; a change to an example that
 * breaks it fails here.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { watchBundlePath } from '../../playground/build/package';
import type { ISimulatedWorkspace } from '../../playground/workspace/server';
import { startWorkspace } from '../../playground/workspace/server';

const TOKEN = 'deploy-token-5e4d3c2b1a';
const NOW = '2026-12-01T09:00:00Z';
const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'watch.md'), 'utf8');

/** The fenced blocks of a language in the page, in order. */
const blocks = (language: string): string[] =>
	[...DOC.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]);

let dir: string;
let ws: ISimulatedWorkspace;

/** The page's machine paths, and where this test puts each. */
function swapPaths(text: string): string {
	return text
		.replace(/\/usr\/local\/lib\/licenseapp-watch\.mjs|\/app\/licenseapp-watch\.mjs/g, watchBundlePath())
		.replace(/\/etc\/licenseapp\/watch\.json|\/config\/watch\.json/g, path.join(dir, 'watch.json'))
		.replace(/\/etc\/licenseapp\/acme\.token/g, path.join(dir, 'acme.token'))
		.replace(/\/usr\/bin\/node/g, process.execPath)
		.replace(/^\/state$/, path.join(dir, 'state'));
}

/** Absolute paths left unswapped: a run must write nowhere but the test's folder. */
const outside = (args: string[]) => args.filter((arg) => arg.startsWith('/') && !arg.startsWith(dir) && arg !== watchBundlePath());

function run(file: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(file, args, { env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, ...env } }, (error, stdout, stderr) =>
			resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
		);
	});
}

/** The notices of a run's JSON lines that concern the simulated workspace's air-gap countdown. */
const airGapNotices = (jsonLines: string) =>
	jsonLines
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as { workspace: string; finding: string })
		.filter((line) => line.workspace === 'acme' && line.finding === 'airgap');

beforeEach(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseapp-deploy-'));
	ws = await startWorkspace({ scenario: 'community', userId: 'watcher', token: TOKEN, rateLimit: false, now: () => new Date(NOW) });
	ws.setServerSettings({ Cloud_Workspace_AirGapped_Restrictions_Remaining_Days: '7' });
	const config = { workspaces: [{ name: 'acme', url: ws.url, userId: 'watcher', tokenEnv: 'ACME_RC_TOKEN', room: 'admins' }] };
	fs.writeFileSync(path.join(dir, 'watch.json'), JSON.stringify(config));
});

afterEach(async () => {
	await ws.close();
	fs.rmSync(dir, { recursive: true, force: true });
});

test('the cron line runs through sh, with the token from its file and the notices appended as JSON lines', async () => {
	const [cron] = blocks('cron');
	const command = cron.trim().split(/\s+/).slice(5).join(' ');
	fs.writeFileSync(path.join(dir, 'acme.token'), `${TOKEN}\n`);
	const result = await run('sh', ['-c', `${swapPaths(command)} --now ${NOW}`], { HOME: dir });
	expect(result).toEqual(expect.objectContaining({ code: 0 }));
	expect(airGapNotices(fs.readFileSync(path.join(dir, 'licenseapp-watch.jsonl'), 'utf8'))).toHaveLength(1);
	expect(fs.readdirSync(path.join(dir, 'licenseapp-watch-state'))).toContain('acme.json');
	expect(ws.posted).toHaveLength(1);
});

test("the systemd unit's ExecStart runs with its EnvironmentFile's token and its StateDirectory", async () => {
	const unit = blocks('ini').find((block) => block.includes('ExecStart='));
	const execStart = /^ExecStart=(.+)$/m.exec(unit ?? '')?.[1] ?? '';
	expect(unit).toMatch(/^EnvironmentFile=\S+$/m);
	expect(unit).toMatch(/^StateDirectory=licenseapp-watch$/m);
	const stateDirectory = path.join(dir, 'var-lib-licenseapp-watch');
	fs.mkdirSync(stateDirectory);
	// systemd expands ${STATE_DIRECTORY} itself and runs the command without a shell.
	const [file, ...args] = swapPaths(execStart).replace('${STATE_DIRECTORY}', stateDirectory).split(/\s+/);
	expect(outside(args)).toEqual([]);
	const result = await run(file, [...args, '--now', NOW], { ACME_RC_TOKEN: TOKEN });
	expect(result.code).toBe(0);
	expect(airGapNotices(result.stdout)).toHaveLength(1);
	expect(fs.readdirSync(stateDirectory)).toContain('acme.json');
});

test("the Kubernetes CronJob's container command runs with the token its Secret puts in the environment", async () => {
	const [yaml] = blocks('yaml');
	const command = JSON.parse((/command: (\[.*\])/.exec(yaml)?.[1] ?? '[]').replace(/'/g, '"')) as string[];
	expect(yaml).toMatch(/- name: ACME_RC_TOKEN\n\s+valueFrom:\n\s+secretKeyRef:/);
	const [node, ...args] = command.map(swapPaths);
	expect(node).toBe('node');
	expect(outside(args)).toEqual([]);
	const result = await run(process.execPath, [...args, '--now', NOW], { ACME_RC_TOKEN: TOKEN });
	expect(result.code).toBe(0);
	expect(airGapNotices(result.stdout)).toHaveLength(1);
	expect(fs.readdirSync(path.join(dir, 'state'))).toContain('acme.json');
	expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
});
