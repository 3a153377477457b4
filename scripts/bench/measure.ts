/**
 * Measurements for `npm run bench`: timed child processes with their peak
 * memory, sizes of a built site, and what a headless Chromium loads from it
 * (JS before interaction, the first Pagefind query), served by a tiny static
 * server that gzips text like a real host would.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_MANIFEST_URL } from '../../src/lib/search-shards.ts';
import type { Browser, Request } from 'playwright-core';
import { launch } from '../../tests/e2e/browser.ts';

export interface StepResult {
	/** Wall-clock seconds. */
	seconds: number;
	/** Peak resident memory in bytes (0 when unknown): the larger of the largest single process and the sampled sum over the process tree. */
	peakRss: number;
	/** CPU seconds (user + system) of the command and its children; less noisy than wall time on a busy machine. */
	cpuSeconds: number | undefined;
}

const HAS_GNU_TIME = existsSync('/usr/bin/time');

/** Resident bytes of a process and all its descendants now, from /proc (0 where there is none). */
export function treeRss(root: number): number {
	if (!existsSync('/proc')) return 0;
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop() as number;
		try {
			total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
		} catch {
			// Ended.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * Runs a command, failing with its output when it fails. Peak memory is the
 * larger of GNU time's (`%M`: the command or its largest waited-for
 * descendant) and the sum over the process tree sampled every 250 ms, since
 * processes that run at once (two Pagefind shards) add up.
 */
export function timed(
	command: string,
	args: string[],
	options: {
		cwd?: string;
		env?: NodeJS.ProcessEnv;
		/** Called after each sample of the process tree with its resident bytes (the bench's self-test waits on it). */
		onSample?: (bytes: number) => void;
	} = {},
): Promise<StepResult> {
	const memFile = join(tmpdir(), `iw-bench-mem-${process.pid}-${Date.now()}`);
	const [cmd, argv] = HAS_GNU_TIME
		? ['/usr/bin/time', ['-f', '%M %U %S', '-o', memFile, command, ...args]]
		: [command, args];
	const start = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, argv as string[], {
			cwd: options.cwd,
			env: { ...process.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		let sampled = 0;
		const sampler = setInterval(() => {
			if (child.pid === undefined) return;
			const bytes = treeRss(child.pid);
			sampled = Math.max(sampled, bytes);
			options.onSample?.(bytes);
		}, 250);
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(sampler);
			const seconds = (performance.now() - start) / 1000;
			let peakRss = sampled;
			let cpuSeconds: number | undefined;
			if (existsSync(memFile)) {
				const [kb, user, sys] = (readFileSync(memFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
				if (kb !== undefined && Number.isFinite(kb)) peakRss = Math.max(peakRss, kb * 1024);
				if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) cpuSeconds = user + sys;
				rmSync(memFile, { force: true });
			}
			if (code === 0) resolve({ seconds, peakRss, cpuSeconds });
			else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
		});
	});
}

