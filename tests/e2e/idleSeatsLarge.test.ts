/**
 * Idle seats at 100,000 users (scenario idle-100k: 10,000 idle, 500 never logged in): the count by search, a window of
 * the list, "Show more" reading the next window, Deactivate all bounded to the users listed, the daily check's count.
 */
import type { ICaptured } from './harness';
import { openSession } from './harness';
import { buttonsOf } from '../../playground/engine/runtime';
import type { IPostedMessage } from '../../playground/engine/world';

const ACTION = { more: 'licenseapp_idle_more', all: 'licenseapp_idle_deactivate_all', confirm: 'licenseapp_idle_confirm' };
const LIST_PATH = '/api/v1/users.listByStatus';

const listed = (message: IPostedMessage): string[] =>
	message.text
		.split('\n')
		.filter((line) => line.startsWith('*@'))
		.map((line) => /^\*@([^*]+)\*/.exec(line)?.[1] as string);

describe('idle seats on idle-100k', () => {
	let captured: ICaptured;
	/** users.listByStatus requests made by `step`. */
	async function counting<T>(step: () => Promise<T>): Promise<{ result: T; requests: number }> {
		const calls = () => (captured.session.workspace?.calls ?? []).filter((call) => call.path === LIST_PATH).length;
		const before = calls();
		const result = await step();
		return { result, requests: calls() - before };
	}

	beforeAll(async () => {
		captured = await openSession({ scenario: 'idle-100k', rateLimit: false });
		// The first command of a session also reads the permissions and the license: measured elsewhere.
		await captured.session.run('admin', '/license');
	}, 60_000);
	afterAll(() => captured.session.close());

	it('counts 10,000 by last login in a bounded number of requests, and lists the 10 idle longest', async () => {
		const { result, requests } = await counting(() => captured.session.run('admin', '/seats idle'));
		const [list] = result;
		expect(list.text).toContain('10,000 active users have not logged in for 30+ days (500 of them never did)');
		expect(list.text).toContain('The count rests on last login');
		expect(list.text).toContain('Listed from number 1 of 10,000, idle longest first.');
		expect(listed(list)).toHaveLength(10);
		expect(
			list.text
				.split('\n')
				.filter((line) => line.startsWith('*@'))
				.every((line) => line.includes('never logged in')),
		).toBe(true);
		expect(requests).toBeLessThanOrEqual(25);
		expect(buttonsOf(list.blocks).find((b) => b.actionId === ACTION.more)?.value).toBe('@10');
	});

	it('"Show more" reads the next window on demand, and Deactivate all reaches only the users it listed', async () => {
		const [first] = await captured.session.run('admin', '/seats idle');
		const { result, requests } = await counting(() => captured.session.click('admin', ACTION.more));
		const [more] = result;
		expect(more.text).toContain('Listed from number 11 of 10,000');
		const names = listed(more);
		expect(names).toHaveLength(10);
		expect(names.some((name) => listed(first).includes(name))).toBe(false);
		expect(requests).toBeLessThanOrEqual(25);
		const all = buttonsOf(more.blocks).find((b) => b.actionId === ACTION.all);
		expect(all?.blockId).toBe('licenseapp_idle:30@10');
		const [ask] = await captured.session.click('admin', ACTION.all);
		expect(ask.text).toContain('Deactivate 10 users?');
		await captured.session.click('admin', ACTION.confirm);
		const users = captured.session.workspace?.directory.users ?? [];
		const deactivated = users.filter((user) => !user.active && !user.username.startsWith('former')).map((user) => user.username);
		expect(deactivated.sort()).toEqual([...names].sort());
	});

	it("adds the daily check's count to the seat notice without reading the idle pages", async () => {
		const { result, requests } = await counting(() => captured.session.job('daily-check'));
		const notice = result.find((message) => message.text.includes('have not logged in'));
		// 10,000 less the 10 deactivated above.
		expect(notice?.text).toContain('9,990 active users have not logged in for 30+ days.');
		expect(requests).toBeLessThanOrEqual(25);
	});
});

describe('idle seats on idle-100k when the run budget ends first', () => {
	let captured: ICaptured;
	beforeAll(async () => {
		// A workspace answering each request after 900 ms: the search cannot finish inside the 8 s budget.
		captured = await openSession({ scenario: 'idle-100k', rateLimit: false, delayMs: 900 });
	}, 60_000);
	afterAll(() => captured.session.close());

	it('says what the reply covers: a lower bound, the users listed, and that reading stopped at the time limit', async () => {
		const [list] = await captured.session.run('admin', '/seats idle');
		expect(list.text).toMatch(
			/At least [\d,]+ active users have not logged in for 30\+ days; listed: the 10 idle longest; reading stopped/,
		);
		expect(listed(list)).toHaveLength(10);
		expect(captured.session.overruns).toHaveLength(0);
	}, 30_000);
});
