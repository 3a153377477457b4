/**
 * `npm run audit:lighthouse`: Lighthouse (from npm) with Debian's Chromium on
 * the home page, a step, a term and /zoeken/, against the built site served by
 * `astro preview`. Prints the four category scores per page. Not part of CI:
 * scores depend on the machine's load. Needs a build in dist/.
 *
 *   node scripts/lighthouse.ts [--port 4329]
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PAGES = ['/', '/handleiding/voorbereiding/', '/begrippen/borging/', '/zoeken/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4329;
const base = `http://127.0.0.1:${port}`;

const server = spawn(
	process.execPath,
	['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', '127.0.0.1'],
	{
		stdio: 'ignore',
	},
);
const stop = () => server.kill();

async function waitForServer() {
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(`${base}/`)).ok) return;
		} catch {
			// Not up yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`astro preview did not start on ${base}`);
}

let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
	await waitForServer();
	chrome = await chromeLauncher.launch({
		chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
	});
	const rows: string[][] = [];
	for (const path of PAGES) {
		const result = await lighthouse(`${base}${path}`, {
			port: chrome.port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: [...CATEGORIES],
		});
		const categories = result?.lhr.categories ?? {};
		rows.push([path, ...CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100)))]);
	}
	const header = ['page', ...CATEGORIES];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
} finally {
	chrome?.kill();
	stop();
}
