/**
 * Draws one UIKit block with Rocket.Chat's message renderer (fuselage-ui-kit's UiKitMessage, mrkdwn through
 * message-parser) in the test's DOM and lists what is wrong with the result. Needs a jsdom test environment.
 */
import { format } from 'util';

import { render, unmountComponentAtNode } from 'react-dom';
import { act } from 'react-dom/test-utils';

import { renderBlocks } from '../../playground/preview/surface';

// message-parser 0.32 checks links with URL.canParse, which browsers and Node have and jsdom's URL lacks.
const urlClass = URL as unknown as { canParse?: (url: string, base?: string) => boolean };
if (typeof urlClass.canParse !== 'function') {
	urlClass.canParse = (url, base) => {
		try {
			return Boolean(new URL(url, base));
		} catch {
			return false;
		}
	};
}

/** Markup a reader would see as literal characters: `*bold*` or `` `code` `` left unparsed. */
const RAW_MARKUP = /\*[^*\s][^*\n]*\*|`[^`\n]+`/;

export interface IRendered {
	text: string;
	problems: string[];
}

export function renderBlock(block: unknown): IRendered {
	const problems: string[] = [];
	const container = document.createElement('div');
	document.body.appendChild(container);
	const consoleError = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
		problems.push(`console.error: ${format(...args).split('\n')[0]}`);
	});
	try {
		act(() => {
			render(renderBlocks([block]), container);
		});
	} catch (error) {
		problems.push(`threw: ${error instanceof Error ? error.message : String(error)}`);
	} finally {
		consoleError.mockRestore();
	}
	const text = (container.textContent ?? '').trim();
	if (!text && (block as { type?: string }).type !== 'divider') {
		problems.push('renders no text');
	}
	const raw = RAW_MARKUP.exec(text);
	if (raw) {
		problems.push(`shows raw markup: ${raw[0]}`);
	}
	act(() => {
		unmountComponentAtNode(container);
	});
	container.remove();
	return { text, problems };
}
