/**
 * Plain-data builders for unit tests: snapshots shaped like what lib/domain/snapshot produces, findings-timeline helpers,
 * and a way to read every text a UIKit reply shows. No Apps-Engine, no network.
 */
import type { IThresholds } from '../../lib/domain/findings/types';
import type { ILicenseDetails, ILimit, LimitBehavior, LimitKind, ISnapshot } from '../../lib/domain/snapshot/types';
import { LIMIT_KINDS } from '../../lib/domain/snapshot/types';
import type { IRendered } from '../../lib/render/message';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A fixed "today" for render tests: 12 calendar days before END. */
export const NOW = new Date('2026-11-19T09:00:00.000Z');
/** The enforced end of the default license: December 1, 2026, noon UTC. */
export const END = '2026-12-01T12:00:00.000Z';

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);
export const isoIn = (days: number, from: Date = NOW): string => addDays(from, days).toISOString();

/** The app's defaults (settings.ts): 30,14,7,3,1 days; 80,90,100 %; a reminder after 3 days of failure. */
export const DEFAULT_THRESHOLDS: IThresholds = { expiryDays: [30, 14, 7, 3, 1], seatPercents: [80, 90, 100], failureDays: 3 };

export interface ILimitSpec {
	used?: number | 'unknown';
	max?: number | 'unlimited';
	behaviors?: LimitBehavior[];
	prevented?: boolean;
}

/** One limit; a numeric cap defaults to the prevent_action behaviour, as licenses from Cloud have it. */
export function limit(
	kind: LimitKind,
	used: number | 'unknown',
	max: number | 'unlimited',
	extra: Omit<ILimitSpec, 'used' | 'max'> = {},
): ILimit {
	return {
		kind,
		used,
		max,
		behaviors: extra.behaviors ?? (max === 'unlimited' ? [] : ['prevent_action']),
		prevented: extra.prevented ?? false,
	};
}

/** The five limits in LIMIT_KINDS order: `base` first, then per-kind overrides. */
export function limits(base: Record<LimitKind, ILimitSpec>, overrides: Partial<Record<LimitKind, ILimitSpec>> = {}): ILimit[] {
	return LIMIT_KINDS.map((kind) => {
		const spec = { ...base[kind], ...overrides[kind] };
		return limit(kind, spec.used ?? 0, spec.max ?? 'unlimited', { behaviors: spec.behaviors, prevented: spec.prevented });
	});
}

/** A healthy Enterprise workspace: 50 of 100 seats, nothing near any cap. */
export const ENTERPRISE_LIMITS: Record<LimitKind, ILimitSpec> = {
	activeUsers: { used: 50, max: 100 },
	guestUsers: { used: 3, max: 20 },
	monthlyActiveContacts: { used: 120, max: 1000 },
	privateApps: { used: 2, max: 10 },
	marketplaceApps: { used: 4, max: 50 },
};

/** What a server without a license enforces (validateDefaultLimits): 3 private apps, 5 marketplace apps, the rest open. */
export const COMMUNITY_LIMITS: Record<LimitKind, ILimitSpec> = {
	activeUsers: { used: 42, max: 'unlimited' },
	guestUsers: { used: 1, max: 'unlimited' },
	monthlyActiveContacts: { used: 0, max: 'unlimited' },
	privateApps: { used: 2, max: 3 },
	marketplaceApps: { used: 1, max: 5 },
};

export const MODULES = ['livechat-enterprise', 'auditing', 'ldap-enterprise', 'engagement-dashboard'];

export interface ILicenseSpec extends Partial<ILicenseDetails> {
	limits?: Partial<Record<LimitKind, ILimitSpec>>;
	modules?: string[];
	source?: ISnapshot['source'];
}

function details(spec: ILicenseSpec, trial: boolean): ILicenseDetails {
	const end = spec.enforcedExpiry ?? END;
	const plan = spec.plan ?? 'Enterprise';
	return {
		plan,
		tags: spec.tags ?? [{ name: plan, color: '#5154ec' }],
		trial,
		autoRenew: 'autoRenew' in spec ? spec.autoRenew : false,
		visualExpiry: 'visualExpiry' in spec ? spec.visualExpiry : end,
		enforcedExpiry: end,
		grantedTo: 'grantedTo' in spec ? spec.grantedTo : { name: 'Ada Admin', company: 'Example Corp', email: 'it@example.com' },
	};
}

