import { postInOrder } from '../../../lib/api/webhook';

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
