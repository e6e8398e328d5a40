/** The unit tests' named workspaces (tests/unit/fixtures/licenses.ts) state what the playground's scenarios of the same name state. */
import { getScenario, majorOf } from '../../../playground/workspace/scenarios';
import { WORKSPACES } from '../fixtures/licenses';

const NOW = new Date('2026-11-19T09:00:00.000Z');

describe("the fixtures' workspaces and the playground's scenarios", () => {
	it.each(Object.entries(WORKSPACES))('%s: the same version, access, seat usage and limits', (name, workspace) => {
		const scenario = getScenario(name);
		const facts = (major: number, privileged: boolean, usage: unknown, limits: unknown) => ({ major, privileged, usage, limits });
		const plan = 'plan' in workspace ? workspace.plan : undefined;
		expect(facts(workspace.major, workspace.privileged, workspace.usage, plan?.limits)).toEqual(
			facts(majorOf(scenario), scenario.privileged, scenario.usage, scenario.plan?.(NOW).limits),
		);
	});
});
