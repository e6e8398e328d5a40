/**
 * The routes an outside reader (watch/) calls besides the app's: the public settings and chat.postMessage, with the rules and
 * validators of Rocket.Chat (docs/rocketchat-api.md §15). The posted messages are kept so tests can read the room.
 */
import { isChatPostMessageProps } from '@rocket.chat/rest-typings/dist/v1/chat';
import { isSettingsPublicWithPaginationProps } from '@rocket.chat/rest-typings/dist/v1/settings';

import type { IAnswer } from './errors';
import { invalidParams, json } from './errors';
import type { Validator } from './validators';

export interface IPostedMessage {
	room: string;
	text: string;
	userId: string;
}

const problemOf = (validate: Validator): string => (validate.errors ?? []).map((error) => error.message ?? '').join(', ');

/** settings.public: no credentials needed; only settings marked public and not hidden, as {_id, value}. */
export function answerPublicSettings(query: Record<string, string>, settings: Record<string, unknown>): IAnswer {
	const validate = isSettingsPublicWithPaginationProps as Validator;
	if (!validate(query)) {
		return invalidParams(problemOf(validate));
	}
	const ids = query._id ? query._id.split(',').map((id) => id.trim()) : Object.keys(settings);
	const found = ids.filter((id) => id in settings).map((id) => ({ _id: id, value: settings[id] }));
	return json(200, { settings: found, count: found.length, offset: 0, total: found.length, success: true });
}

/**
 * chat.postMessage by `channel` ("#name") or `roomId`: refused while the air-gap restriction makes the workspace read-only
 * (applyAirGappedRestrictionsValidation), and for a room that does not exist.
 */
export function answerPostMessage(
	body: unknown,
	rooms: readonly string[],
	readOnly: boolean,
	userId: string,
	posted: IPostedMessage[],
): IAnswer {
	const validate = isChatPostMessageProps as Validator;
	if (!validate(body)) {
		return invalidParams(problemOf(validate));
	}
	if (readOnly) {
		return json(400, { success: false, error: 'Workspace is in read-only mode [restricted-workspace]', errorType: 'restricted-workspace' });
	}
	const { channel, roomId, text } = body as { channel?: string; roomId?: string; text?: string };
	const room = (channel ?? roomId ?? '').replace(/^#/, '');
	if (!rooms.includes(room)) {
		return json(400, { success: false, error: 'invalid-channel', errorType: 'invalid-channel' });
	}
	const message = { room, text: text ?? '', userId };
	posted.push(message);
	return json(200, { success: true, ts: Date.now(), channel: room, message: { msg: message.text, rid: room } });
}
