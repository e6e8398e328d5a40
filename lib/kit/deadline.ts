/**
 * One deadline per command or job run. Apps-Engine 1.47.0 (Rocket.Chat 7.0.0) ends any app call after 10 s, so every
 * request of a run shares one budget that fits under it, and none may wait past what is left of it.
 */
import { ApiError } from './errors';

/** What a run may spend waiting on the workspace: under engine 1.47.0's 10 s, with room left to post the reply. */
export const RUN_BUDGET_MS = 8_000;

/**
 * The runtime's timers. Deno and Node both have them, but the app's type library names neither, and the Deno runtime
 * hides `globalThis` from app code: so they are declared, and used as the free globals they are.
 */
declare function setTimeout(run: () => void, ms: number): unknown;
declare function clearTimeout(id: unknown): void;

export class Deadline {
	private readonly endsAt: number;

	constructor(
		public readonly budgetMs: number = RUN_BUDGET_MS,
		private readonly clock: () => number = Date.now,
	) {
		this.endsAt = clock() + budgetMs;
	}

	/** No deadline: for a client used outside a run (tests, tools). */
	public static none(): Deadline {
		return new Deadline(Infinity);
	}

	public remainingMs(): number {
		return Math.max(0, this.endsAt - this.clock());
	}

	/** The timeout a request may use: the configured one, never past the deadline. */
	public timeoutFor(requestMs: number): number {
		return Math.min(requestMs, this.remainingMs());
	}

	/** The timeout error a caller reads when the deadline ends the wait: "did not answer within N seconds". */
	public expired(path?: string): ApiError {
		return new ApiError('timeout', { path, timeoutSeconds: Math.round(this.budgetMs / 1000), deadline: true });
	}

	/**
	 * `work`, or the deadline's timeout error once it passes, whichever comes first. A request shared with an earlier run
	 * (lib/api/cache.ts) may have been started with a longer timeout: this run still stops waiting in time.
	 */
	public race<T>(work: Promise<T>, path?: string): Promise<T> {
		const left = this.remainingMs();
		if (left === Infinity) {
			return work;
		}
		if (left <= 0) {
			work.catch(() => undefined);
			return Promise.reject(this.expired(path));
		}
		let timer: unknown;
		const stop = new Promise<never>((_resolve, reject) => {
			timer = setTimeout(() => reject(this.expired(path)), left);
		});
		return Promise.race([work, stop]).finally(() => clearTimeout(timer));
	}

	/**
	 * `work`'s result, or `fallback` once no more than `reserveMs` is left: for a part of the answer the reply can go
	 * without (a cross-check), so waiting for it never costs the reply itself.
	 */
	public within<T>(work: Promise<T>, reserveMs: number, fallback: T): Promise<T> {
		const left = this.remainingMs() - reserveMs;
		if (left === Infinity) {
			return work;
		}
		if (left <= 0) {
			// An answer already in is still taken: the race settles on the first of two settled promises.
			return Promise.race([work, Promise.resolve(fallback)]);
		}
		let timer: unknown;
		const stop = new Promise<T>((resolve) => {
			timer = setTimeout(() => resolve(fallback), left);
		});
		return Promise.race([work, stop]).finally(() => clearTimeout(timer));
	}
}
