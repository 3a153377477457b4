/**
 * `npm run bench [-- --pages N] [--vs starlight] [--out file] [--seed S] [--keep]`:
 * generates a synthetic corpus of N pages (default 1,000) in a temporary
 * folder, builds it with this project's own build (validate, astro build,
 * pagefind, service worker) and prints build time, peak memory, sizes, JS before interaction
 * and the first search in headless Chromium, then the targets of issue 7 as
 * met / not met. With `--vs starlight` it builds the same corpus with Astro
 * Starlight (installed into the temporary folder) and compares.
 * A benchmark, not a test: it is not part of `npm test`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { entryUrl } from '../src/lib/urls.ts';
import { distribution, generateCorpus, loadGlossary, writeCorpus } from './bench/corpus.ts';
import {
	cpuCheck,
	measureInBrowser,
	measureSizes,
	serve,
	SITE_SEARCH_UI,
	timed,
	TYPING_DELAYS,
	type BrowserResult,
	type SearchUi,
	type SizeResult,
} from './bench/measure.ts';
import { installStarlight, STARLIGHT_SEARCH_UI, STARLIGHT_VERSION, writeStarlightProject } from './bench/starlight.ts';
import { ASTRO_NODE_FLAGS } from './astro-node-flags.ts';
import { copyProject } from './project-copy.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '1000' },
		vs: { type: 'string' },
		out: { type: 'string', default: 'bench/results.md' },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		query: { type: 'string', default: 'borging' },
	},
});
const pages = Number(values.pages);
const seed = Number(values.seed);
if (values.vs !== undefined && values.vs !== 'starlight')
	throw new Error(`--vs only knows "starlight", got "${values.vs}"`);

const project = process.cwd();
const astroBin = join(project, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'iw-bench-'));
const log = (message: string) => console.error(`[bench] ${message}`);

interface SystemResult {
	name: string;
	totalSeconds: number;
	astroSeconds: number | undefined;
	pagefindSeconds: number | undefined;
	/** The service worker step (our build only; Starlight has none). */
	swSeconds?: number;
	peakRss: number;
	/** Peak of each step, to show which one sets the peak (our build only). */
	stepPeaks?: { validate: number; astro: number; pagefind: number };
	cpuSeconds: number | undefined;
	sizes: SizeResult;
	browser: BrowserResult;
}

