/**
 * Whether a license answer came from another workspace. Rocket.Chat's HTTP bridge follows redirects and hands the app
 * the requested URL, not the final one, so the app cannot see a redirect; but a license names the workspace it was
 * issued to, and Rocket.Chat invalidates a license whose `validation.serverUrls` do not all match its own Site_Url. So
 * a license that names another address was served by another workspace: a redirect,
 * or a server URL setting that points elsewhere (docs/rocketchat-api.md §1). Pure: plain data in, plain data out.
 */
import { sha256, utf8Bytes } from '../kit/hmac';

/**
 * The workspace a license names (ILicenseV3 `validation`). Its `cloudWorkspaceId` is not compared: this workspace's own
 * id (setting Cloud_Workspace_Id) is hidden and secret: an app reads it only when its permission names it, and LicenseApp
 * does not ask for it (docs/rocketchat-api.md §1).
 */
export interface ILicensedWorkspace {
	serverUrls: Array<{ value: string; type: string }>;
}

/** Site_Url as Rocket.Chat compares it with serverUrls: one trailing slash and the http(s) scheme removed (License.setWorkspaceUrl). */
export function licensedForm(siteUrl: string): string {
	return siteUrl.replace(/\/$/, '').replace(/^https?:\/\/(.*)$/, '$1');
}

const hex = (bytes: number[]) => bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** Regular-expression characters other than the dot and the star: a value holding one is not judged here. */
const REGEX_SYNTAX = /[\\^$+?()[\]{}|]/;

/**
 * `pattern` (dots literal, * any run) matches all of `text`, case-insensitively: Rocket.Chat's regex entries as they are
 * written, matched in linear passes rather than by a RegExp, so a hostile pattern cannot make the app backtrack.
 */
function globMatches(pattern: string, text: string): boolean {
	const p = pattern.toLowerCase();
	const t = text.toLowerCase();
	let reach = [true, ...Array.from(t, () => false)];
	for (const char of p) {
		const next = reach.map(() => false);
		for (let i = 0; i <= t.length; i++) {
			if (char === '*') {
				next[i] = reach[i] || (i > 0 && next[i - 1]);
			} else if (i > 0) {
				next[i] = reach[i - 1] && t[i - 1] === char;
			}
		}
		reach = next;
	}
	return reach[t.length];
}

/** Rocket.Chat's match of one serverUrls entry (validateLicenseUrl); undefined when it cannot be told here. */
export function matchesEntry(entry: { value: string; type: string }, workspaceUrl: string): boolean | undefined {
	switch (entry.type) {
		case 'url':
			return entry.value.toLowerCase() === workspaceUrl.toLowerCase();
		case 'regex':
			return REGEX_SYNTAX.test(entry.value) ? undefined : globMatches(entry.value, workspaceUrl);
		case 'hash':
			return entry.value === hex(sha256(utf8Bytes(workspaceUrl)));
		default:
			return undefined;
	}
}

/**
 * The address the license names instead of this workspace's Site_Url ('' when only a hash entry fails, as its value says
 * nothing); undefined when the license names this workspace, or nothing can be told (no Site_Url, no names).
 */
export function otherWorkspace(licensed: ILicensedWorkspace | undefined, siteUrl: string | undefined): string | undefined {
	if (!licensed || !siteUrl) {
		return undefined;
	}
	const workspaceUrl = licensedForm(siteUrl);
	const stranger = licensed.serverUrls.find((entry) => matchesEntry(entry, workspaceUrl) === false);
	if (!stranger) {
		return undefined;
	}
	return stranger.type === 'hash' ? '' : stranger.value;
}
