import { defineConfig } from 'vitest/config';

// Browser tests: build the site, serve it, drive Debian's Chromium with playwright-core.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		// The bench's own browser test runs with `npm run test:bench`.
		exclude: ['tests/bench/**', 'node_modules/**'],
		globalSetup: ['tests/e2e/setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// One browser per file is plenty on two cores.
		fileParallelism: false,
	},
});
