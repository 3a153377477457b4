import { defineConfig } from 'vitest/config';

// The bench's own tests (`npm run test:bench`): its measures and corpus generator, checked
// against processes and pages whose figures are known. Kept out of the unit and browser suites.
export default defineConfig({
	test: {
		include: ['tests/bench/**/*.test.ts'],
		testTimeout: 60_000,
		// The memory test holds 600 MiB; one file at a time on two cores.
		fileParallelism: false,
	},
});
