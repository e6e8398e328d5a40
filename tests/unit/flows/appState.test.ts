/** appState.ts: checks run one at a time, in the order asked, and one that fails does not stop the next. */
import { AppState } from '../../../lib/flows/appState';

/** A task that records its start and end and waits for the test to let it finish. */
function task(log: string[], name: string) {
	let finish: (value: string) => void = () => undefined;
	let fail: (error: Error) => void = () => undefined;
	const run = () =>
		new Promise<string>((resolve, reject) => {
			log.push(`${name} start`);
			finish = (value) => {
				log.push(`${name} end`);
				resolve(value);
			};
			fail = reject;
		});
	return { run, finish: (value = name) => finish(value), fail: (error: Error) => fail(error) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AppState.oneAtATime', () => {
	it('starts a task only once the one queued before it has finished, and hands each caller its own result', async () => {
		const state = new AppState();
		const log: string[] = [];
		const first = task(log, 'first');
		const second = task(log, 'second');
		const a = state.oneAtATime(first.run);
		const b = state.oneAtATime(second.run);
		await settle();
		expect(log).toEqual(['first start']);
		first.finish('A');
		await settle();
		expect(log).toEqual(['first start', 'first end', 'second start']);
		second.finish('B');
		expect([await a, await b]).toEqual(['A', 'B']);
	});

	it('runs the next task after one that failed, and the failure reaches only its own caller', async () => {
		const state = new AppState();
		const log: string[] = [];
		const failing = task(log, 'failing');
		const next = task(log, 'next');
		const a = state.oneAtATime(failing.run);
		const b = state.oneAtATime(next.run);
		await settle();
		failing.fail(new Error('workspace down'));
		await expect(a).rejects.toThrow('workspace down');
		await settle();
		next.finish('ok');
		await expect(b).resolves.toBe('ok');
	});

	it('keeps what it holds per instance: two apps share no cache and no known roles', () => {
		const one = new AppState();
		const two = new AppState();
		one.knownRoles.set('id', { 'view-privileged-setting': ['admin'] });
		expect(two.knownRoles.size).toBe(0);
		expect(one.responses).not.toBe(two.responses);
	});
});
