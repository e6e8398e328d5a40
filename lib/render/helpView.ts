/** Help for both commands, with a note naming an argument that was not understood. */
import { inert } from './inert';
import type { IRendered } from './message';
import { context, render, section } from './message';
import type { IView } from './view';

export function renderHelp(view: IView, unknownArgument?: string): IRendered {
	const { t } = view.texts;
	return render([
		unknownArgument !== undefined ? section(t('unknown_argument', { argument: inert(unknownArgument, 81) })) : section(),
		section(
			`*${t('help_title')}*`,
			t('help_license'),
			t('help_limits'),
			t('help_modules'),
			t('help_check'),
			t('help_seats'),
			t('help_idle'),
			t('help_seats_trend'),
			t('help_seats_breakdown'),
			t('help_seats_export'),
			t('help_help'),
		),
		context(t('help_private')),
	]);
}
