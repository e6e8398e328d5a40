/** Each API error kind as the specific, translated advice an admin can act on. No body, stack or secret ever shows. */
import type { IRendered } from './message';
import { context, render, section } from './message';
import type { IView } from './view';
import type { ApiErrorKind, IApiErrorDetail } from '../kit/errors';
import { BODY_NOT_JSON } from '../kit/errors';
import { hostOf } from '../kit/transport';

/** What went wrong reading the API, as plain data: an ApiError, or the facts of a notice about one. */
export interface IFault {
	kind: ApiErrorKind;
	detail: IApiErrorDetail;
}

/** "https://user:pw@chat.example.com:3000/x" → "chat.example.com:3000": never credentials, a path or a query. */
const host = (url: string | undefined): string => hostOf(url ?? '') ?? '?';

/** One sentence for the error: used alone in admin-room notices, with a title in replies. */
export function errorReason(view: IView, error: IFault, serverUrl?: string): string {
	const { t, plural, has } = view.texts;
	const { detail } = error;
	switch (error.kind) {
		case 'not-configured':
			return t('error_not_configured', {
				missing: (detail.missing ?? [])
					.map((id) => {
						const key = `missing_${id}`;
						return has(key) ? t(key) : id;
					})
					.join(', '),
			});
		case 'invalid-url':
			return t('error_invalid_url');
		case 'unauthorized':
			return t('error_unauthorized');
		case 'forbidden':
			return t('error_forbidden');
		case 'not-found':
			return t('error_not_found', { path: detail.path ?? '?' });
		case 'rate-limited':
			return t('error_rate_limited', { wait: view.format.duration(detail.retryAfterSeconds ?? 60) });
		case 'server-error':
			return t('error_server_error', { status: detail.status ?? '5xx' });
		case 'timeout':
			// The run's deadline is not the request timeout setting: raising that setting would not help.
			return plural(detail.deadline ? 'error_deadline' : 'error_timeout', detail.timeoutSeconds ?? 10);
		case 'unreachable':
			return t('error_unreachable', { host: host(serverUrl) });
		case 'malformed':
			return detail.field === BODY_NOT_JSON
				? t('error_malformed_not_json', { path: detail.path ?? '?' })
				: t('error_malformed', { path: detail.path ?? '?', field: detail.field ?? '?' });
		case 'insecure-url':
			return t('error_insecure_url', { host: detail.host ?? host(serverUrl) });
		case 'token-too-long':
			return t('error_token_too_long');
		case 'too-large':
			return t('error_too_large', {
				path: detail.path ?? '?',
				limit: view.format.number(Math.round((detail.limitChars ?? 0) / 100_000) / 10),
			});
		case 'redirect-loop':
			return t('error_redirect_loop', { host: host(serverUrl) });
		case 'redirected':
			return t('error_redirected', { host: detail.host ?? '?' });
		case 'implausible':
			return t('error_implausible', { path: detail.path ?? '?', field: detail.field ?? '?' });
	}
}

/**
 * The title of a fault names what went wrong (the token refused, the server unreachable, a server error…), whichever
 * request met it: the caller's own permission is only ever named by a refusal (renderRefusal).
 */
export function errorTitle(view: IView, kind: ApiErrorKind): string {
	return view.texts.t(`error_title_${kind}`);
}

/** The reply for a fault: a title by what the fault is, the reason in one sentence, and what to do. */
export function renderError(view: IView, error: IFault, serverUrl?: string, postedTo?: string): IRendered {
	const { t } = view.texts;
	const steps = error.kind === 'not-configured' ? [t('setup_step_1'), t('setup_step_2'), t('setup_step_3'), t('setup_step_4')] : [];
	const title = errorTitle(view, error.kind);
	// After `/license check`: say whether the admin room was told too.
	const posted = postedTo ? t('check_posted', { room: postedTo }) : undefined;
	return render([section(`*${title}*`, errorReason(view, error, serverUrl)), section(...steps), context(posted)]);
}

/** A fault of the app itself, not of the workspace: the details went to the app's log. */
export function renderInternalError(view: IView): IRendered {
	return render([section(`*${view.texts.t('error_title')}*`, view.texts.t('error_internal'))]);
}

export function renderRefusal(view: IView): IRendered {
	return render([section(view.texts.t('refusal'))]);
}
