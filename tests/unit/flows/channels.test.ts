/** The webhook's share of a check: never past the run's deadline, and a run out of time keeps the news for the next check. */
import type { ICheckState } from '../../../lib/domain/findings/announce';
import type { Notice } from '../../../lib/domain/findings/types';
import { toConfig } from '../../../lib/domain/settings';
import type { IAccessors } from '../../../lib/engine/accessors';
import { reachChannels } from '../../../lib/flows/channels';
import { Deadline } from '../../../lib/kit/deadline';
import { enView, withSeats } from '../../support/kit';

const recovered: Notice = {
	kind: 'recovered',
	finding: {
		id: 'limit:activeUsers',
		level: 'warning',
		severity: 80,
		facts: { type: 'limit', limit: withSeats(170, 200).limits[0], percent: 80 },
	},
};

function accessors(post: jest.Mock): { accessors: IAccessors; logs: string[] } {
	const logs: string[] = [];
	const log = (...args: unknown[]) => logs.push(args.join(' '));
	const logger = { debug: log, info: log, warn: log, error: log };
	return { accessors: { http: { post }, logger } as unknown as IAccessors, logs };
}

async function reach(deadline: Deadline, post: jest.Mock) {
	const fake = accessors(post);
	const config = toConfig({ webhook_url: 'https://hooks.example.com/license' });
	const next: ICheckState = { initialized: true, announced: {} };
	const channels = await reachChannels(
		{
			accessors: fake.accessors,
			config,
			view: enView,
			ctx: { workspace: 'https://chat.example.com' },
			roomNotices: [recovered],
			next,
			deadline,
		},
		next,
	);
	return { channels, logs: fake.logs };
}

describe('reachChannels: the webhook within the run deadline', () => {
	it('is not tried when less than a second is left: the recovery waits for the next check, and no failure is reported', async () => {
		const post = jest.fn();
		const { channels, logs } = await reach(new Deadline(500), post);
		expect(post).not.toHaveBeenCalled();
		expect(channels?.webhook?.pending).toEqual([recovered]);
		expect(channels?.webhook?.failureReported).toBeUndefined();
		expect(logs.join('\n')).toContain('ran out of time');
	});

	it('waits no longer than what is left of the run', async () => {
		const post = jest.fn().mockResolvedValue({ statusCode: 204, headers: {} });
		const { channels } = await reach(new Deadline(3_000), post);
		expect(post).toHaveBeenCalledTimes(1);
		expect(post.mock.calls[0][1].timeout).toBeLessThanOrEqual(3_000);
		expect(channels?.webhook?.pending).toEqual([]);
	});

	it('takes its own budget when the run has no deadline (tools, tests)', async () => {
		const post = jest.fn().mockResolvedValue({ statusCode: 200, headers: {} });
		await reach(Deadline.none(), post);
		expect(post.mock.calls[0][1].timeout).toBe(5_000);
	});
});