/** A paid Enterprise license read from licenses.info (6.5+). */
export function enterprise(spec: ILicenseSpec = {}): ISnapshot {
	return {
		source: spec.source ?? 'licenses.info',
		license: details(spec, spec.trial ?? false),
		modules: spec.modules ?? MODULES,
		limits: limits(ENTERPRISE_LIMITS, spec.limits),
	};
}

/** A trial: same shape, trial flag on, "Pro Trial" tag. */
export function trial(spec: ILicenseSpec = {}): ISnapshot {
	return enterprise({ plan: 'Pro Trial', autoRenew: false, ...spec, trial: true });
}

/** No license (Community), or a license that turned invalid: licenses.info drops `license` and reports the default caps. */
export function community(
	overrides: Partial<Record<LimitKind, ILimitSpec>> = {},
	source: ISnapshot['source'] = 'licenses.info',
): ISnapshot {
	return { source, license: null, modules: [], limits: limits(COMMUNITY_LIMITS, overrides) };
}

/** A license without any cap (every max -1 on the wire). */
export function unlimited(spec: ILicenseSpec = {}): ISnapshot {
	const open = Object.fromEntries(LIMIT_KINDS.map((kind) => [kind, { max: 'unlimited' }])) as Record<LimitKind, ILimitSpec>;
	return enterprise({
		...spec,
		limits: {
			...open,
			activeUsers: { used: 1234, max: 'unlimited' },
			guestUsers: { used: 56, max: 'unlimited' },
			monthlyActiveContacts: { used: 789, max: 'unlimited' },
			privateApps: { used: 7, max: 'unlimited' },
			marketplaceApps: { used: 12, max: 'unlimited' },
			...spec.limits,
		},
	});
}

/**
 * A V2 license read from licenses.get (servers before 6.5): seats come from licenses.maxActiveUsers, every other usage
 * is unknown, a V2 license has no monthly-contacts cap, and no preventedActions are reported.
 */
export function legacyV2(spec: ILicenseSpec & { seatsUsed?: number } = {}): ISnapshot {
	const base: Record<LimitKind, ILimitSpec> = {
		activeUsers: { used: spec.seatsUsed ?? 180, max: 200 },
		guestUsers: { used: 'unknown', max: 50 },
		monthlyActiveContacts: { used: 'unknown', max: 'unlimited' },
		privateApps: { used: 'unknown', max: 'unlimited' },
		marketplaceApps: { used: 'unknown', max: 'unlimited' },
	};
	return {
		source: 'licenses.get',
		license: { ...details({ plan: 'Enterprise', autoRenew: undefined, grantedTo: undefined, ...spec }, spec.trial ?? false) },
		modules: spec.modules ?? ['livechat-enterprise', 'ldap-enterprise'],
		limits: limits(base, spec.limits),
	};
}

/** A snapshot with seats at `used` of `max` (other limits healthy), optionally already blocked by the server. */
export function withSeats(used: number, max: number, prevented = false, spec: ILicenseSpec = {}): ISnapshot {
	return enterprise({ ...spec, limits: { ...spec.limits, activeUsers: { used, max, prevented } } });
}

/** Every text the UIKit blocks show (section texts and context elements), in order. */
export function blockTexts(rendered: IRendered): string[] {
	const texts: string[] = [];
	for (const block of rendered.blocks as Array<Record<string, any>>) {
		if (block.type === 'section' && block.text) {
			texts.push(block.text.text);
		}
		if (block.type === 'context') {
			for (const element of block.elements ?? []) {
				if (typeof element.text === 'string') {
					texts.push(element.text);
				}
			}
		}
	}
	return texts;
}

/** What a reader of the blocks sees, as one string (lines of every section and context). */
export function textOf(rendered: IRendered): string {
	return blockTexts(rendered).join('\n');
}

/** Words that must never reach a reader: raw sentinels and leaked placeholders. */
export const FORBIDDEN = [/-1/, /\bnull\b/i, /\bNaN\b/, /\bundefined\b/i, /\{\w+\}/];

/** Problems a rendered reply has: block text missing from the plain text, forbidden words, empty output. */
export function renderProblems(rendered: IRendered): string[] {
	const problems: string[] = [];
	const texts = blockTexts(rendered);
	if (texts.length === 0 || rendered.text.trim() === '') {
		problems.push('empty reply');
	}
	for (const text of texts) {
		for (const line of text.split('\n')) {
			if (!rendered.text.includes(line)) {
				problems.push(`plain text lacks block line: ${line}`);
			}
		}
	}
	for (const output of [rendered.text, ...texts]) {
		for (const pattern of FORBIDDEN) {
			if (pattern.test(output)) {
				problems.push(`${pattern} in: ${output}`);
			}
		}
	}
	return problems;
}
