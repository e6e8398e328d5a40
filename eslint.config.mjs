// Rocket.Chat's own ESLint config (typed rules, import order, prettier), applied to the app, the playground and the tests.
import rocketChat from '@rocket.chat/eslint-config';

export default [
	...rocketChat,
	{
		ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'eslint.config.mjs', 'jest.config.js', 'tests/plainSummaryReporter.js'],
	},
	// A Deno module, which the Node typecheck behind the typed rules cannot load; Deno checks it when it runs.
	{ ignores: ['playground/engine/deno/clockEntry.ts'] },
	{
		languageOptions: { parserOptions: { project: './tsconfig.dev.json', projectService: false, tsconfigRootDir: import.meta.dirname } },
	},
	{
		files: ['**/*.@(spec|test).@(ts|tsx|js|jsx|mjs|cjs)'],
		rules: {
			// No DOM or React here: `render` is this app's message renderer, not Testing Library's.
			'testing-library/render-result-naming-convention': 'off',
			// Tests also assert through helpers (problem, value, clean) that call expect or throw.
			'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expect*', 'problem', 'value', 'clean'] }],
		},
	},
	{
		// Emoji such as ⚠️ carry a variation selector (U+FE0F), which this rule mistakes for a bidi control.
		files: ['lib/i18n/*.ts', 'lib/render/*.ts', 'tests/**/*.ts'],
		rules: { 'anti-trojan-source/no-bidi': 'off' },
	},
];
