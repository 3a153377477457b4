/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and build tests. Browser tests have their own config (vitest.e2e.config.ts).
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'tests/a11y/**', 'node_modules/**'],
		globalSetup: ['tests/setup/global.ts'],
		testTimeout: 30_000,
		hookTimeout: 180_000,
	},
});
