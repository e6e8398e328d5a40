/**
 * Two projects: `unit` (tests/unit) runs on plain data, with no zip and no Deno; `e2e` (tests/e2e) loads the packaged
 * zip in the real engine, so only it builds the zip and prepares Deno first. `npx jest --selectProjects unit` runs the
 * unit tests alone. Reporters, workers and timeouts are global: they apply to both.
 */
process.env.TZ = 'UTC';

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

module.exports = {
	projects: [
		{ ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
		{
			...shared,
			displayName: 'e2e',
			roots: ['<rootDir>/tests/e2e', '<rootDir>/tests/render'],
			globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
		},
	],
	// The engine boots a Deno subprocess per session: two workers fit a 2-core machine.
	maxWorkers: 2,
	testTimeout: 60_000,
	reporters: ['default', '<rootDir>/tests/plainSummaryReporter.js'],
};
