import type { IWebhookPoster } from '../../../lib/api/webhook';
import { postInOrder, postWebhook } from '../../../lib/api/webhook';
import { Deadline } from '../../../lib/kit/deadline';

test('posts in order and stops at the first failure, saying how many went through and why', async () => {
	const tried: number[] = [];
	const post = (item: number) => {
		tried.push(item);
		return Promise.resolve(item === 3 ? { ok: false as const, reason: 'HTTP 502' } : { ok: true as const });
	};
	expect(await postInOrder([1, 2, 3, 4], post)).toEqual({ sent: 2, failure: 'HTTP 502' });
	expect(tried).toEqual([1, 2, 3]);
	expect(await postInOrder([1, 2], post)).toEqual({ sent: 2 });
});

describe('postWebhook within a Deadline', () => {
	const answers = (...statuses: number[]) => {
		const timeouts: number[] = [];
		const poster: IWebhookPoster = {
			post: (_url, options) => {
				timeouts.push(options.timeout);
				return Promise.resolve({ statusCode: statuses.shift() ?? 200 });
			},
		};
		return { poster, timeouts };
	};

	afterEach(() => jest.useRealTimers());

	it('retries after a failure, pausing on the deadline, until an answer is 2xx', async () => {
		jest.useFakeTimers();
		const { poster, timeouts } = answers(502, 503, 204);
		const result = postWebhook(poster, 'https://hooks.example.com/x', '{}', 's', new Deadline(10_000));
		await jest.advanceTimersByTimeAsync(1_500);
		expect(await result).toEqual({ ok: true });
		expect(timeouts).toHaveLength(3);
	});

	it('starts no attempt with less than half a second left, and no attempt waits past the deadline', async () => {
		const none = answers();
		expect(await postWebhook(none.poster, 'https://h.example.com', '{}', '', new Deadline(400))).toEqual({
			ok: false,
			reason: 'no attempt',
		});
		expect(none.timeouts).toEqual([]);
		const frozen = answers(500);
		const at = 1_000_000;
		const result = await postWebhook(frozen.poster, 'https://h.example.com', '{}', '', new Deadline(2_000, () => at), 1);
		expect(result).toEqual({ ok: false, reason: 'HTTP 500' });
		expect(frozen.timeouts).toEqual([2_000]);
	});
});
