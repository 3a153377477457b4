/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and build tests. Browser tests (vitest.e2e.config.ts) and the bench's own tests
// (vitest.bench.config.ts) have their own configs.
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'tests/a11y/**', 'tests/bench/**', 'node_modules/**'],
		globalSetup: ['tests/setup/global.ts'],
		testTimeout: 30_000,
		hookTimeout: 180_000,
	},
});
