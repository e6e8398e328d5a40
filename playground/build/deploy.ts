/**
 * `npm run deploy -- --url URL [--update]`: packages the app and uploads it as a private app with `rc-apps deploy`.
 * Credentials come from the command line (--userid/--token or --username/--password) or, to keep them out of shell
 * history, from RC_USER_ID/RC_TOKEN or RC_USERNAME/RC_PASSWORD. The server needs Apps → private apps allowed.
 */
import * as util from 'util';

import { inStage } from './package';
import { parseServerUrl } from '../../lib/domain/settings';

const HELP = `Usage: npm run deploy -- [--url URL] [--update] [credentials]
Packages the app and uploads it to a Rocket.Chat server as a private app (Administration → Apps must allow them).
  --url URL             the server, e.g. https://chat.example.com          or the environment variable RC_URL
  --userid ID           a personal access token's user id                   or RC_USER_ID
  --token TOKEN         that personal access token                          or RC_TOKEN
  --username NAME       instead of a token: an administrator's username     or RC_USERNAME
  --password PASSWORD   and password                                        or RC_PASSWORD
  --update              replace the version already installed
The environment variables keep the secrets out of shell history:
  RC_URL=https://chat.example.com RC_USER_ID=… RC_TOKEN=… npm run deploy`;

const MISSING = `the server or the credentials are missing. Give --url or RC_URL, and either a personal access token (--userid and --token, or RC_USER_ID and RC_TOKEN) or a username and password (--username and --password, or RC_USERNAME and RC_PASSWORD).`;

/** A mistake in the options or the environment: exit status 2, nothing uploaded. */
class UsageError extends Error {}

type Flag = { type: 'string' | 'boolean' };
const { parseArgs } = util as unknown as {
	parseArgs: (config: { options: Record<string, Flag> }) => { values: Record<string, string | boolean | undefined> };
};

function options(): Record<string, string | boolean | undefined> {
	try {
		return parseArgs({
			options: {
				url: { type: 'string' },
				userid: { type: 'string' },
				token: { type: 'string' },
				username: { type: 'string' },
				password: { type: 'string' },
				update: { type: 'boolean' },
				help: { type: 'boolean' },
			},
		}).values;
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

function main(): number {
	const values = options();
	if (values.help) {
		process.stdout.write(`${HELP}\n`);
		return 0;
	}
	const { env } = process;
	const rawUrl = (values.url as string | undefined) ?? env.RC_URL;
	const userId = (values.userid as string | undefined) ?? env.RC_USER_ID;
	const token = (values.token as string | undefined) ?? env.RC_TOKEN;
	const username = (values.username as string | undefined) ?? env.RC_USERNAME;
	const password = (values.password as string | undefined) ?? env.RC_PASSWORD;
	if (!rawUrl || !((userId && token) || (username && password))) {
		throw new UsageError(MISSING);
	}
	const url = parseServerUrl(rawUrl);
	if (!url.ok || !url.value) {
		throw new UsageError(`The server URL (--url or RC_URL) must be an http(s) address such as https://chat.example.com, got "${rawUrl}".`);
	}
	const auth =
		userId && token ? ['--userid', userId, '--token', token] : ['--username', username as string, '--password', password as string];
	inStage(['deploy', '--url', url.value, ...auth, ...(values.update ? ['--update'] : [])], () => undefined, 'inherit');
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	process.stderr.write(`deploy: ${error instanceof Error ? error.message : String(error)}\n`);
	if (error instanceof UsageError) {
		process.stderr.write('Run npm run deploy -- --help for the options.\n');
	}
	process.exitCode = error instanceof UsageError ? 2 : 1;
}
