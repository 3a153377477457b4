/**
 * The flags scripts/build.ts starts `astro build` with: Node must accept them
 * (an unknown flag stops the build before it starts), and they must cap the
 * young generation, which keeps the build's memory peak down.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ASTRO_NODE_FLAGS } from '../scripts/astro-node-flags.ts';

/** Churns short-lived objects and prints the largest new space seen, in MB. */
const churn = `
const v8 = require('node:v8');
let keep = [], max = 0;
for (let i = 0; i < 4e6; i++) {
	keep.push({ i, s: 'x' + i });
	if (keep.length > 2e5) keep = [];
	if (i % 5e4 === 0) max = Math.max(max, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
}
// Not console.log: with FORCE_COLOR (as in CI) it would colour the number.
process.stdout.write(String(max / 2 ** 20));
`;

function newSpaceMb(flags: readonly string[]): number {
	const result = spawnSync(process.execPath, [...flags, '-e', churn], { encoding: 'utf8' });
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return Number(result.stdout.trim());
}

it('caps the young generation at two 16 MB semi-spaces', () => {
	const capped = newSpaceMb(ASTRO_NODE_FLAGS);
	expect(capped).toBeGreaterThan(0);
	// Two 16 MB semi-spaces, plus a page V8 sometimes counts on top.
	expect(capped).toBeLessThan(48);
	// The same churn grows past that under a larger cap (Node's default depends on the machine's memory: 64 MB here).
	expect(newSpaceMb(['--max-semi-space-size=64'])).toBeGreaterThan(2 * capped);
}, 30_000);
