/** Help for both commands, with a note naming an argument that was not understood. */
import type { Rendered } from './message';
import { context, render, section } from './message';
import type { View } from './view';

export function renderHelp(view: View, unknownArgument?: string): Rendered {
	const { t } = view.texts;
	return render([
		unknownArgument !== undefined ? section(t('unknown_argument', { argument: unknownArgument.slice(0, 80) })) : section(),
		section(`*${t('help_title')}*`, t('help_license'), t('help_limits'), t('help_modules'), t('help_check'), t('help_seats'), t('help_help')),
		context(t('help_private')),
	]);
}
