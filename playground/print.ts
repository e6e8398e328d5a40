/** How the playground shows what the app posts: readable blocks for people, one JSON line per message for tools. */
import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';

import type { IOutboundCall, IPostedMessage, ISentEmail } from './engine/world';

export function asJsonLine(message: IPostedMessage): string {
	if (message.upload) {
		return JSON.stringify({ upload: { room: message.room, filename: message.upload.filename, size: message.upload.size } });
	}
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
	const shown = message.upload ? uploadText(message.upload) : message.text;
	const text = shown
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
	return `\n── ${where} · from ${message.sender} ──\n${text}\n`;
}

/** A webhook call as one JSON line {"webhook": {url, body}}, the body parsed when it is JSON. */
export function webhookJsonLine(call: IOutboundCall): string {
	let { body }: { body: unknown } = call;
	try {
		body = JSON.parse(call.body);
	} catch {
		// not JSON: shown as sent
	}
	return JSON.stringify({ webhook: { url: call.url, body } });
}

export function webhookReadable(call: IOutboundCall): string {
	const text = (JSON.parse(call.body || '{}') as { text?: string }).text ?? call.body;
	return `\n── webhook POST ${call.url} → ${call.status || 'no answer'} ──\n${indent(text)}\n`;
}

export const emailJsonLine = (email: ISentEmail): string =>
	JSON.stringify({ email: { to: email.to, subject: email.subject, text: email.text } });

export const emailReadable = (email: ISentEmail): string =>
	`\n── email to ${email.to.join(', ')} · ${email.subject} ──\n${indent(email.text)}\n`;

const indent = (text: string) =>
	text
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');

/** A file: its name and size, then its first lines. */
function uploadText(upload: NonNullable<IPostedMessage['upload']>): string {
	const lines = upload.content.split(/\r?\n/).filter(Boolean);
	const more = lines.length > 4 ? [`… ${lines.length - 4} more lines`] : [];
	return [`📎 ${upload.filename} (${upload.size} bytes)`, ...lines.slice(0, 4).map((line) => `   ${line}`), ...more].join('\n');
}

/** The app's own log lines (the engine's debug tracing is left out: it echoes method arguments). */
export function logLines(entry: ILoggerStorageEntry): string[] {
	return entry.entries
		.filter((line) => String(line.severity) !== 'debug')
		.map((line) => `[app ${line.severity}] ${line.args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`);
}
