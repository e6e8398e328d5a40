/** Shared plumbing for end-to-end tests: sessions on the packaged zip in the real engine, and the playground CLI. */
import * as path from 'path';

import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import { ENGINE_VARIABLE } from '../../playground/engine/engines';
import type { IPostedMessage } from '../../playground/engine/world';
import type { ISessionOptions } from '../../playground/session';
import { Session } from '../../playground/session';
import { expectEveryMessageParsed, recordParsed } from '../support/messageParser';
import type { ITsxResult } from '../support/runTsx';
import { runTsx } from '../support/runTsx';

// Every text the app posts in an end-to-end test must parse as Rocket.Chat's clients parse it.
afterEach(expectEveryMessageParsed);

// A Deno runtime that fails to start should fail a test in seconds, not after the engine's default 30 s.
process.env.APPS_ENGINE_RUNTIME_TIMEOUT = process.env.APPS_ENGINE_RUNTIME_TIMEOUT ?? '15000';

export const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The instant every end-to-end session and CLI run starts at unless a test picks its own: a test's outcome never
 * depends on the day it runs. A Wednesday late in January, in no daylight-saving change and no month's edge.
 */
export const TEST_NOW = '2027-01-27T10:00:00Z';

export interface ICaptured {
	session: Session;
	logs: ILoggerStorageEntry[];
}

export async function openSession(options: ISessionOptions = {}): Promise<ICaptured> {
	const logs: ILoggerStorageEntry[] = [];
	const onMessage = (message: IPostedMessage) => [recordParsed(message), options.onMessage?.(message)];
	const session = await Session.open({ now: TEST_NOW, ...options, onMessage, onLog: (entry) => logs.push(entry) });
	return { session, logs };
}

export const texts = (messages: IPostedMessage[]): string => messages.map((message) => message.text).join('\n---\n');

/** The app's log lines of a given severity, as text. */
export function logText(logs: ILoggerStorageEntry[], severities: string[] = ['info', 'warning', 'error']): string {
	return logs
		.flatMap((entry) => entry.entries)
		.filter((line) => severities.includes(line.severity))
		.map((line) => JSON.stringify(line.args))
		.join('\n');
}

/** A CLI run: its exit code and output. */
export type ICliResult = ITsxResult;

/**
 * Runs `npm start -- args` the way a user does (tsx, no shell), with a clean environment but for PATH, HOME and the
 * engine, at `--now TEST_NOW` unless the arguments set --now themselves. `onStdout` sees stdout as it comes, to act while
 * the run is still going.
 */
export function cli(args: string[], env: Record<string, string> = {}, onStdout?: (chunk: string) => void): Promise<ICliResult> {
	const clock = args.some((arg) => arg === '--now' || arg.startsWith('--now=')) ? [] : ['--now', TEST_NOW];
	return runTsx('playground/cli.ts', [...clock, ...args], {
		env: {
			APPS_ENGINE_RUNTIME_TIMEOUT: '15000',
			// The CLI runs on the engine this jest project tests.
			[ENGINE_VARIABLE]: process.env[ENGINE_VARIABLE] ?? '',
			...env,
		},
		timeout: 60_000,
		onStdout,
	});
}

/** --json output: one message per line. */
export function jsonLines(stdout: string): Array<{ room: string; ephemeral: boolean; text: string; blocks: unknown[] }> {
	return stdout
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line))
		.map((message) => {
			recordParsed(message);
			return message;
		});
}
