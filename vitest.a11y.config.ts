import { defineConfig } from 'vitest/config';

// Accessibility sweeps (axe-core in Chromium): same server setup as the browser tests.
export default defineConfig({
	test: {
		include: ['tests/a11y/**/*.test.ts'],
		globalSetup: ['tests/e2e/setup.ts'],
		testTimeout: 900_000,
		hookTimeout: 240_000,
		fileParallelism: false,
	},
});
