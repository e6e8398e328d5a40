/** The Rocket.Chat version from /api/info, and what depends on it. Pure. */

export interface IVersion {
	major: number;
	minor: number;
}

/** "8.5.0", "8.5" or "8.5.0-rc.1" → {major 8, minor 5}; anything else → undefined. */
export function parseVersion(value: unknown): IVersion | undefined {
	const match = typeof value === 'string' ? /^(\d{1,4})\.(\d{1,4})(?:[.\-+]|$)/.exec(value.trim()) : null;
	return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

/** From 8.5.0 deactivating a user also deletes their OAuth tokens (docs/rocketchat-api.md §14). */
export function revokesOAuthOnDeactivate(version: IVersion | undefined): boolean {
	return !!version && (version.major > 8 || (version.major === 8 && version.minor >= 5));
}
