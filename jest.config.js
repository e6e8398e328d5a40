/**
 * Projects: `unit` (tests/unit) runs on plain data, with no zip and no Deno; `e2e` (tests/e2e) loads the packaged zip in
 * the real engine (the newest, or the one LICENSEAPP_ENGINE names), so only it builds the zip and prepares Deno first;
 * `e2e-engine-<oldest>` runs the suites that cover what a server does most (commands, the daily check, idle seats,
 * channels, the seat export) again on the oldest engine. `npx jest --selectProjects unit` runs the unit tests alone.
 * Reporters, workers and timeouts are global: they apply to every project.
 */
process.env.TZ = 'UTC';

// The engine table is TypeScript (playground/engine/engines.ts): read through tsx, so it is written in one place only.
// The hook is removed at once, so that jest's own transforms alone load the tests.
const unregister = require('tsx/cjs/api').register();
const { ENGINES, ENGINE_VARIABLE, selectedEngine } = require('./playground/engine/engines.ts');
unregister();

const shared = {
	testEnvironment: 'node',
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
		// rest-typings and message-parser ship ES modules in .js files without "type": "module".
		'/@rocket\\.chat/(rest-typings|message-parser)/.+\\.js$': [
			'ts-jest',
			{ tsconfig: { allowJs: true, module: 'commonjs', target: 'es2020', esModuleInterop: true }, isolatedModules: true },
		],
	},
	transformIgnorePatterns: ['/node_modules/(?!@rocket\\.chat/(rest-typings|message-parser)/)'],
};

/** End-to-end suites on one engine: its npm alias stands in for `apps-engine-runtime`, and the playground is told which. */
const onEngine = (engine) => ({
	...shared,
	moduleNameMapper: { '^apps-engine-runtime(/.*)?$': `<rootDir>/node_modules/${engine.runtimePackage}$1` },
	globals: { [ENGINE_VARIABLE]: engine.version },
	setupFiles: ['<rootDir>/tests/e2e/engineEnv.ts'],
	globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
});

/** What the oldest engine runs again: each file boots its own sessions, so the list stays short. */
const ON_THE_OLDEST = ['commands', 'dailyCheck', 'idleSeats', 'channels', 'seatsTrend'];
const chosen = selectedEngine();
const oldest = ENGINES[ENGINES.length - 1];

module.exports = {
	projects: [
		{ ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
		{ ...onEngine(chosen), displayName: 'e2e', roots: ['<rootDir>/tests/e2e', '<rootDir>/tests/render'] },
		...(chosen === oldest
			? []
			: [
					{
						...onEngine(oldest),
						displayName: `e2e-engine-${oldest.version}`,
						roots: ['<rootDir>/tests/e2e'],
						testMatch: ON_THE_OLDEST.map((name) => `<rootDir>/tests/e2e/${name}.test.ts`),
					},
				]),
	],
	// The engine boots a Deno subprocess per session: two workers fit a 2-core machine.
	maxWorkers: 2,
	testTimeout: 60_000,
	reporters: ['default', '<rootDir>/tests/plainSummaryReporter.js'],
};
