/**
 * Where the token may travel. Every request carries it in X-Auth-Token, and Rocket.Chat's HTTP bridge for apps follows
 * redirects keeping that header (docs/rocketchat-api.md §13): the app cannot see or stop a redirect, so it refuses
 * what it can see, an http:// server URL on a host other than this machine, unless an admin allows it explicitly.
 */
import { ApiError } from './errors';

/**
 * localhost, 127.0.0.0/8 and ::1: the token does not leave the machine. Not `*.localhost`: a resolver that does not
 * treat that suffix specially could send it anywhere.
 */
export function isLoopback(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	return host === 'localhost' || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

/** "https://user:pw@chat.example.com:3000/x" → scheme "https", host "chat.example.com:3000", hostname "chat.example.com". */
export function parseBaseUrl(url: string): { scheme: string; host: string; hostname: string } | undefined {
	const match = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?(\[[^\]/?#\s]*\]|[^:/?#@\s]+)(:\d+)?(?:[/?#]|$)/i.exec(url.trim());
	if (!match) {
		return undefined;
	}
	return { scheme: match[1].toLowerCase(), host: `${match[2]}${match[3] ?? ''}`, hostname: match[2] };
}

/** "chat.example.com:3000" from a base URL, never credentials, a path or a query. */
export function hostOf(url: string): string | undefined {
	return parseBaseUrl(url)?.host;
}

/** undefined when the token may go to `baseUrl`; the insecure-url error otherwise. */
export function transportProblem(baseUrl: string, allowHttp: boolean): ApiError | undefined {
	const url = parseBaseUrl(baseUrl);
	if (!url || (url.scheme !== 'http' && url.scheme !== 'https')) {
		return new ApiError('invalid-url');
	}
	if (url.scheme === 'https' || allowHttp || isLoopback(url.hostname)) {
		return undefined;
	}
	return new ApiError('insecure-url', { host: url.host });
}

/**
 * Whether a redirect could carry the token somewhere unexpected: the server URL is not this server's own Site URL (or
 * that is unknown), or it is plain http to a host other than this machine. This server's own https address, or its own
 * loopback address, redirects only where the admin's own server sends it.
 */
export function redirectMatters(serverUrl: string, siteUrl: string | undefined): boolean {
	const url = parseBaseUrl(serverUrl);
	if (!url) {
		return false;
	}
	const site = siteUrl ? parseBaseUrl(siteUrl) : undefined;
	if (site?.host.toLowerCase() !== url.host.toLowerCase() || site.scheme !== url.scheme) {
		return true;
	}
	return url.scheme === 'http' && !isLoopback(url.hostname);
}
