/**
 * `npm run bench:search [-- --set bench/search-eval.yaml] [--out docs/search-quality.md]`:
 * types every query of the evaluation set into the site's own /zoeken/ (as
 * `?q=`) in headless Chromium, reads the ranked result links and prints
 * hit@1, hit@3 and MRR per query class and overall, with the time to the first
 * result and the bytes fetched from /pagefind/; writes the same as a Markdown
 * report with the misses. Serves the built dist/ (and builds it first when it
 * is missing). A benchmark, not a test: it is not part of `npm test`, and it
 * exits 0 when the targets are missed.
 *
 * The page counts as settled when its status line is set and no longer says
 * "Bezig…", as many result links are on screen as it reports (up to the top
 * 10), every filter count is filled in (the page counts after showing the
 * results) and nothing from /pagefind/ is still loading. Each query runs in a
 * fresh context, as a first visit, after one warm-up query that is not counted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Request } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { launch } from '../../tests/e2e/browser.ts';
import { serve } from './measure.ts';
import {
	changesOf,
	firstRank,
	markdownReport,
	parseEvalSet,
	plainTable,
	QUERY_CLASSES,
	scoreTable,
	summarise,
	targetLine,
	TOP,
	type QueryRun,
	type ScoredQuery,
} from './search-eval.ts';

const { values } = parseArgs({
	options: {
		set: { type: 'string', default: 'bench/search-eval.yaml' },
		out: { type: 'string', default: 'docs/search-quality.md' },
	},
});
const log = (message: string) => console.error(`[bench:search] ${message}`);
const dist = join(process.cwd(), 'dist');

/** Bench-only state the page keeps, set up before any of its scripts run. */
interface Probe {
	firstResultMs?: number;
}
type ProbeWindow = Window & { searchBenchProbe?: Probe };

/** Runs in the page before its scripts: notes when the first result link appears. */
function installProbe() {
	const probe: Probe = {};
	(window as ProbeWindow).searchBenchProbe = probe;
	new MutationObserver((_, observer) => {
		if (!document.querySelector('search-page a.search-result')) return;
		probe.firstResultMs = performance.now();
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
}

/**
 * Runs in the page (serialised, so it may use nothing from this module): once
 * the page is settled, the ranked result paths, the count it reports and the
 * time of the first result; null before. The best match is the first
 * `a.search-result` (a card, but a result like the others). The count is the
 * "N resultaten" (or "1 resultaat", which the report showed as "?" before) in
 * the status line, whatever it says around it: also when the query was
 * relaxed ("Geen pagina met alle woorden; dit zijn de beste treffers (N
 * resultaten).") or corrected ("… Dit zijn de resultaten voor “…”: N
 * resultaten."); "Geen resultaten" is none.
 */
function readSettled(top: number) {
	const status = document.querySelector('search-page [role=status]')?.textContent?.trim() ?? '';
	const count = /(\d+) resultaa?t/.exec(status)?.[1];
	const total = count !== undefined ? Number(count) : /^Geen resultaten/.test(status) ? 0 : undefined;
	const ranked: string[] = [];
	for (const link of document.querySelectorAll<HTMLAnchorElement>('search-page a.search-result')) {
		const path = new URL(link.href).pathname.replace(/index\.html$/, '');
		if (!ranked.includes(path)) ranked.push(path);
	}
	const countsShown = [...document.querySelectorAll('search-page [data-count]')].every((c) => c.textContent?.trim());
	const busy = !status || status.startsWith('Bezig');
	if (busy || !countsShown || (total !== undefined && ranked.length < Math.min(total, top))) return null;
	return {
		ranked: ranked.slice(0, top),
		total,
		firstResultMs: (window as ProbeWindow).searchBenchProbe?.firstResultMs,
	};
}

async function runQuery(browser: Browser, origin: string, query: string): Promise<QueryRun> {
	// No cache and no service worker: every query is a first visit.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const sizes: Promise<number>[] = [];
		let loading = 0;
		let quiet: (() => void) | undefined;
		const isPagefind = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/');
		const done = (request: Request) => {
			if (!isPagefind(request)) return;
			loading--;
			if (loading === 0) quiet?.();
		};
		page.on('request', (request) => {
			if (isPagefind(request)) loading++;
		});
		page.on('requestfailed', done);
		page.on('requestfinished', (request) => {
			if (isPagefind(request))
				sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
			done(request);
		});
		await page.addInitScript(installProbe);
		await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`);
		const settled = await page.waitForFunction(readSettled, TOP, { timeout: 60_000 });
		const shown = await settled.jsonValue();
		if (!shown) throw new Error('the page settled without results to read');
		const { ranked, total, firstResultMs } = shown;
		if (loading > 0) await new Promise<void>((resolve) => (quiet = resolve));
		const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
		return { ranked, total, firstResultMs, bytes };
	} catch (error) {
		throw new Error(`query "${query}": ${(error as Error).message.split('\n')[0]}`, { cause: error });
	} finally {
		await context.close();
	}
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

async function main() {
	const queries = parseEvalSet(readFileSync(values.set, 'utf8'), values.set);
	if (!existsSync(join(dist, 'zoeken/index.html'))) {
		log('no built site in dist/: running npm run build');
		execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
	}
	const missing = queries.flatMap((q) =>
		q.expected.filter((path) => !existsSync(join(dist, path, 'index.html'))).map((path) => `"${q.query}": ${path}`),
	);
	if (missing.length > 0) throw new Error(`expected pages that dist/ does not have:\n${missing.join('\n')}`);

	const server = await serve(dist);
	const browser = await launch();
	const rows: ScoredQuery[] = [];
	try {
		// Not counted: the first page view of a fresh browser pays for starting it.
		await runQuery(browser, server.url, queries[0]?.query ?? 'borging');
		for (const [index, q] of queries.entries()) {
			const run = await runQuery(browser, server.url, q.query);
			const rank = firstRank(run.ranked, q.expected);
			rows.push({ ...q, ...run, rank });
			log(`${index + 1}/${queries.length} ${q.class} "${q.query}": ${rank === undefined ? 'miss' : `rank ${rank}`}`);
		}
		const summary = summarise(rows);
		console.log(plainTable(scoreTable(summary)));
		for (const [kind] of summary.byClass) {
			const missed = rows.filter((r) => r.class === kind && (r.rank === undefined || r.rank > 3));
			if (missed.length === 0) continue;
			console.log(`\nmisses, ${QUERY_CLASSES[kind]}:`);
			for (const r of missed)
				console.log(`  "${r.query}" → ${r.ranked[0] ?? 'no results'} (rank ${r.rank ?? '–'}; want ${r.expected[0]})`);
		}
		console.log(`\n${targetLine(summary)}`);

		const dirty = git('status', '--porcelain').length > 0;
		// The hand-written account of what changed stays; the figures are new.
		const changes = existsSync(values.out) ? changesOf(readFileSync(values.out, 'utf8')) : '';
		const report = markdownReport(
			rows,
			{
				set: values.set,
				commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes)' : ''}`,
				date: new Date().toISOString().slice(0, 10),
				browser: `Chromium ${browser.version()}`,
			},
			changes,
		);
		mkdirSync(dirname(values.out), { recursive: true });
		const config = await resolveConfig(values.out);
		writeFileSync(values.out, await format(report, { ...config, filepath: values.out }));
		log(`report written to ${values.out}`);
	} finally {
		await browser.close();
		await server.close();
	}
}

await main();
