/** The bench's memory measure: processes running at once add up (scripts/bench/measure.ts). */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { timed, treeRss } from '../scripts/bench/measure.ts';

const holdMemory = (mb: number) => `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => b.length, 1500);`;

describe('bench memory', () => {
	it('sums the resident memory of a process and its descendants', async () => {
		const parent = spawn(process.execPath, [
			'-e',
			`require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(holdMemory(200))}], { stdio: 'inherit' }); ${holdMemory(100)}`,
		]);
		try {
			await new Promise((resolve) => setTimeout(resolve, 800));
			expect(treeRss(parent.pid ?? 0)).toBeGreaterThan(300 * 1024 * 1024);
			expect(treeRss(2 ** 22 + 12_345)).toBe(0);
		} finally {
			parent.kill();
		}
	});

	it('reports two processes that run at once as their sum, not the larger one', async () => {
		const script = `const { spawn } = require('node:child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', ${JSON.stringify(holdMemory(300))}], { stdio: 'inherit' });`;
		const result = await timed(process.execPath, ['-e', script]);
		expect(result.peakRss).toBeGreaterThan(600 * 1024 * 1024);
	});
});
