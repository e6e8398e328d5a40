/**
 * Rocket.Chat skips its REST rate limiter for a caller holding api-bypass-rate-limit (admin, bot and app by default;
 * apps/meteor/app/api/server/api.ts). The simulated workspace's token belongs to an admin when the scenario is
 * privileged, to a plain user otherwise; the `rate-limited` fault still answers 429 to everyone.
 */
import type { IScenario } from './scenarios';
import { DEFAULT_PERMISSION_ROLES } from './scenarios';

const BYPASS = 'api-bypass-rate-limit';

export function bypassesRateLimit(scenario: IScenario, permissionRoles?: Record<string, string[]>): boolean {
	if (scenario.fault === 'rate-limited') {
		return false;
	}
	const tokenRoles = scenario.privileged ? ['admin', 'user'] : ['user'];
	const holders = permissionRoles?.[BYPASS] ?? DEFAULT_PERMISSION_ROLES[BYPASS] ?? [];
	return tokenRoles.some((role) => holders.includes(role));
}
