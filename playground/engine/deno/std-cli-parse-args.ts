// Stand-in for jsr:@std/cli/parse-args: the runtime passes only "--name value" pairs.
export function parseArgs(args: string[]): Record<string, string | number | boolean> {
	const parsed: Record<string, string | number | boolean> = {};
	for (let i = 0; i < args.length; i++) {
		const name = args[i].replace(/^--/, '');
		const next = args[i + 1];
		if (next === undefined || next.startsWith('--')) {
			parsed[name] = true;
			continue;
		}
		parsed[name] = next !== '' && !Number.isNaN(Number(next)) ? Number(next) : next;
		i++;
	}
	return parsed;
}
