/**
 * `npm run deploy -- --url URL [--update]`: packages the app and uploads it as a private app with `rc-apps deploy`.
 * Credentials come from the command line (--userid/--token or --username/--password) or, to keep them out of shell
 * history, from RC_USER_ID/RC_TOKEN or RC_USERNAME/RC_PASSWORD. The server needs Apps → private apps allowed.
 */
import * as util from 'util';

import { inStage } from './package';

type Flag = { type: 'string' | 'boolean' };
const { parseArgs } = util as unknown as {
	parseArgs: (config: { options: Record<string, Flag> }) => { values: Record<string, string | boolean | undefined> };
};

function main(): number {
	const { values } = parseArgs({
		options: {
			url: { type: 'string' },
			userid: { type: 'string' },
			token: { type: 'string' },
			username: { type: 'string' },
			password: { type: 'string' },
			update: { type: 'boolean' },
		},
	});
	const { env } = process;
	const url = (values.url as string | undefined) ?? env.RC_URL;
	const userId = (values.userid as string | undefined) ?? env.RC_USER_ID;
	const token = (values.token as string | undefined) ?? env.RC_TOKEN;
	const username = (values.username as string | undefined) ?? env.RC_USERNAME;
	const password = (values.password as string | undefined) ?? env.RC_PASSWORD;
	if (!url || !((userId && token) || (username && password))) {
		process.stderr.write(
			'deploy needs --url (or RC_URL) and a personal access token (RC_USER_ID + RC_TOKEN) or a username and password.\n',
		);
		return 2;
	}
	const auth =
		userId && token ? ['--userid', userId, '--token', token] : ['--username', username as string, '--password', password as string];
	inStage(['deploy', '--url', url, ...auth, ...(values.update ? ['--update'] : [])], () => undefined, 'inherit');
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	process.stderr.write(`deploy: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
}
