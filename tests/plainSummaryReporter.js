/** Ends a jest run with the plain "N passed, N failed" line that tools reading CI logs understand. */
class PlainSummaryReporter {
	onRunComplete(_contexts, results) {
		process.stdout.write(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
	}
}

module.exports = PlainSummaryReporter;