function* walk(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

/**
 * A fixed single-thread workload (gzip of the same 32 MB), in milliseconds,
 * median of three. The bench runs it before and after the builds: on a shared
 * machine the same code can run twice as slow in the evening as in the
 * morning, and this figure shows which kind of machine a result came from.
 */
export function cpuCheck(): number {
	const data = Buffer.alloc(32 * 1024 * 1024);
	for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
	const times = [0, 1, 2].map(() => {
		const start = performance.now();
		gzipSync(data, { level: 6 });
		return performance.now() - start;
	});
	return times.sort((a, b) => a - b)[1] ?? 0;
}

export interface SizeResult {
	distBytes: number;
	files: number;
	htmlPages: number;
	/** All HTML pages. */
	html: HtmlStats;
	/** Entry pages only (`/<section>/<slug>/`): terms, tools, steps… Index pages that list a collection are excluded. */
	entryHtml: HtmlStats;
}

export interface HtmlStats {
	medianRaw: number;
	maxRaw: number;
	medianGzip: number;
	maxGzip: number;
	maxPage: string;
}

const ENTRY_PAGE = /^\/[^/]+\/[^/]+\/index\.html$/;

function htmlStats(pages: { path: string; raw: number; gzip: number }[]): HtmlStats {
	const biggest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a), pages[0] ?? { path: '', raw: 0, gzip: 0 });
	return {
		medianRaw: median(pages.map((p) => p.raw)),
		maxRaw: Math.max(0, ...pages.map((p) => p.raw)),
		medianGzip: median(pages.map((p) => p.gzip)),
		maxGzip: biggest.gzip,
		maxPage: biggest.path,
	};
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Total size of a built site and the spread of its HTML pages (gzip: zlib, level 6). */
export function measureSizes(dist: string): SizeResult {
	let distBytes = 0;
	let files = 0;
	const pages: { path: string; raw: number; gzip: number }[] = [];
	for (const path of walk(dist)) {
		const size = statSync(path).size;
		distBytes += size;
		files++;
		if (path.endsWith('.html')) {
			const bytes = readFileSync(path);
			pages.push({
				path: path.slice(dist.length).split('\\').join('/'),
				raw: bytes.length,
				gzip: gzipSync(bytes).length,
			});
		}
	}
	return {
		distBytes,
		files,
		htmlPages: pages.length,
		html: htmlStats(pages),
		entryHtml: htmlStats(pages.filter((p) => ENTRY_PAGE.test(p.path))),
	};
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** Serves a folder on a free port; text is gzipped when the client accepts it. */
export function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		path = normalize(path).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body = readFileSync(file);
		const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(body);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
		}),
	);
}

export interface BrowserResult {
	/** JS before the load event, per measured page: bytes over the wire (gzip) plus inline scripts (gzipped). */
	js: { path: string; gzipBytes: number; scripts: number }[];
	/**
	 * First query through the Pagefind JS API: `ms` cold (import, start, query,
	 * first result's data); `loadedMs` from query to first result's data when
	 * Pagefind was already started, as the search dialog does when it opens;
	 * `countsMs` the same with every filter chunk loaded, as on /zoeken/ once
	 * its first results are shown.
	 */
	search: {
		query: string;
		ms: number;
		loadedMs: number;
		countsMs: number;
		bytes: number;
		requests: number;
		results: number;
	};
	/** The same query typed into the site's own search box, at each of TYPING_DELAYS (empty when no box was given). */
	typed: TypedSearch[];
	/** The same query pasted whole into the site's own search box once it has started (keyDelay 0); absent when no box was given. */
	pasted?: TypedSearch;
}

/**
 * A fresh browser context, as on a first visit: no cache and no service worker. This
 * site's worker registers after the load event and then precaches in the background;
 * blocked, so that both sites are measured alike (Starlight has none).
 */
const firstVisit = (browser: Browser) => browser.newContext({ serviceWorkers: 'block' });

/** Milliseconds between keys for the typed search: a brisk typist, and a very fast one. */
export const TYPING_DELAYS = [150, 60] as const;

/**
 * Opens each content page in a fresh context and sums the scripts that load
 * before the load event; then runs a first Pagefind query from a content page
 * and counts everything fetched under /pagefind/; with `ui`, also types the
 * query into that search box (`typedSearch`).
 */
