/** Settings an admin saved that the app cannot use, in the reader's language: shown under `/license check`. */
import { inert, oneLine } from './inert';
import type { IRendered } from './message';
import { context, render } from './message';
import type { IView } from './view';
import type { SettingNote } from '../domain/settingNotes';
import type { SettingId, SettingProblem } from '../domain/settings';
import type { ITexts, MessageKey } from '../i18n/texts';

const labelKey = (id: SettingId): MessageKey => `setting_label_${id}`;
const problemKey = (problem: SettingProblem): MessageKey => `setting_problem_${problem.kind}`;

/**
 * The problem in words. What the admin typed is quoted literally: made inert for a message, one clean line for a log
 * (`quote`).
 */
export function settingProblemText(texts: ITexts, problem: SettingProblem, quote: (text: string) => string = inert): string {
	const params = Object.fromEntries(
		Object.entries(problem)
			.filter(([name]) => name !== 'kind')
			.map(([name, value]) => [name, typeof value === 'string' ? quote(value) : value]),
	);
	return texts.t(problemKey(problem), params);
}

/** The problem for a log line: English, what was typed on one line. */
export const settingProblemLog = (texts: ITexts, problem: SettingProblem): string =>
	settingProblemText(texts, problem, (text) => oneLine(text));

export function renderSettingNotes(view: IView, notes: SettingNote[]): IRendered | undefined {
	if (notes.length === 0) {
		return undefined;
	}
	const { t } = view.texts;
	const lines = notes.map((note) => {
		const params = { setting: t(labelKey(note.id)), problem: settingProblemText(view.texts, note.problem) };
		return `⚠️ ${note.rejectedAt ? t('settings_rejected', { ...params, date: view.format.date(note.rejectedAt) }) : t('settings_unusable', params)}`;
	});
	return render([context(...lines)]);
}
