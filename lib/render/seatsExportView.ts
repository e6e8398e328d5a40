/** What `/seats export` tells its caller: where the CSV went, or why there is none. */
import type { IRendered } from './message';
import { context, render, section } from './message';
import type { IView } from './view';

export function renderExportSent(view: IView, filename: string, days: number, appUser: string): IRendered {
	const { t, plural } = view.texts;
	return render([
		section(`*${t('export_title')}*`, plural('export_sent', days, { filename, user: appUser })),
		context(t('export_columns')),
	]);
}

export function renderExportEmpty(view: IView): IRendered {
	return render([section(`*${view.texts.t('export_title')}*`, view.texts.t('trend_empty'))]);
}

export function renderExportNoDirect(view: IView): IRendered {
	return render([section(`*${view.texts.t('export_title')}*`, view.texts.t('export_no_direct'))]);
}
