/** The watcher's only way out to the terminal: notices (JSON lines or text) on stdout, logs on stderr. */
export interface IWatchNotice {
	workspace: string;
	finding: string;
	notice: string;
	level: string;
	text: string;
	numbers: Record<string, string | number | boolean>;
	/** The admin room refused this run's post: why (Rocket.Chat's error code). */
	roomRefused?: string;
}

export const output = {
	notice(notice: IWatchNotice, json: boolean): void {
		process.stdout.write(json ? `${JSON.stringify(notice)}\n` : `[${notice.workspace}] ${notice.level}: ${notice.text}\n`);
	},
	log(line: string): void {
		process.stderr.write(`${line}\n`);
	},
};
