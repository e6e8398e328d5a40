/**
 * A hostile simulated workspace: license text with mentions and markup, 5,000 modules, impossible numbers, a
 * rate limit that asks for three thousand years, and a license answer of 3 MB. Registered in scenarios.ts.
 */
import type { IAnswer } from './errors';
import { json, tooManyRequests } from './errors';
import type { IPlanSpec } from './fixtures';
import type { IScenario, Route } from './scenarios';

export const HOSTILE_TEXT = {
	company: '@all <!channel> *PWNED* [click](javascript:alert(1))\n\u001B[31mred\u001B[0m\u0000',
	tag: '@here _Enterprise_ `x` <https://evil.example|login>',
	// An external module: Rocket.Chat's type allows any name with a dot (fixtures.ts grantedModule).
	module: (i: number) => `mod-${i}.example @all **bold** #general :smile:`,
};

type PlanOf = (over?: Partial<IPlanSpec>) => (now: Date) => IPlanSpec;

/** Answers that replace a route's usual one, for the scenarios that need them. */
function only(routes: Route[], answer: () => IAnswer): IScenario['answer'] {
	return (route) => (routes.includes(route) ? answer() : undefined);
}

export function hostileScenarios(base: Omit<IScenario, 'description'>, enterprise: PlanOf): Record<string, IScenario> {
	return {
		'hostile-text': {
			...base,
			plan: enterprise({
				company: HOSTILE_TEXT.company,
				tags: [
					{ name: HOSTILE_TEXT.tag, color: '#000' },
					...Array.from({ length: 30 }, (_, i) => ({ name: `tag ${i} @all`, color: '#000' })),
				],
				modules: Array.from({ length: 5000 }, (_, i) => HOSTILE_TEXT.module(i)),
			}),
			description: 'License text written by an attacker: @all, <!channel>, Markdown, a javascript: link, ANSI and NUL; 5,000 modules.',
		},
		'hostile-numbers': {
			...base,
			usage: { ...base.usage, activeUsers: -5 },
			usageAsStated: true,
			description: 'licenses.info says -5 seats are used.',
		},
		'hostile-429': {
			...base,
			answer: only(['licenses.info', 'licenses.maxActiveUsers', 'permissions'], () => tooManyRequests(99_999_999_999, {})),
			description: 'licenses.info, licenses.maxActiveUsers and permissions.listAll answer 429 asking for a wait of 99,999,999,999 seconds.',
		},
		'hostile-huge': {
			...base,
			answer: only(['licenses.info'], () => json(200, { license: { padding: 'x'.repeat(3_000_000) }, success: true })),
			description: 'licenses.info answers 3 MB.',
		},
	};
}
