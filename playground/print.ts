/** How the playground shows what the app posts: readable blocks for people, one JSON line per message for tools. */
import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import type { IPostedMessage } from './engine/world';

export function asJsonLine(message: IPostedMessage): string {
	return JSON.stringify({
		room: message.room,
		ephemeral: message.ephemeral,
		text: message.text,
		blocks: message.blocks,
		...(message.updated && { updated: true }),
	});
}

export function asReadable(message: IPostedMessage): string {
	const where = `${message.ephemeral ? `#${message.room} · only ${message.to ?? 'the room'} sees it` : `#${message.room}`}${message.updated ? ' · updated' : ''}`;
	const text = message.text
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
	return `\n── ${where} · from ${message.sender} ──\n${text}\n`;
}

/** The app's own log lines (the engine's debug tracing is left out: it echoes method arguments). */
export function logLines(entry: ILoggerStorageEntry): string[] {
	return entry.entries
		.filter((line) => String(line.severity) !== 'debug')
		.map((line) => `[app ${line.severity}] ${line.args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`);
}
