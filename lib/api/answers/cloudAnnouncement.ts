/**
 * licenses.info's `cloudSyncAnnouncement` (callers with manage-cloud; core-typings ICloudSyncAnnouncement
 * `{viewId, appId, blocks}`): UIKit blocks Rocket.Chat Cloud wrote for the Subscription page, read as plain text. Anything
 * else in it is ignored: the announcement is a courtesy, never a reason to fail a reading.
 */
import { isRecord } from '../../kit/json';

/** The longest announcement kept, in characters: enough for a callout, short enough for one line of a reply. */
export const ANNOUNCEMENT_MAX = 500;

/** The text of a UIKit text object, `{type, text}`, or of a plain string. */
const textOf = (value: unknown): string | undefined => {
	const text = isRecord(value) ? value.text : value;
	return typeof text === 'string' && text.trim() ? text.trim() : undefined;
};

/** Titles, texts and context elements of the blocks, in order, joined; undefined when there is none. */
export function announcementText(value: unknown): string | undefined {
	const blocks = isRecord(value) && Array.isArray(value.blocks) ? value.blocks : [];
	const parts = blocks.filter(isRecord).flatMap((block) => {
		const elements = Array.isArray(block.elements) ? block.elements.map(textOf) : [];
		return [textOf(block.title), textOf(block.text), ...elements];
	});
	const text = parts
		.filter((part): part is string => !!part)
		.join(' ')
		.replace(/\s+/g, ' ');
	return text ? text.slice(0, ANNOUNCEMENT_MAX) : undefined;
}
