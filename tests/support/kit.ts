/**
 * The one test kit, shared by unit and end-to-end tests: dates and a clock, a fake HTTP getter with its answers,
 * snapshots shaped like what lib/snapshot produces, licenses.* bodies as a server sends them, findings timelines, and
 * checks on rendered replies. No Apps-Engine, no network.
 */
import { ResponseCache } from '../../lib/api/cache';
import type { IHttpGetter } from '../../lib/api/client';
import { WorkspaceClient } from '../../lib/api/client';
import { DAY_MS } from '../../lib/domain/dates';
import type { ICheckState, Outcome } from '../../lib/domain/findings/announce';
import { EMPTY_STATE, advance } from '../../lib/domain/findings/announce';
import type { IThresholds, Notice } from '../../lib/domain/findings/types';
import type { ILicenseDetails, ILimit, LimitBehavior, LimitKind, ISnapshot } from '../../lib/domain/snapshot';
import { LIMIT_KINDS, limitOf } from '../../lib/domain/snapshot';
import { ApiError } from '../../lib/kit/errors';
import { noticeLine } from '../../lib/render/checkView';
import type { IRendered } from '../../lib/render/message';
import { viewFor } from '../../lib/render/view';

/** `days` (fractions allowed) after `now`. */
export const addDays = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY_MS);

// ── Dates and a clock ────────────────────────────────────────────────────────────────────────────────────────────

/** A fixed "today" for render tests: 12 calendar days before END. */
export const NOW = new Date('2026-11-19T09:00:00.000Z');
/** The enforced end of the default license: December 1, 2026, noon UTC. */
export const END = '2026-12-01T12:00:00.000Z';

export const isoIn = (days: number, from: Date = NOW): string => addDays(from, days).toISOString();

/** A day at 09:00 UTC (or `hour`), `offset` days after `start` (YYYY-MM-DD). */
export const at = (start: string, offset: number, hour = 9): Date => {
	const date = addDays(new Date(`${start}T00:00:00.000Z`), offset);
	date.setUTCHours(hour);
	return date;
};

/** A clock tests move by hand, for the cache and the client's timeout arithmetic. */
export class Clock {
	public time = 1_700_000_000_000;

	public readonly now = (): number => this.time;

	public advance(ms: number): void {
		this.time += ms;
	}
}

// ── HTTP: a fake getter, its answers, a client over it ───────────────────────────────────────────────────────────

export const BASE = 'https://chat.example.com';
export const TOKEN = 'SECRET-TOKEN-123';
export const USER = 'uSeRiD123';
export const RATE_LIMIT_TEXT =
	'Error, too many requests. Please slow down. You must wait 37 seconds before trying this endpoint again. [error-too-many-requests]';

export type Reply = { statusCode: number; content?: string; data?: unknown; headers?: Record<string, string> };
export type Call = { url: string; options: { headers: Record<string, string>; params?: Record<string, string>; timeout: number } };

/** A JSON answer as the engine's HTTP accessor hands it over: content, parsed data and headers. */
export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
	statusCode,
	content: JSON.stringify(body),
	data: body,
	headers: { 'content-type': 'application/json', ...headers },
});

/** A non-JSON answer (an HTML page by default). */
export const text = (statusCode: number, body: string, type = 'text/html'): Reply => ({
	statusCode,
	content: body,
	headers: { 'content-type': type },
});

/** An HTTP getter that records every call and answers through `answer` (which may throw or stay pending). */
export class FakeHttp implements IHttpGetter {
	public readonly calls: Call[] = [];

	constructor(private readonly answer: (call: Call) => Reply | Promise<Reply>) {}

	public get(url: string, options: Call['options']): Promise<Reply> {
		const call = { url, options };
		this.calls.push(call);
		try {
			return Promise.resolve(this.answer(call));
		} catch (error) {
			return Promise.reject(error);
		}
	}
}

/** A WorkspaceClient on BASE with USER and TOKEN (unless given), over a FakeHttp, with its own cache and clock. */
export function makeClient(
	answer: (call: Call) => Reply | Promise<Reply>,
	options: { token?: string; cache?: ResponseCache; clock?: Clock; timeoutMs?: number; http?: FakeHttp } = {},
) {
	const clock = options.clock ?? new Clock();
	const http = options.http ?? new FakeHttp(answer);
	const cache = options.cache ?? new ResponseCache(clock.now);
	const client = new WorkspaceClient(
		http,
		{ baseUrl: BASE, credentials: { userId: USER, token: options.token ?? TOKEN }, timeoutMs: options.timeoutMs ?? 10_000 },
		cache,
		clock.now,
	);
	return { client, http, clock, cache };
}

