/** The top of `/license check`: what works with this token, feature by feature, and the one thing to do when it does not. */
import { inert } from './inert';
import type { IRendered } from './message';
import { context, render, section } from './message';
import type { IView } from './view';
import type { Readiness } from '../domain/readiness/features';
import type { MessageKey } from '../i18n/texts';

const SETTING_LABEL = {
	email_recipients: 'setting_label_email_recipients',
	webhook_url: 'setting_label_webhook_url',
	metrics_token: 'setting_label_metrics_token',
} as const satisfies Record<string, MessageKey>;

export function readinessLine(view: IView, line: Readiness): string {
	const { t } = view.texts;
	const feature = t(`feature_${line.feature}`);
	if (line.on === true) {
		return t('readiness_on', { feature });
	}
	if (line.on === 'unknown') {
		return t('readiness_unknown', { feature });
	}
	const { fix } = line;
	switch (fix.kind) {
		case 'owner-permission':
		case 'app-permission':
			return t(`readiness_fix_${fix.kind}`, { feature, permission: fix.permission });
		case 'module':
			return t('readiness_fix_module', { feature, module: fix.module });
		case 'setting':
			return t('readiness_fix_setting', { feature, setting: t(SETTING_LABEL[fix.setting]) });
		case 'smtp':
			return t('readiness_fix_smtp', { feature });
	}
}

/** The title and one line per feature. */
export function readinessLines(view: IView, lines: readonly Readiness[]): string[] {
	return [`*${view.texts.t('readiness_title')}*`, ...lines.map((line) => readinessLine(view, line))];
}

/**
 * The readiness section, then what it says about Rocket.Chat Cloud when the token's user may see it: the announcement
 * Cloud sent with the last sync, and that the time of that sync is not to be read (docs/rocketchat-api.md §14).
 */
export function renderReadiness(view: IView, lines: readonly Readiness[], announcement?: string): IRendered {
	const { t } = view.texts;
	const cloud = lines.some((line) => line.feature === 'cloud' && line.on === true);
	return render([
		section(...readinessLines(view, lines)),
		context(cloud && announcement && t('cloud_announcement', { text: inert(announcement) }), cloud && t('cloud_last_sync_unseen')),
	]);
}
