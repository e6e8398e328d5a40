/**
 * Notices for channels outside the chat: the webhook's JSON document (with a `text` that Slack, Mattermost and
 * Rocket.Chat incoming webhooks show as is) and the email's subject, plain text and HTML. Never carries the token.
 */
import { noticeLine } from './checkView';
import type { ICheckContext } from './checkView';
import { unmarked } from './inert';
import type { IView } from './view';
import type { Notice } from '../domain/findings/types';

/** The numbers a monitoring tool can act on, per kind of notice. */
function numbers(notice: Notice): Record<string, string | number | boolean> {
	if (notice.kind !== 'raised' && notice.kind !== 'recovered' && notice.kind !== 'unblocked') {
		return notice.kind === 'news' ? { ...(notice.date && { date: notice.date }) } : {};
	}
	const { facts } = notice.finding;
	switch (facts.type) {
		case 'expiry':
			return { days: facts.days, date: facts.date, trial: facts.trial };
		case 'limit':
			return {
				limit: facts.limit.kind,
				used: facts.limit.used,
				max: facts.limit.max,
				percent: facts.percent,
				prevented: facts.limit.prevented,
			};
		case 'modules-off':
			return { modules: facts.modules.join(','), days: facts.days, date: facts.date };
		case 'airgap':
			return { days: facts.days };
		case 'lapsed':
			return { date: facts.date };
		case 'seat-forecast':
			return { cap: facts.cap, perWeek: facts.perWeek, date: facts.date, days: facts.days };
		case 'contacts-forecast':
			return { used: facts.used, cap: facts.cap, day: facts.day, projected: facts.projected };
		case 'unreadable':
			return { error: facts.kind, since: facts.since };
	}
}

export interface IWebhookBody {
	text: string;
	/** The finding's id ("expiry:…", "limit:activeUsers", "airgap"…) or the kind of news. */
	finding: string;
	/** raised, recovered, unblocked or news. */
	notice: Notice['kind'];
	level: 'info' | 'warning' | 'critical';
	numbers: Record<string, string | number | boolean>;
	workspace: string;
	link: string;
	lastCall: boolean;
	/** Only where the admin room refused this notice's post (the watcher, docs/watch.md): why, as the workspace said. */
	roomRefused?: string;
}

/** The admin room refused a post: why (the workspace's error code), and the line that tells the reader so. */
export interface IRoomRefusal {
	reason: string;
	line: string;
}

export function webhookBody(
	view: IView,
	notice: Notice,
	ctx: ICheckContext & { workspace: string; lastCall: boolean; roomRefused?: IRoomRefusal },
): IWebhookBody {
	const finding = 'finding' in notice ? notice.finding : undefined;
	return {
		text: `*LicenseApp · ${ctx.workspace}*\n${noticeLine(view, notice, ctx)}${ctx.roomRefused ? `\n${ctx.roomRefused.line}` : ''}`,
		finding: finding?.id ?? (notice.kind === 'news' ? `license:${notice.news}` : notice.kind),
		notice: notice.kind,
		level: notice.kind === 'raised' && finding ? finding.level : 'info',
		numbers: numbers(notice),
		workspace: ctx.workspace,
		link: `${ctx.workspace}/admin/subscription`,
		lastCall: ctx.lastCall,
		...(ctx.roomRefused && { roomRefused: ctx.roomRefused.reason }),
	};
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface IEmailContent {
	subject: string;
	text: string;
	html: string;
}

/** One email for the notices of a check, in the server's language, naming the workspace (and why the room refused them). */
export function emailContent(
	view: IView,
	notices: Notice[],
	ctx: ICheckContext & { workspace: string; roomRefused?: IRoomRefusal },
): IEmailContent {
	const { t } = view.texts;
	const critical = notices.some((notice) => notice.kind === 'raised' && notice.finding.level === 'critical');
	const lines = notices.map((notice) => unmarked(noticeLine(view, notice, ctx)));
	const link = `${ctx.workspace}/admin/subscription`;
	const footer = t('email_footer', { link });
	const refused = ctx.roomRefused ? [ctx.roomRefused.line] : [];
	return {
		subject: t(critical ? 'email_subject_critical' : 'email_subject', { workspace: ctx.workspace }),
		text: [t('email_intro', { workspace: ctx.workspace }), '', ...lines, '', ...refused.flatMap((line) => [line, '']), footer].join('\n'),
		html: [
			`<p>${escapeHtml(t('email_intro', { workspace: ctx.workspace }))}</p>`,
			'<ul>',
			...lines.map((line) => `<li>${escapeHtml(line)}</li>`),
			'</ul>',
			...refused.map((line) => `<p>${escapeHtml(line)}</p>`),
			`<p>${escapeHtml(footer)}</p>`,
		].join('\n'),
	};
}