export async function measureInBrowser(
	baseUrl: string,
	pages: string[],
	query: string,
	ui?: SearchUi,
): Promise<BrowserResult> {
	const browser = await launch();
	try {
		const js: BrowserResult['js'] = [];
		for (const path of pages) {
			const context = await firstVisit(browser);
			const page = await context.newPage();
			const scripts: Promise<number>[] = [];
			let loaded = false;
			page.on('response', (response) => {
				if (loaded || response.request().resourceType() !== 'script') return;
				scripts.push(
					response
						.request()
						.sizes()
						.then((s) => s.responseBodySize),
				);
			});
			await page.goto(baseUrl + path, { waitUntil: 'load' });
			loaded = true;
			const inline = await page.evaluate(() =>
				[...document.scripts]
					.filter((s) => !s.src && (s.type === '' || s.type === 'module' || s.type === 'text/javascript'))
					.map((s) => s.textContent ?? ''),
			);
			const external = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
			const inlineGzip = inline.reduce((a, text) => a + gzipSync(text).length, 0);
			js.push({ path, gzipBytes: external + inlineGzip, scripts: scripts.length + inline.length });
			await context.close();
		}

		// Cold: nothing loaded yet; the query itself starts Pagefind.
		const context = await firstVisit(browser);
		const page = await context.newPage();
		await page.goto(baseUrl + (pages[0] ?? '/'), { waitUntil: 'load' });
		const fetched: Promise<number>[] = [];
		page.on('requestfinished', (request) => {
			if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
				fetched.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
			}
		});
		const cold = await page.evaluate(
			async ([q, manifestUrl]) => {
				const start = performance.now();
				const [pf, manifest] = await Promise.all([
					import('/pagefind/pagefind.js' as string),
					fetch(manifestUrl).then((r): Promise<{ bundles?: string[] }> => (r.ok ? r.json() : Promise.resolve({}))),
				]);
				await Promise.all((manifest.bundles ?? []).map((bundle) => pf.mergeIndex(bundle)));
				const search = await pf.search(q);
				const first = search.results[0] ? await search.results[0].data() : undefined;
				return { ms: performance.now() - start, results: search.results.length as number, found: Boolean(first) };
			},
			[query, SEARCH_MANIFEST_URL] as const,
		);
		await page.waitForTimeout(200);
		const bytes = (await Promise.all(fetched)).reduce((a, b) => a + b, 0);
		await context.close();
		if (!cold.found) throw new Error(`the first query "${query}" found nothing`);

		// Loaded: Pagefind started the way src/scripts/search-core.ts starts it
		// (init; an empty query that builds the word segmenter), then the first
		// query, whose index chunks are not loaded yet. The header dialog starts
		// it on opening; /zoeken/ loads every filter chunk after its first results, to show counts.
		const startedSearch = async (withCounts: boolean): Promise<number> => {
			const context = await firstVisit(browser);
			const page = await context.newPage();
			await page.goto(baseUrl + (pages[0] ?? '/'), { waitUntil: 'load' });
			const ms = await page.evaluate(
				async ([q, counts, manifestUrl]) => {
					const [pf, manifest] = await Promise.all([
						import('/pagefind/pagefind.js' as string),
						fetch(manifestUrl).then((r): Promise<{ bundles?: string[] }> => (r.ok ? r.json() : Promise.resolve({}))),
					]);
					await pf.init();
					await Promise.all((manifest.bundles ?? []).map((bundle) => pf.mergeIndex(bundle)));
					await pf.search('');
					if (counts) await pf.filters();
					const start = performance.now();
					const search = await pf.search(q);
					if (search.results[0]) await search.results[0].data();
					return performance.now() - start;
				},
				[query, withCounts, SEARCH_MANIFEST_URL] as const,
			);
			await context.close();
			return ms;
		};
		const loaded = await startedSearch(false);
		const withCounts = await startedSearch(true);
		const typed: TypedSearch[] = [];
		let pasted: TypedSearch | undefined;
		try {
			if (ui) {
				for (const delay of TYPING_DELAYS)
					typed.push(await typedSearch(browser, baseUrl, pages[0] ?? '/', query, ui, delay));
				pasted = await typedSearch(browser, baseUrl, pages[0] ?? '/', query, ui, 0, 5);
			}
		} catch (error) {
			// Another site's search box may change its markup: report n/a rather than lose the whole run.
			console.error(`[bench] typed search in ${ui?.input}: ${(error as Error).message.split('\n')[0]}`);
		}
		const search = {
			query,
			ms: cold.ms,
			loadedMs: loaded,
			countsMs: withCounts,
			bytes,
			requests: fetched.length,
			results: cold.results,
		};
		return pasted ? { js, search, typed, pasted } : { js, search, typed };
	} finally {
		await browser.close();
	}
}

/** How a search box is driven and read: our header dialog, or another site's. */
export interface SearchUi {
	/** Button that opens the search. */
	open: string;
	/** The text field to type in. */
	input: string;
	/** Element to watch for changes: `done`, or one that holds it once results are shown. */
	watch: string;
	/** Element whose text names the query once its results are on screen. */
	done: string;
}

