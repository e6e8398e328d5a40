/** helpView.ts: /license help. */
import type { CommandName } from '../../../lib/flows/commandRouter';
import { subCommandWords } from '../../../lib/flows/commandRouter';
import { renderHelp } from '../../../lib/render/helpView';
import { clean, enView as en, lines } from '../../support/kit';

describe('/license help', () => {
	it('lists both commands and every sub-command, privately', () => {
		const text = clean(renderHelp(en));
		const commands: CommandName[] = ['license', 'seats'];
		// `/seats help` answers with this same view, so the view names help once, as `/license help`.
		const words = (command: CommandName) => subCommandWords(command).filter((word) => !(command === 'seats' && word === 'help'));
		const named = commands.flatMap((command) => [`/${command}`, ...words(command).map((word) => `/${command} ${word}`)]);
		expect(named.length).toBeGreaterThan(8);
		expect(named.filter((command) => !text.includes(`\`${command}`))).toEqual([]);
		expect(text).toContain('visible only to you');
		expect(text).not.toContain('did not understand');
	});

	it('an unknown sub-command: help plus a note naming what was not understood', () => {
		const rendered = renderHelp(en, 'frobnicate');
		const text = clean(rendered);
		expect(lines(text)[0]).toBe('I did not understand “frobnicate”.');
		expect(text).toContain('`/license limits`');
	});

	it('a very long argument is cut', () => {
		const text = clean(renderHelp(en, 'x'.repeat(500)));
		expect(text).toContain('x'.repeat(80));
		expect(text).not.toContain('x'.repeat(81));
	});
});
