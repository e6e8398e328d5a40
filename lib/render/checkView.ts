/** Notices of the daily check as one admin-room message, and the private report `/license check` gives its caller. */
import { errorReason } from './errorView';
import { planName } from './licenseView';
import { requestSeatsLink, subscriptionLink } from './links';
import type { IRendered } from './message';
import { context, links, render, section } from './message';
import { dayDate, pace } from './seatsTrendView';
import type { IView } from './view';
import { amount, consequence, expiry, limitName, moduleList, usage } from './view';
import type { IFinding, Notice } from '../domain/findings/types';
import { isReached, licenseEnd, limitOf, ratio } from '../domain/snapshot';
import type { ILimit, ISnapshot } from '../domain/snapshot';
import { hostOf, redirectMatters } from '../kit/transport';

export interface ICheckContext {
	/** Today's reading, when there is one: recoveries quote today's numbers. */
	snapshot?: ISnapshot;
	serverUrl?: string;
	/** This server's own Site URL: the redirect note is left out when the server URL is that address (over https or loopback). */
	siteUrl?: string;
}

function atCap(view: IView, limit: ILimit): string {
	return consequence(view, limit) ?? view.texts.t(`consequence_prevent_action_${limit.kind}`);
}

function raisedLine(view: IView, finding: IFinding, ctx: ICheckContext): string {
	const { t, plural } = view.texts;
	const n = view.format.number;
	const { facts } = finding;
	switch (facts.type) {
		case 'expiry': {
			const date = view.format.date(facts.date);
			// A license that renews by itself is never told to renew: only to check that the renewal goes through.
			let key: 'finding_trial' | 'finding_expiry' | 'finding_renews' = facts.trial ? 'finding_trial' : 'finding_expiry';
			if (!facts.trial && facts.autoRenew) {
				key = 'finding_renews';
			}
			const line = facts.days === 0 ? t(`${key}_today`, { date }) : plural(key, facts.days, { date });
			return facts.lastCall ? `${line} ${t('last_call')}` : line;
		}
		case 'modules-off': {
			const params = { modules: moduleList(view, facts.modules), date: view.format.date(facts.date) };
			return facts.days === 0 ? t('finding_modules_off_today', params) : plural('finding_modules_off', facts.days, params);
		}
		case 'airgap':
			return facts.days === 0 ? t('finding_airgap_today') : plural('finding_airgap', facts.days);
		case 'limit': {
			const { limit } = facts;
			const share = ratio(limit) ?? 0;
			const used = limit.used === 'unknown' ? 0 : limit.used;
			const max = limit.max === 'unlimited' ? 0 : limit.max;
			if (limit.kind === 'activeUsers') {
				return isReached(limit)
					? t('finding_seats_full', { used: n(used), max: n(max), consequence: atCap(view, limit) })
					: t('finding_seats', { percent: view.format.percent(share), used: n(used), max: n(max), remaining: n(Math.max(0, max - used)) });
			}
			return limit.prevented || limit.max === 0
				? t('finding_prevented', { limit: limitName(view, limit.kind), usage: usage(view, limit), consequence: atCap(view, limit) })
				: t('finding_limit', { limit: limitName(view, limit.kind), percent: view.format.percent(share), used: n(used), max: n(max) });
		}
		case 'seat-forecast':
			return plural('finding_seat_forecast', facts.days, {
				pace: pace(view, facts.perWeek),
				cap: n(facts.cap),
				date: dayDate(view, facts.date),
			});
		case 'contacts-forecast':
			return t('finding_contacts_forecast', { used: n(facts.used), cap: n(facts.cap), day: facts.day, projected: n(facts.projected) });
		case 'lapsed':
			return facts.expired
				? t('finding_lapsed', { date: view.format.date(facts.date) })
				: t('finding_lapsed_invalid', { plan: planName(view, facts.plan), date: view.format.date(facts.date) });
		case 'unreadable': {
			const reason = errorReason(view, facts, ctx.serverUrl);
			return facts.reminder
				? t('finding_unreadable_still', { date: view.format.date(facts.since), reason })
				: t('finding_unreadable', { reason });
		}
	}
}

function recoveredLine(view: IView, finding: IFinding, ctx: ICheckContext): string {
	const { t } = view.texts;
	const { facts } = finding;
	const license = ctx.snapshot?.license;
	if (facts.type === 'modules-off') {
		return t('recovered_modules_off', { modules: moduleList(view, facts.modules) });
	}
	if (facts.type === 'expiry') {
		const end = licenseEnd(license);
		return t('recovered_expiry', { date: end ? view.format.date(end) : t('no_end_date') });
	}
	if (facts.type === 'seat-forecast' || facts.type === 'contacts-forecast') {
		const key = facts.type === 'seat-forecast' ? 'recovered_seat_forecast' : 'recovered_contacts_forecast';
		return t(key, { cap: view.format.number(facts.cap) });
	}
	if (facts.type === 'limit') {
		const now = ctx.snapshot ? limitOf(ctx.snapshot, facts.limit.kind) : facts.limit;
		const numbers = { used: amount(view, now.used), max: amount(view, now.max) };
		const under = view.format.percent(view.nearCap);
		if (facts.limit.prevented && !now.prevented && facts.limit.kind !== 'activeUsers') {
			return t('recovered_prevented', { limit: limitName(view, now.kind), usage: usage(view, now) });
		}
		return now.kind === 'activeUsers'
			? t('recovered_seats', { percent: under, ...numbers })
			: t('recovered_limit', { limit: limitName(view, now.kind), percent: under, ...numbers });
	}
	if (facts.type === 'airgap') {
		return t('recovered_airgap');
	}
	return t('recovered_unreadable');
}