const KB = 1024;
const fmtBytes = (n: number) => (n >= 1024 * KB ? `${(n / 1024 / KB).toFixed(1)} MB` : `${(n / KB).toFixed(1)} KB`);
const fmtS = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(1)} s`);

async function browse(dist: string, testPages: string[], ui: SearchUi): Promise<BrowserResult> {
	const server = await serve(dist);
	try {
		return await measureInBrowser(server.url, testPages, values.query, ui);
	} finally {
		await server.close();
	}
}

const cpuBefore = cpuCheck();
log(`CPU check: ${cpuBefore.toFixed(0)} ms`);

try {
	// 1. Corpus.
	const glossary = loadGlossary(join(project, 'content/begrippen'));
	const corpus = generateCorpus({ pages, seed, glossary });
	const content = join(work, 'content');
	writeCorpus(content, corpus);
	const counts = distribution(pages);
	log(
		`corpus: ${corpus.length} pages in ${content} (${Object.entries(counts)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')})`,
	);
	const firstStep = corpus.find((p) => p.collection === 'stappen' && p.data['step'] === 1);
	const term =
		corpus.find((p) => p.collection === 'begrippen' && p.id === values.query) ??
		corpus.find((p) => p.collection === 'begrippen');
	const testPages = [entryUrl('begrippen', term?.id ?? ''), entryUrl('stappen', firstStep?.id ?? '')];

	// 2. This project's build, as `npm run build` runs it: validate → astro build → pagefind → service worker.
	// A copy of the project (node_modules linked) builds in the temporary folder, so the
	// bench never touches this worktree's .astro/ or dist/ and can run next to npm test.
	const root = copyProject(join(work, 'project'), project);
	const dist = join(root, 'dist');
	writeFileSync(
		join(root, 'astro.bench.config.mjs'),
		`import base from './astro.config.mjs';\nexport default { ...base, cacheDir: ${JSON.stringify(join(work, 'cache'))} };\n`,
	);
	// content.config.ts prefixes the folder with ./, so it is passed relative to the root.
	const env = { CONTENT_DIR: relative(root, content), ASTRO_TELEMETRY_DISABLED: '1' };
	log('validate');
	const validate = await timed(process.execPath, ['scripts/validate.ts', content], { cwd: root, env });
	log(`astro build (${pages} pages)`);
	const astro = await timed(
		process.execPath,
		[...ASTRO_NODE_FLAGS, astroBin, 'build', '--config', 'astro.bench.config.mjs'],
		{ cwd: root, env },
	);
	log('pagefind');
	const pagefind = await timed(process.execPath, ['scripts/index-search.ts', dist], { cwd: root, env });
	log('service worker');
	const sw = await timed(process.execPath, ['scripts/build-sw.ts', dist], { cwd: root, env });
	const steps = [validate, astro, pagefind, sw];
	log('sizes and browser');
	const ours: SystemResult = {
		name: 'Implementatiewiki',
		totalSeconds: steps.reduce((sum, r) => sum + r.seconds, 0),
		astroSeconds: astro.seconds,
		pagefindSeconds: pagefind.seconds,
		swSeconds: sw.seconds,
		peakRss: Math.max(...steps.map((r) => r.peakRss)),
		stepPeaks: { validate: validate.peakRss, astro: astro.peakRss, pagefind: pagefind.peakRss },
		cpuSeconds: steps.every((r) => r.cpuSeconds !== undefined)
			? steps.reduce((sum, r) => sum + (r.cpuSeconds ?? 0), 0)
			: undefined,
		sizes: measureSizes(dist),
		browser: await browse(dist, testPages, SITE_SEARCH_UI),
	};

	// 3. Optionally the same corpus with Starlight.
	let starlight: SystemResult | undefined;
	if (values.vs === 'starlight') {
		const dir = join(work, 'starlight');
		const astroVersion = (
			JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
		).version;
		writeStarlightProject(dir, corpus, astroVersion);
		log(`npm install @astrojs/starlight@${STARLIGHT_VERSION} astro@${astroVersion} in ${dir}`);
		const installSeconds = await installStarlight(dir);
		log(`installed in ${installSeconds.toFixed(0)} s; starlight build (includes its Pagefind run)`);
		const build = await timed(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			env: { ASTRO_TELEMETRY_DISABLED: '1' },
		});
		const starlightDist = join(dir, 'dist');
		starlight = {
			name: `Starlight ${STARLIGHT_VERSION}`,
			totalSeconds: build.seconds,
			astroSeconds: undefined,
			pagefindSeconds: undefined,
			peakRss: build.peakRss,
			cpuSeconds: build.cpuSeconds,
			sizes: measureSizes(starlightDist),
			browser: await browse(starlightDist, testPages, STARLIGHT_SEARCH_UI),
		};
	}

	// 4. Report.
	const systems = [ours, ...(starlight ? [starlight] : [])];
	const maxJs = (s: SystemResult) => Math.max(...s.browser.js.map((j) => j.gzipBytes));
	type Row = [string, (s: SystemResult) => number | undefined, (n: number | undefined) => string];
	const rows: Row[] = [
		['Total build + index', (s) => s.totalSeconds, fmtS],
		['CPU time, user + system (all steps)', (s) => s.cpuSeconds, fmtS],
		['Astro build', (s) => s.astroSeconds, fmtS],
		['Pagefind', (s) => s.pagefindSeconds, fmtS],
		['Service worker', (s) => s.swSeconds, fmtS],
		['Peak memory (RSS)', (s) => s.peakRss, (n) => (n ? fmtBytes(n) : 'n/a')],
		['Peak memory, Astro build', (s) => s.stepPeaks?.astro, (n) => (n ? fmtBytes(n) : 'n/a')],
		['Peak memory, Pagefind', (s) => s.stepPeaks?.pagefind, (n) => (n ? fmtBytes(n) : 'n/a')],
		['dist/ size', (s) => s.sizes.distBytes, (n) => fmtBytes(n ?? 0)],
		['HTML pages', (s) => s.sizes.htmlPages, (n) => String(n)],
		['Entry page HTML, median (raw)', (s) => s.sizes.entryHtml.medianRaw, (n) => fmtBytes(n ?? 0)],
		['Entry page HTML, max (raw)', (s) => s.sizes.entryHtml.maxRaw, (n) => fmtBytes(n ?? 0)],
		['Entry page HTML, median (gzip)', (s) => s.sizes.entryHtml.medianGzip, (n) => fmtBytes(n ?? 0)],
		['Entry page HTML, max (gzip)', (s) => s.sizes.entryHtml.maxGzip, (n) => fmtBytes(n ?? 0)],
		['Any page HTML incl. index pages, max (raw)', (s) => s.sizes.html.maxRaw, (n) => fmtBytes(n ?? 0)],
		['Any page HTML incl. index pages, max (gzip)', (s) => s.sizes.html.maxGzip, (n) => fmtBytes(n ?? 0)],
		[`JS before interaction, term page (gzip)`, (s) => s.browser.js[0]?.gzipBytes, (n) => fmtBytes(n ?? 0)],
		[`JS before interaction, step page (gzip)`, (s) => s.browser.js[1]?.gzipBytes, (n) => fmtBytes(n ?? 0)],
		[
			`First search "${values.query}", cold (import + start + query + first result)`,
			(s) => s.browser.search.ms,
			(n) => `${(n ?? 0).toFixed(0)} ms`,
		],
		[
			`First search, Pagefind started (init and an empty query, no warm-up): query to first result`,
			(s) => s.browser.search.loadedMs,
			(n) => `${(n ?? 0).toFixed(0)} ms`,
		],
		[
			`First search with filter counts, as on /zoeken/ after its first search: query to first result`,
			(s) => s.browser.search.countsMs,
			(n) => `${(n ?? 0).toFixed(0)} ms`,
		],
		[`First search: Pagefind bytes fetched`, (s) => s.browser.search.bytes, (n) => fmtBytes(n ?? 0)],
		...TYPING_DELAYS.flatMap((delay, i): Row[] => [
			[
				`First search typed into the site's search box, ${delay} ms per key: last key to results on screen`,
				(s) => s.browser.typed[i]?.ms,
				(n) => (n === undefined ? 'n/a' : `${n.toFixed(0)} ms`),
			],
			[
				`… Pagefind bytes fetched while typing (${delay} ms per key)`,
				(s) => s.browser.typed[i]?.bytes,
				(n) => (n === undefined ? 'n/a' : fmtBytes(n)),
			],
		]),
		[
			`First search pasted whole into the site's opened search box: paste to results on screen`,
			(s) => s.browser.pasted?.ms,
			(n) => (n === undefined ? 'n/a' : `${n.toFixed(0)} ms`),
		],
		[
			`… Pagefind bytes fetched from opening to results (pasted)`,
			(s) => s.browser.pasted?.bytes,
			(n) => (n === undefined ? 'n/a' : fmtBytes(n)),
		],
	];
	const header = ['Measure', ...systems.map((s) => s.name), ...(starlight ? ['Ratio'] : [])];
	const table = [
		`| ${header.join(' | ')} |`,
		`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
		...rows.map(([label, get, fmt]) => {
			const cells = systems.map((s) => fmt(get(s)));
			const a = get(ours);
			const b = starlight ? get(starlight) : undefined;
			const ratio = starlight ? [a !== undefined && b ? `${(a / b).toFixed(2)}×` : 'n/a'] : [];
			return `| ${[label, ...cells, ...ratio].join(' | ')} |`;
		}),
	];

	const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
	const at = (n: number) =>
		pages === n ? '' : ` (measured at ${pages} pages; the target is for ${n.toLocaleString('en')})`;
	const targets: string[] = [];
	if (starlight) {
		const ratio = ours.totalSeconds / starlight.totalSeconds;
		targets.push(
			`${mark(ratio <= 1 / 3)}: build + index ≤ 1/3 of Starlight's time: ${fmtS(ours.totalSeconds)} vs ${fmtS(starlight.totalSeconds)} (${ratio.toFixed(2)}×)${at(1000)}`,
		);
	} else targets.push('not measured: build + index ≤ 1/3 of Starlight (run with --vs starlight)');
	if (pages >= 10_000) {
		targets.push(
			`${mark(ours.totalSeconds <= 120)}: build + index ≤ 120 s at 10,000 pages: ${fmtS(ours.totalSeconds)}`,
		);
		const steps = ours.stepPeaks;
		const bySteps = steps
			? ` (validate ${fmtBytes(steps.validate)}, Astro ${fmtBytes(steps.astro)}, Pagefind ${fmtBytes(steps.pagefind)})`
			: '';
		targets.push(
			`${mark(ours.peakRss > 0 && ours.peakRss <= 2 * 1024 ** 3)}: peak memory ≤ 2 GB at 10,000 pages: ${fmtBytes(ours.peakRss)}${bySteps}`,
		);
	} else targets.push('not measured: 10,000 pages ≤ 120 s and ≤ 2 GB (run with --pages 10000)');
	const entry = ours.sizes.entryHtml;
	const all = ours.sizes.html;
	targets.push(
		`${mark(all.maxGzip <= 15 * KB)}: per-page HTML ≤ 15 KB gzip: entry pages max ${fmtBytes(entry.maxGzip)} (${entry.maxPage}), median ${fmtBytes(entry.medianGzip)}` +
			`; largest page of any kind, index pages included: ${fmtBytes(all.maxGzip)} (${all.maxPage})`,
	);
	targets.push(
		`${mark(maxJs(ours) <= 5 * KB)}: JS before interaction ≤ 5 KB gzip on a content page: ${fmtBytes(maxJs(ours))}`,
	);
	const search = ours.browser.search;
	const typed = ours.browser.typed;
	const [brisk] = typed;
	const typedText = typed.map((t) => `${t.ms.toFixed(0)} ms at ${t.keyDelay} ms per key`).join(', ');
	// One target, two ways a query arrives: typed letter by letter (earlier letters have started Pagefind's work) or whole.
	if (brisk)
		targets.push(
			`${mark(brisk.ms <= 150)}: first search result ≤ 150 ms, typed into the header dialog: from the last key to the results on screen, ${typedText}${at(10_000)}`,
		);
	const pasted = ours.browser.pasted;
	const whole = pasted?.ms ?? search.loadedMs;
	targets.push(
		`${mark(whole <= 150)}: first search result ≤ 150 ms, for a query that arrives whole: ` +
			(pasted
				? `pasted into the opened header dialog, ${pasted.ms.toFixed(0)} ms from the paste to the results on screen (median of 5); `
				: '') +
			`Pagefind's own time, started but not warmed up, ${search.loadedMs.toFixed(0)} ms from query to first result; ${search.ms.toFixed(0)} ms fully cold; ${search.countsMs.toFixed(0)} ms with filter counts (/zoeken/ after its first search, which counts once its results are shown)${at(10_000)}`,
	);
	const mostBytes = Math.max(search.bytes, ...typed.map((t) => t.bytes), pasted?.bytes ?? 0);
	const typedBytes = typed.map((t) => `${fmtBytes(t.bytes)} typed at ${t.keyDelay} ms per key`).join(', ');
	const pastedBytes = pasted ? `; ${fmtBytes(pasted.bytes)} pasted into the dialog, its warm-up included` : '';
	targets.push(
		`${mark(mostBytes <= 300 * KB)}: first search ≤ 300 KB fetched: ${fmtBytes(search.bytes)} in ${search.requests} requests for a whole query through the API${typedBytes ? `; ${typedBytes}` : ''}${pastedBytes}${at(10_000)}`,
	);

	const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${fmtBytes(totalmem())} RAM, Node ${process.version}`;
	const cpuAfter = cpuCheck();
	const report = [
		`# Benchmark: ${pages.toLocaleString('en')} pages`,
		'',
		`Command: \`npm run bench -- --pages ${pages}${starlight ? ' --vs starlight' : ''}\` (seed ${seed}), ${new Date().toISOString()}.`,
		`Machine: ${machine}. Corpus: ${Object.entries(counts)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}; about 900 words per page.`,
		`CPU check (gzip of a fixed 32 MB on one thread; lower is a faster machine, compare it between runs): ${cpuBefore.toFixed(0)} ms before the builds, ${cpuAfter.toFixed(0)} ms after.`,
		'Sizes in KB = 1,024 bytes; gzip with zlib level 6. JS and search bytes are response bodies as served gzipped by the bench server.',
		`Browser pages: ${testPages.join(', ')}; search from the term page with the Pagefind JS API, and typed or pasted into each site's own search box (opened, then typed or pasted once the network is quiet; median of 3 typed, 5 pasted), cold HTTP cache and no service worker (a first visit), each measure in a fresh browser context.`,
		'',
		...table,
		'',
		'## Targets',
		'',
		...targets.map((t) => `- ${t}`),
		'',
	].join('\n');
	console.log(`\n${report}`);
	const out = resolve(project, values.out);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, report);
	log(`written to ${values.out}`);
} finally {
	if (values.keep) log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
