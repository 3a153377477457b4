/**
 * `node scripts/bench/admin.ts [runs]`: how heavy /admin/ is on the built site
 * (`dist/`): the CMS bundle's size (raw and gzip) and the time from opening the
 * page to Decap's login button, in Chromium against decap-server (fs mode, on
 * an empty temporary folder). Prints the median and range of the runs; the
 * figures go into docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './measure.ts';

const runs = Number(process.argv[2] ?? 5);
const bundle = readFileSync('dist/admin/cms.js');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** decap-server on a port the system picks; resolves with that port. */
function startBackend(dir: string): Promise<{ port: number; stop: () => void }> {
	const server = spawn(
		process.execPath,
		['--import', './scripts/cms/report-listening.ts', 'node_modules/decap-server/dist/index.js'],
		{ env: { ...process.env, MODE: 'fs', PORT: '0', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'error' } },
	);
	return new Promise((resolve, reject) => {
		createInterface({ input: server.stdout }).on('line', (line) => {
			const port = /^listening on port (\d+)$/.exec(line)?.[1];
			if (port) resolve({ port: Number(port), stop: () => server.kill() });
		});
		server.on('exit', (code) => reject(new Error(`decap-server ended (exit ${code})`)));
	});
}

const dir = mkdtempSync(join(tmpdir(), 'iw-admin-bench-'));
const site = await serve('dist');
const backend = await startBackend(dir);
const browser = await chromium.launch({
	executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const times: number[] = [];
try {
	for (let i = 0; i < runs; i++) {
		// A fresh context each time: nothing cached, as on a first visit.
		const context = await browser.newContext();
		const page = await context.newPage();
		const start = performance.now();
		await page.goto(`${site.url}/admin/?backend=${backend.port}`, { waitUntil: 'commit' });
		await page.getByRole('button', { name: 'Inloggen' }).waitFor();
		times.push(performance.now() - start);
		await context.close();
	}
} finally {
	await browser.close();
	backend.stop();
	await site.close();
	rmSync(dir, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const ms = (t: number) => `${(t / 1000).toFixed(2)} s`;
console.log(`/admin/cms.js: ${mb(bundle.length)}, gzip ${mb(gzipSync(bundle).length)}`);
console.log(
	`login button after: median ${ms(times[Math.floor(times.length / 2)] ?? 0)} (${ms(times[0] ?? 0)}–${ms(times.at(-1) ?? 0)}, ${runs} runs)`,
);