/** A limit the server blocked is free again, though still above a warning threshold. */
function unblockedLine(view: IView, finding: IFinding, ctx: ICheckContext): string {
	const { t } = view.texts;
	const kind = finding.facts.type === 'limit' ? finding.facts.limit.kind : 'activeUsers';
	const limit = ctx.snapshot ? limitOf(ctx.snapshot, kind) : (finding.facts as { limit: ILimit }).limit;
	if (kind !== 'activeUsers') {
		return t('recovered_prevented', { limit: limitName(view, kind), usage: usage(view, limit) });
	}
	return t('recovered_unblocked_seats', { used: amount(view, limit.used), max: amount(view, limit.max) });
}

function newsLine(view: IView, notice: Extract<Notice, { kind: 'news' }>): string {
	const { t } = view.texts;
	const params = { plan: planName(view, notice.plan), date: notice.date ? view.format.date(notice.date) : t('no_end_date') };
	const keys = {
		'active-again': 'news_license_active',
		'new': 'news_license_new',
		'renewed': 'news_license_renewed',
		'changed': 'news_license_changed',
	} as const;
	return t(keys[notice.news], params);
}

function digestLine(view: IView, snapshot: ISnapshot | undefined): string {
	const { t } = view.texts;
	if (!snapshot) {
		return '';
	}
	const seats = limitOf(snapshot, 'activeUsers');
	if (!snapshot.license) {
		return t('digest_community', { used: amount(view, seats.used) });
	}
	const end = licenseEnd(snapshot.license);
	return t('digest', {
		plan: planName(view, snapshot.license.plan),
		seats: usage(view, seats),
		expiry: end ? expiry(view, end) : t('no_end_date'),
	});
}

export function noticeLine(view: IView, notice: Notice, ctx: ICheckContext): string {
	const { t } = view.texts;
	switch (notice.kind) {
		case 'raised':
			return `${t(`level_${notice.finding.level}`)} ${raisedLine(view, notice.finding, ctx)}`;
		case 'recovered':
			return `✅ ${recoveredLine(view, notice.finding, ctx)}`;
		case 'unblocked':
			return `✅ ${unblockedLine(view, notice.finding, ctx)}`;
		case 'news':
			return `✅ ${newsLine(view, notice)}`;
		case 'digest':
			return `📋 ${digestLine(view, ctx.snapshot)}`;
	}
}

/** About the plan or its end: a lapse, an expiry, modules turning off, or news of the license. */
const aboutPlan = (notice: Notice): boolean =>
	notice.kind === 'news' || (notice.kind === 'raised' && ['expiry', 'lapsed', 'modules-off'].includes(notice.finding.facts.type));

/** Seats near or at their cap. */
const aboutSeats = (notice: Notice): boolean =>
	notice.kind === 'raised' && notice.finding.facts.type === 'limit' && notice.finding.facts.limit.kind === 'activeUsers';

/** Buttons where the admin acts: Subscription for plan and expiry, the seat request for seats. */
function noticeLinks(view: IView, notices: Notice[]) {
	const seats = notices.find(aboutSeats);
	const limit = seats?.kind === 'raised' && seats.finding.facts.type === 'limit' ? seats.finding.facts.limit : undefined;
	return links(requestSeatsLink(view, limit, !!seats), (notices.some(aboutPlan) || !!seats) && subscriptionLink(view));
}

/** The admin-room message: one line per notice, critical first, @here in front when asked for. */
export function renderNotices(view: IView, notices: Notice[], ctx: ICheckContext, mentionHere: boolean): IRendered {
	return render([
		section(
			mentionHere ? '@here' : undefined,
			`*${view.texts.t('check_title')}*`,
			...notices.map((notice) => noticeLine(view, notice, ctx)),
		),
		noticeLinks(view, notices),
	]);
}

/**
 * The token goes wherever the server URL redirects: said after a manual check, failed or not, where a redirect could
 * take it somewhere unexpected (lib/kit/transport.ts).
 */
function redirectNote(view: IView, serverUrl: string | undefined, siteUrl?: string): string | undefined {
	const host = serverUrl && redirectMatters(serverUrl, siteUrl) ? hostOf(serverUrl) : undefined;
	return host && view.texts.t('check_redirect_note', { host });
}

/** The redirect note alone, under a check that could not read the workspace. */
export function renderRedirectNote(view: IView, serverUrl: string | undefined, siteUrl?: string): IRendered | undefined {
	const note = redirectNote(view, serverUrl, siteUrl);
	return note ? render([context(note)]) : undefined;
}

/** What `/license check` tells its caller: today's findings (or all clear) and where the notices went. */
export function renderCheckReport(
	view: IView,
	findings: IFinding[],
	ctx: ICheckContext,
	delivery: { where?: string; undelivered?: boolean } = {},
): IRendered {
	const { where, undelivered = false } = delivery;
	const { t } = view.texts;
	const lines = findings.length ? findings.map((finding) => noticeLine(view, { kind: 'raised', finding }, ctx)) : [`✅ ${t('all_clear')}`];
	// With nothing found and nothing posted there is nothing more to say.
	let posted: string | false = findings.length > 0 && t('check_nothing_new');
	if (where) {
		posted = t('check_posted', { room: where });
	} else if (undelivered) {
		posted = t('check_not_posted');
	}
	return render([
		section(`*${t('check_title')}*`, ...lines),
		context(posted, redirectNote(view, ctx.serverUrl, ctx.siteUrl)),
		noticeLinks(
			view,
			findings.map((finding) => ({ kind: 'raised', finding })),
		),
	]);
}

export function renderFallbackNote(view: IView, room: string | undefined): IRendered {
	return render([context(room ? view.texts.t('fallback_bad_room', { room }) : view.texts.t('fallback_no_room'))]);
}
