/** The words /license and /seats take, and the hint Rocket.Chat's slash-command popup shows for them. */
import * as fs from 'fs';
import * as path from 'path';

import { parseArguments, subCommandWords } from '../../../lib/flows/commandRouter';
import type { CommandName } from '../../../lib/flows/commandRouter';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const COMMANDS: CommandName[] = ['license', 'seats'];
const LANGUAGES = fs.readdirSync(path.join(ROOT, 'i18n')).filter((file) => file.endsWith('.json'));

describe('parseArguments', () => {
	it('reads the sub-command, forgiving case and spaces', () => {
		expect(parseArguments('license', [])).toEqual({ sub: 'summary' });
		expect(parseArguments('license', ['  LIMITS '])).toEqual({ sub: 'limits' });
		expect(parseArguments('seats', [])).toEqual({ sub: 'seats' });
		expect(parseArguments('seats', ['', 'Breakdown'])).toEqual({ sub: 'breakdown' });
	});

	it('takes one word after the sub-commands that accept one, and only the words they accept', () => {
		expect(parseArguments('seats', ['idle', '60'])).toEqual({ sub: 'idle', argument: '60' });
		expect(parseArguments('seats', ['idle', 'soon'])).toEqual({ sub: 'idle', argument: 'soon' });
		expect(parseArguments('seats', ['trend', '365'])).toEqual({ sub: 'trend', argument: '365' });
		expect(parseArguments('seats', ['trend', '12'])).toEqual({ sub: 'help', unknown: '12' });
		expect(parseArguments('license', ['limits', 'now'])).toEqual({ sub: 'help', unknown: 'now' });
	});

	it('answers anything else with help, naming what was not understood', () => {
		expect(parseArguments('license', ['limts'])).toEqual({ sub: 'help', unknown: 'limts' });
		expect(parseArguments('seats', ['idle', '30', 'days'])).toEqual({ sub: 'help', unknown: '30 days' });
		// A word of the other command is not one of this command's.
		expect(parseArguments('license', ['trend'])).toEqual({ sub: 'help', unknown: 'trend' });
	});
});

describe('the popup hint of each command', () => {
	it.each(COMMANDS.flatMap((command) => LANGUAGES.map((file) => [command, file] as const)))(
		'/%s in %s names every word the command takes, and no other',
		(command, file) => {
			const labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', file), 'utf8')) as Record<string, string>;
			const hint = labels[`${command}_params`];
			const words = /^\[(.*)\]$/
				.exec(hint)?.[1]
				.split('|')
				.map((word) => word.trim());
			expect(words?.sort()).toEqual(subCommandWords(command).sort());
		},
	);
});
