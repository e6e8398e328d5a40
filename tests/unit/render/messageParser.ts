/**
 * Rocket.Chat's own message-parser (@rocket.chat/message-parser, the parser the server and web client use for `md`),
 * loaded for Jest: the package ships ES modules only, so it is converted to CommonJS once with esbuild (already here
 * through tsx).
 */
import * as fs from 'fs';

import { transformSync } from 'esbuild';

type Parse = (text: string) => unknown[];

let cached: Parse | undefined;

export function parseMessage(text: string): unknown[] {
	if (!cached) {
		const file = require.resolve('@rocket.chat/message-parser');
		const { code } = transformSync(fs.readFileSync(file, 'utf8'), { format: 'cjs', loader: 'js' });
		const module = { exports: {} as { parse: Parse } };
		new Function('module', 'exports', 'require', code)(module, module.exports, require);
		cached = module.exports.parse;
	}
	return cached(text);
}
