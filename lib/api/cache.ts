/**
 * Short-lived memory of API answers, keyed per server and credentials, so a burst of commands stays far under the
 * server's rate limiter (10 calls per minute per route). Pending requests are shared, and a 429 blocks the route until
 * the server said it may be called again. Other failures are not kept: the next command tries again, so a server
 * that comes back is seen at once.
 */
import { ApiError } from '../kit/errors';

export const SUCCESS_TTL_MS = 60_000;

interface IEntry {
	value: Promise<unknown>;
	expiresAt: number;
	failed: boolean;
	/** When the answer arrived (Infinity while pending). */
	settledAt: number;
}

export class ResponseCache {
	private readonly entries = new Map<string, IEntry>();

	constructor(private readonly now: () => number = Date.now) {}

	/**
	 * The cached answer for `key`, or the one `load` produces. `maxAgeMs` refuses a success older than that (a manual
	 * check wants recent data) but a pending request is still shared and a rate-limit block still honoured.
	 */
	public get(key: string, load: () => Promise<unknown>, options: { ttlMs?: number; maxAgeMs?: number } = {}): Promise<unknown> {
		const { ttlMs = SUCCESS_TTL_MS, maxAgeMs = Infinity } = options;
		const now = this.now();
		const entry = this.entries.get(key);
		if (entry && entry.expiresAt > now && (entry.failed || entry.settledAt === Infinity || now - entry.settledAt < maxAgeMs)) {
			return entry.value;
		}
		const value = load();
		const pending: IEntry = { value, expiresAt: Infinity, failed: false, settledAt: Infinity };
		this.entries.set(key, pending);
		value.then(
			() => this.settle(key, pending, ttlMs, false),
			(error: unknown) => {
				if (error instanceof ApiError && error.kind === 'rate-limited') {
					this.settle(key, pending, (error.detail.retryAfterSeconds ?? 60) * 1000, true);
				} else if (this.entries.get(key) === pending) {
					this.entries.delete(key);
				}
			},
		);
		return value;
	}

	private settle(key: string, entry: IEntry, ttl: number, failed: boolean): void {
		if (this.entries.get(key) === entry) {
			this.entries.set(key, { value: entry.value, expiresAt: this.now() + ttl, failed, settledAt: this.now() });
		}
	}

	public clear(): void {
		this.entries.clear();
	}
}

/** A short, non-reversible tag for the token, so a changed token never reads answers cached for the old one. */
export function fingerprint(secret: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < secret.length; i++) {
		hash = Math.imul(hash ^ secret.charCodeAt(i), 0x01000193) >>> 0;
	}
	return hash.toString(36);
}
