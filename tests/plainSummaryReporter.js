/**
 * Ends a jest run with the five slowest test files, then the plain "N passed, N failed" line that tools reading CI logs
 * understand (always the last line).
 */
const path = require('path');

const SLOWEST = 5;

class PlainSummaryReporter {
	constructor(globalConfig) {
		this.rootDir = globalConfig.rootDir;
	}

	onRunComplete(_contexts, results) {
		const slowest = results.testResults
			.map((file) => ({
				file: path.relative(this.rootDir, file.testFilePath),
				seconds: (file.perfStats.end - file.perfStats.start) / 1000,
			}))
			.filter((file) => Number.isFinite(file.seconds))
			.sort((a, b) => b.seconds - a.seconds)
			.slice(0, SLOWEST);
		if (slowest.length > 0) {
			process.stdout.write(
				`Slowest test files:\n${slowest.map(({ file, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${file}`).join('\n')}\n`,
			);
		}
		process.stdout.write(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
	}
}

module.exports = PlainSummaryReporter;
