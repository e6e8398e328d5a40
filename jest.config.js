/** Unit tests (tests/unit) run on plain data; end-to-end tests (tests/e2e) load the packaged zip in the real engine. */
process.env.TZ = 'UTC';

module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/tests'],
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
	// The engine boots a Deno subprocess per suite: two workers fit a 2-core machine.
	maxWorkers: 2,
	testTimeout: 60_000,
	globalSetup: '<rootDir>/tests/globalSetup.ts',
	reporters: ['default', '<rootDir>/tests/plainSummaryReporter.js'],
};
