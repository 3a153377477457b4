/**
 * The bench's memory measure: processes running at once add up
 * (scripts/bench/measure.ts). The processes that hold the memory
 * (hold-memory.ts) say when they hold it and keep it until they are stopped,
 * so what is sampled never depends on how busy the machine is.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { timed, treeRss } from '../../scripts/bench/measure.ts';
import { heldBy } from './hold-memory.ts';

const HOLDER = join(import.meta.dirname, 'hold-memory.ts');
const MiB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'iw-bench-measure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench memory', () => {
	it('sums the resident memory of a process and its descendants', async () => {
		const holder = spawn(process.execPath, [HOLDER, '100', '200'], { stdio: ['pipe', 'pipe', 'inherit'] });
		try {
			await heldBy(holder);
			expect(treeRss(holder.pid ?? 0)).toBeGreaterThan(300 * MiB);
			// Above the largest pid Linux hands out.
			expect(treeRss(2 ** 22 + 12_345)).toBe(0);
		} finally {
			holder.kill();
		}
	});

	it('reports two processes that run at once as their sum, not the larger one', async () => {
		const signal = join(work, 'held');
		let heldAtLastSample = false;
		let released = false;
		const result = await timed(process.execPath, [HOLDER, '0', '300', '300'], {
			env: { HOLD_SIGNAL_FILE: signal },
			onSample: () => {
				// A sample taken after both children held their memory is in: let them go.
				if (heldAtLastSample && !released) {
					released = true;
					process.kill(Number(readFileSync(signal, 'utf8')), 'SIGTERM');
				}
				heldAtLastSample = existsSync(signal);
			},
		});
		// Each child alone is 300 MiB: only the sum over the tree goes beyond 600.
		expect(result.peakRss).toBeGreaterThan(600 * MiB);
	});
});