/** The ApiError a promise rejects with (fails the test when it resolves or rejects with something else). */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ApiError);
		return error as ApiError;
	}
	throw new Error('expected a rejection');
}

/** The ApiError an action throws (fails the test when it returns or throws something else). */
export function thrown(action: () => unknown): ApiError {
	try {
		action();
	} catch (error) {
		expect(error).toBeInstanceOf(ApiError);
		return error as ApiError;
	}
	throw new Error('expected an ApiError, nothing was thrown');
}

/** A malformed-answer error naming `field` (exactly, or matching a pattern). */
export function expectMalformed(action: () => unknown, field: string | RegExp): ApiError {
	const error = thrown(action);
	expect(error.kind).toBe('malformed');
	if (typeof field === 'string') {
		expect(error.detail.field).toBe(field);
	} else {
		expect(error.detail.field).toMatch(field);
	}
	return error;
}

// ── licenses.* bodies (the unit tests' fixtures are in tests/unit/fixtures/licenses.ts) ─────────────────────────────

/** A licenses.info body around a literal LicenseInfo. */
export const infoOf = (license: Record<string, unknown>): Record<string, unknown> => ({ license, success: true });

/** The limits licenses.info reports without a license (max -1: no cap). */
export const COMMUNITY_WIRE_LIMITS = {
	activeUsers: { max: -1, value: 10 },
	guestUsers: { max: -1, value: 1 },
	privateApps: { max: 3, value: 0 },
	marketplaceApps: { max: 5, value: 1 },
	monthlyActiveContacts: { max: -1, value: 0 },
};

/** Every place in a value holding null, a negative number, NaN or Infinity. */
export function badValues(value: unknown, path = 'snapshot'): string[] {
	if (value === null) {
		return [path];
	}
	if (typeof value === 'number') {
		return !Number.isFinite(value) || value < 0 ? [path] : [];
	}
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => badValues(item, `${path}[${index}]`));
	}
	if (typeof value === 'object') {
		return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => badValues(item, `${path}.${key}`));
	}
	return [];
}

export const usedMax = (snapshot: ISnapshot, kind: LimitKind) => ({ used: limitOf(snapshot, kind).used, max: limitOf(snapshot, kind).max });

// ── Snapshots shaped like what lib/snapshot produces ─────────────────────────────────────────────────────────────

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

// ── Findings timelines ───────────────────────────────────────────────────────────────────────────────────────────

export const ok = (snapshot: ISnapshot): Outcome => ({ ok: true, snapshot });
export const failed = (error: ApiError): Outcome => ({ ok: false, error });

/** Replays readings from `state`, returning the notices of each run and the final state. */
export function replay(
	runs: Array<{ now: Date; outcome: Outcome; digest?: boolean }>,
	state: ICheckState = EMPTY_STATE,
	thresholds: IThresholds = DEFAULT_THRESHOLDS,
) {
	const posted: Notice[][] = [];
	for (const run of runs) {
		const step = advance(state, run.outcome, thresholds, run.digest ?? false, run.now);
		posted.push(step.notices);
		state = step.state;
	}
	return { posted, state };
}

/** A notice as the admin room reads it (English, today's snapshot for recoveries). */
export function line(notice: Notice, now: Date, snapshot?: ISnapshot, serverUrl?: string): string {
	return noticeLine(viewFor('en', now), notice, { snapshot, serverUrl });
}

export const raised = (notices: Notice[]) => notices.filter((n): n is Extract<Notice, { kind: 'raised' }> => n.kind === 'raised');

// ── Rendered replies ─────────────────────────────────────────────────────────────────────────────────────────────

/** The English view on NOW. */
export const enView = viewFor('en', NOW);

/** Every text the UIKit blocks of a reply or posted message show (sections, context elements, buttons), in order. */
export function blockTexts(message: { blocks: readonly unknown[] }): string[] {
	const texts: string[] = [];
	for (const block of message.blocks as Array<Record<string, any>>) {
		if (block.type === 'section' && block.text) {
			texts.push(block.text.text);
		}
		if (block.type === 'context' || block.type === 'actions') {
			for (const element of block.elements ?? []) {
				// Context elements carry their text as a string, buttons as a plain_text object.
				const text = typeof element.text === 'string' ? element.text : element.text?.text;
				if (text) {
					texts.push(text);
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
		for (const row of text.split('\n')) {
			if (!rendered.text.includes(row)) {
				problems.push(`plain text lacks block line: ${row}`);
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

/** Every rendering goes through here: blocks and plain text agree, and nothing raw leaks. */
export function clean(rendered: IRendered): string {
	expect(renderProblems(rendered)).toEqual([]);
	return rendered.text;
}

/** The lines of a plain text, trimmed. */
export const lines = (text: string) => text.split('\n').map((l) => l.trim());