/** This site's header dialog (src/components/SearchDialog.astro): its status line names the query with the results. */
export const SITE_SEARCH_UI: SearchUi = {
	open: '.search-open',
	input: '#search-dialog-input',
	watch: '#search-dialog-status',
	done: '#search-dialog-status',
};

/** A search typed into a search box: last keystroke to results on screen (median), and everything fetched from /pagefind/ (the most of any run). */
export interface TypedSearch {
	ms: number;
	bytes: number;
	/** Milliseconds between keys. */
	keyDelay: number;
}

/**
 * The first search as a visitor sees it: opens the search box on `path`,
 * waits until its fetches from /pagefind/ are done (the box has started its search), types
 * `query` one key every `keyDelay` ms (with 0, pastes it whole) and times from the last keystroke to the
 * moment `ui.done` names the whole query. Unlike the API figures, this counts
 * whatever the page waits before it searches (a debounce) and the searches it
 * runs for the first letters. Median of `runs`, each in a fresh context.
 */
export async function typedSearch(
	browser: Browser,
	baseUrl: string,
	path: string,
	query: string,
	ui: SearchUi = SITE_SEARCH_UI,
	keyDelay = 150,
	runs = 3,
): Promise<TypedSearch> {
	const times: number[] = [];
	const bytes: number[] = [];
	for (let run = 0; run < runs; run++) {
		const context = await firstVisit(browser);
		const page = await context.newPage();
		await page.goto(baseUrl + path, { waitUntil: 'load' });
		const fetched: Promise<number>[] = [];
		const traffic = { open: 0, last: 0 };
		const isPagefind = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/');
		page.on('request', (request) => {
			if (isPagefind(request)) Object.assign(traffic, { open: traffic.open + 1, last: Date.now() });
		});
		page.on('requestfailed', (request) => {
			if (isPagefind(request)) Object.assign(traffic, { open: traffic.open - 1, last: Date.now() });
		});
		page.on('requestfinished', (request) => {
			if (!isPagefind(request)) return;
			Object.assign(traffic, { open: traffic.open - 1, last: Date.now() });
			fetched.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
		});
		await page.click(ui.open);
		// Started: whatever the box fetches from /pagefind/ on opening is done, and half a second passed
		// without more (waitForLoadState('networkidle') returns at once if the page got there before the click).
		// Some boxes (Pagefind's default UI) fetch nothing until the first key.
		traffic.last = Math.max(traffic.last, Date.now());
		const startedBy = Date.now() + 30_000;
		while (traffic.open > 0 || Date.now() - traffic.last < 500) {
			if (Date.now() > startedBy) throw new Error(`${ui.open} did not start the search within 30 s`);
			await page.waitForTimeout(50);
		}
		await page.evaluate(
			([ui, q]) => {
				const probe = { lastKey: 0, shown: 0 };
				(window as unknown as { typedProbe: typeof probe }).typedProbe = probe;
				document.querySelector(ui.input)?.addEventListener('input', () => (probe.lastKey = performance.now()));
				const watch = document.querySelector(ui.watch);
				if (!watch) throw new Error(`no ${ui.watch} on the page`);
				new MutationObserver(() => {
					const done = document.querySelector(ui.done)?.textContent ?? '';
					if (!probe.shown && probe.lastKey && done.includes(q)) probe.shown = performance.now();
				}).observe(watch, { childList: true, characterData: true, subtree: true });
			},
			[ui, query] as const,
		);
		if (keyDelay === 0) await page.locator(ui.input).fill(query);
		else await page.locator(ui.input).pressSequentially(query, { delay: keyDelay });
		const handle = await page.waitForFunction(
			() => {
				const probe = (window as unknown as { typedProbe: { lastKey: number; shown: number } }).typedProbe;
				// An object, so that a time of 0 ms still ends the wait.
				return probe.shown > 0 && { ms: probe.shown - probe.lastKey };
			},
			undefined,
			{ timeout: 60_000 },
		);
		const shown = await handle.jsonValue();
		times.push(shown ? shown.ms : Number.NaN);
		await page.waitForTimeout(200);
		bytes.push((await Promise.all(fetched)).reduce((a, b) => a + b, 0));
		await context.close();
	}
	return { ms: median(times), bytes: Math.max(...bytes), keyDelay };
}
