/** Shared plumbing for end-to-end tests: sessions on the packaged zip in the real engine, and the playground CLI. */
import { execFile } from 'child_process';
import * as path from 'path';

import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import type { IPostedMessage } from '../../playground/engine/world';
import type { ISessionOptions } from '../../playground/session';
import { Session } from '../../playground/session';

// A Deno runtime that fails to start should fail a test in seconds, not after the engine's default 30 s.
process.env.APPS_ENGINE_RUNTIME_TIMEOUT = process.env.APPS_ENGINE_RUNTIME_TIMEOUT ?? '15000';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ICaptured {
	session: Session;
	logs: ILoggerStorageEntry[];
}

export async function openSession(options: ISessionOptions = {}): Promise<ICaptured> {
	const logs: ILoggerStorageEntry[] = [];
	const session = await Session.open({ ...options, onLog: (entry) => logs.push(entry) });
	return { session, logs };
}

export const texts = (messages: IPostedMessage[]): string => messages.map((message) => message.text).join('\n---\n');

/** Every text inside UIKit blocks, to compare with the plain-text rendering. */
export function blockTexts(blocks: unknown[]): string[] {
	return blocks.flatMap((block) => {
		const b = block as { text?: { text: string }; elements?: Array<{ text?: string | { text: string } }> };
		// Context elements carry their text as a string, buttons as a plain_text object.
		const elementText = (text: string | { text: string } | undefined) => (typeof text === 'string' ? text : text?.text);
		return [b.text?.text, ...(b.elements ?? []).map((element) => elementText(element.text))].filter((text): text is string => !!text);
	});
}

/** The app's log lines of a given severity, as text. */
export function logText(logs: ILoggerStorageEntry[], severities: string[] = ['info', 'warning', 'error']): string {
	return logs
		.flatMap((entry) => entry.entries)
		.filter((line) => severities.includes(line.severity))
		.map((line) => JSON.stringify(line.args))
		.join('\n');
}

export interface ICliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `npm start -- args` the way a user does (tsx, no shell), with a clean environment but for PATH and HOME. */
export function cli(args: string[], env: Record<string, string> = {}): Promise<ICliResult> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'playground', 'cli.ts'), ...args],
			{
				cwd: ROOT,
				env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', APPS_ENGINE_RUNTIME_TIMEOUT: '15000', ...env },
				timeout: 60_000,
			},
			(error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
		);
	});
}

/** --json output: one message per line. */
export function jsonLines(stdout: string): Array<{ room: string; ephemeral: boolean; text: string; blocks: unknown[] }> {
	return stdout
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line));
}
