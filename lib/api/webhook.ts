/** Posts a JSON document to the configured webhook: signed with HMAC-SHA256, retried with backoff within a deadline. */
import { hmacSha256Hex } from '../kit/hmac';

/** A timer every engine runtime provides (Deno and Node); the app's compiler has no DOM or Node typings. */
declare const setTimeout: (callback: () => void, ms: number) => unknown;

export const SIGNATURE_HEADER = 'X-LicenseApp-Signature';

/** "sha256=<hex>" of the body under the secret, computed in plain code: no engine module or typing needed. */
export function signature(body: string, secret: string): string {
	return `sha256=${hmacSha256Hex(secret, body)}`;
}

/** The part of an HTTP client the webhook needs: Apps-Engine's IHttp, or watch/'s Node client. */
export interface IWebhookPoster {
	post(url: string, options: { headers: Record<string, string>; content: string; timeout: number }): Promise<{ statusCode: number }>;
}

export type WebhookResult = { ok: true } | { ok: false; reason: string };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(), ms));

/**
 * Up to `attempts` tries, waiting 0.5 s, 1 s, 2 s… between them, none starting after `deadline` (epoch ms). A 2xx
 * answer is success; the reason of the last failure names a status or a network fault, never a body.
 */
export async function postWebhook(
	http: IWebhookPoster,
	url: string,
	body: string,
	secret: string,
	deadline: number,
	attempts = 3,
): Promise<WebhookResult> {
	const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'LicenseApp' };
	if (secret) {
		headers[SIGNATURE_HEADER] = signature(body, secret);
	}
	let reason = 'no attempt';
	for (let attempt = 0; attempt < attempts; attempt++) {
		const left = deadline - Date.now();
		if (left < 500) {
			break;
		}
		try {
			const response = await http.post(url, { headers, content: body, timeout: Math.min(5000, left) });
			if (response.statusCode >= 200 && response.statusCode < 300) {
				return { ok: true };
			}
			reason = `HTTP ${response.statusCode}`;
		} catch (error) {
			reason = error instanceof Error && /timeout|timed out/i.test(error.message) ? 'timeout' : 'unreachable';
		}
		const pause = 500 * 2 ** attempt;
		if (attempt < attempts - 1 && Date.now() + pause < deadline) {
			await wait(pause);
		}
	}
	return { ok: false, reason };
}

/** Posts `items` one by one, in order, until one fails: how many went through, and why the next did not. */
export async function postInOrder<T>(items: T[], post: (item: T) => Promise<WebhookResult>): Promise<{ sent: number; failure?: string }> {
	for (let index = 0; index < items.length; index++) {
		const result = await post(items[index]);
		if (!result.ok) {
			return { sent: index, failure: result.reason };
		}
	}
	return { sent: items.length };
}
