/**
 * The line under every reply whose license names another workspace (lib/domain/licenseOrigin.ts): where the answer
 * came from, and that the token goes there. The license's address is someone else's text, so it is shown inert.
 */
import { inert } from './inert';
import type { IRendered } from './message';
import { context, render } from './message';
import type { IView } from './view';
import { otherWorkspace } from '../domain/licenseOrigin';
import type { ISnapshot } from '../domain/snapshot';

/** The note, or undefined when the license names this workspace or nothing can be told. */
export function renderOriginNote(view: IView, snapshot: ISnapshot | undefined, siteUrl: string | undefined): IRendered | undefined {
	const other = otherWorkspace(snapshot?.license?.licensedTo, siteUrl);
	if (other === undefined || siteUrl === undefined) {
		return undefined;
	}
	const site = inert(siteUrl);
	const line =
		other === '' ? view.texts.t('origin_elsewhere_unnamed', { site }) : view.texts.t('origin_elsewhere', { name: inert(other), site });
	return render([context(line)]);
}
