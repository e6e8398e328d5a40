/**
 * A tour of what the app posts: every command, in every language, for each kind of workspace, and the daily check
 * through announcements, escalations, recoveries, a lapse, read failures and the direct-message fallback. The render
 * check draws every block of it. `tsx playground/preview/tour.ts` prints the messages as --json lines.
 */
import type { IPostedMessage } from '../engine/world';
import { asJsonLine } from '../print';
import type { ISessionOptions } from '../session';
import { Session } from '../session';

type Step =
	| { run: string; user?: string; direct?: boolean }
	| { job: string }
	| { scenario: string }
	| { setting: [string, string | boolean | number] }
	| { language: [string, string] };

interface IStop {
	options: ISessionOptions;
	steps: Step[];
}

const JOB = { job: 'daily-check' };
const COMMANDS = ['/license', '/license limits', '/license modules', '/seats'].map((run) => ({ run }));

/** Answers are cached per server for a minute, so each kind of data gets a session of its own. */
export const TOUR: IStop[] = [
	{
		options: { scenario: 'healthy' },
		steps: [
			...COMMANDS,
			{ run: '/license help' },
			{ run: '/license check' },
			{ run: '/license frobnicate' },
			{ run: '/seats all please' },
			{ run: '/license', user: 'user' },
			{ run: '/seats', user: 'user', direct: true },
			{ language: ['admin', 'pt-BR'] },
			{ run: '/license' },
			{ run: '/license limits' },
			{ language: ['admin', 'es'] },
			{ run: '/seats' },
			{ run: '/license help' },
			{ language: ['admin', 'de'] },
			{ run: '/license' },
			{ run: '/license check' },
			{ language: ['admin', 'en'] },
			{ setting: ['daily_digest', true] },
			JOB,
			{ setting: ['access_token', ''] },
			{ run: '/seats' },
		],
	},
	{
		// The app role granted mention-here, as an admin does for @here on critical notices (Rocket.Chat's default lacks it).
		options: {
			scenario: 'near-cap',
			settings: { mention_here_on_critical: 'true' },
			permissionRoles: { 'mention-here': ['admin', 'owner', 'moderator', 'user', 'app'] },
		},
		steps: [
			...COMMANDS,
			{ run: '/license check' },
			JOB,
			{ scenario: 'over-cap' },
			JOB,
			{ scenario: 'near-cap' },
			JOB,
			{ scenario: 'healthy' },
			JOB,
			{ scenario: 'lapsed' },
			JOB,
			{ scenario: 'healthy' },
			JOB,
			{ scenario: 'server-error' },
			JOB,
			{ scenario: 'healthy' },
			JOB,
			{ scenario: 'trial-ending' },
			{ setting: ['admin_room', 'nope'] },
			JOB,
			{ scenario: 'expires-today' },
			JOB,
		],
	},
	{ options: { scenario: 'over-cap' }, steps: COMMANDS },
	{ options: { scenario: 'no-license' }, steps: COMMANDS },
	{ options: { scenario: 'unlimited' }, steps: COMMANDS },
	{ options: { scenario: 'trial-ending', userLanguages: { admin: 'pt-BR' } }, steps: [...COMMANDS, JOB] },
	{ options: { scenario: 'old-6.4' }, steps: COMMANDS },
	{
		// Failures are never cached: one session walks through them all.
		options: { scenario: 'unauthorized', settings: { request_timeout: '1' } },
		steps: ['unauthorized', 'forbidden', 'forbidden-8x', 'server-error', 'malformed', 'timeout', 'rate-limited'].flatMap((scenario) => [
			{ scenario },
			{ run: '/license' },
			JOB,
		]),
	},
];

/** Runs the tour and returns every message posted, in order. */
export async function runTour(stops: IStop[] = TOUR): Promise<IPostedMessage[]> {
	const posted: IPostedMessage[] = [];
	for (const stop of stops) {
		const session = await Session.open({ ...stop.options, onMessage: (message) => posted.push(message) });
		try {
			for (const step of stop.steps) {
				if ('run' in step) {
					await session.run(step.user ?? 'admin', step.run, { direct: step.direct });
				} else if ('job' in step) {
					await session.job(step.job);
				} else if ('scenario' in step) {
					session.workspace?.setScenario(step.scenario);
				} else if ('setting' in step) {
					await session.playground.setSetting(step.setting[0], step.setting[1]);
				} else {
					session.playground.world.setLanguage(...step.language);
				}
			}
		} finally {
			await session.close();
		}
	}
	return posted;
}

if (require.main === module) {
	// The engine writes its own diagnostics with console.log: keep stdout for the messages.
	console.log = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
	runTour().then(
		(messages) => {
			process.stdout.write(messages.map((message) => `${asJsonLine(message)}\n`).join(''));
			process.exit(0);
		},
		(error: unknown) => {
			process.stderr.write(`tour: ${error instanceof Error ? error.message : String(error)}\n`);
			process.exit(1);
		},
	);
}
