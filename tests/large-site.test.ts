/**
 * The machinery for large sites, on a small corpus with its thresholds
 * lowered, so that the path a large site takes is the path that is tested:
 * the Markdown render workers (IW_MARKDOWN_WORKERS, src/markdown/processor.ts)
 * and the search shards (SEARCH_PAGES_PER_SHARD, scripts/index-search.ts).
 * A build with both must give the same pages as a build on the main thread
 * with one index, and a search over the merged shards must find what the one
 * index finds, pages of every shard among them. Last, a real content sync
 * with an integration that adds a remark plugin: the workers step aside.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, loadGlossary, writeCorpus } from '../scripts/bench/corpus.ts';
import { copyProject } from '../scripts/project-copy.ts';
import { parseSearchManifest, SEARCH_MANIFEST_URL, shardOf } from '../src/lib/search-shards.ts';
import { serveStatic } from './e2e/static-server.ts';
import { buildContent, FIXTURE_CONTENT, run, skipValidation } from './helpers.ts';

const PAGES = 60;
const PER_SHARD = 25;
const work = mkdtempSync(join(tmpdir(), 'iw-large-site-'));
const content = join(work, 'content');
const plain = join(work, 'plain', 'dist');
const large = join(work, 'large', 'dist');
const logs = { plain: '', large: '' };
let server: Server | undefined;
let origin = '';

beforeAll(async () => {
	writeCorpus(content, generateCorpus({ pages: PAGES, seed: 1, glossary: loadGlossary() }));
	// A page with raw HTML, which the workers' rehype-raw still parses (src/markdown/rehype-raw-when-needed.ts).
	cpSync('tests/fixtures/xss/payloads.md', join(content, 'begrippen', 'xss-proef.md'));
	for (const [name, dist, env] of [
		['plain', plain, { IW_MARKDOWN_WORKERS: '0' }],
		['large', large, { IW_MARKDOWN_WORKERS: '2', SEARCH_PAGES_PER_SHARD: String(PER_SHARD) }],
	] as const) {
		const result = buildContent(content, { DIST_DIR: dist, ...env }, skipValidation);
		if (result.status !== 0) throw new Error(`${name} build failed:\n${result.output}`);
		logs[name] = result.output;
	}
	({ origin, server } = await serveStatic(work));
}, 240_000);

afterAll(() => {
	server?.close();
	rmSync(work, { recursive: true, force: true });
});

/** Every file of a built site, relative to it, but the search index and the service worker. */
function siteFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)))
		.filter((file) => !file.startsWith('pagefind/') && file !== 'sw.js')
		.sort();
}

/** A file's text without the moments of its build (the glossary export's `generated`, iCalendar's DTSTAMP). */
const withoutBuildTime = (file: string) =>
	readFileSync(file, 'utf8')
		.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
		.replace(/^DTSTAMP:\S+$/gm, 'DTSTAMP:<time>');

describe('a small site built the way a large one is', () => {
	it('rendered its Markdown in worker threads and indexed it in shards; the plain build did neither', () => {
		expect(logs.large).toContain('[implementatiewiki:markdown] rendering Markdown in 2 worker threads');
		expect(logs.large).toMatch(/Search index: \d+ pages in 3 shards \(\d+, \d+, \d+\)/);
		expect(logs.plain).not.toContain('worker threads');
		expect(logs.plain).toMatch(/Search index: \d+ pages; /);
		expect(logs.large).not.toContain('not started');
	});

	it('has the same pages, feeds and files as the build on the main thread', () => {
		const files = siteFiles(large);
		expect(files).toEqual(siteFiles(plain));
		expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(PAGES);
		const differ = files.filter((file) => withoutBuildTime(join(large, file)) !== withoutBuildTime(join(plain, file)));
		expect(differ).toEqual([]);
	});

	it('finds, over the merged shards, what the one index finds, with pages of every shard', async () => {
		/** Pagefind's own script of a built site, started as the site's search starts it (src/scripts/search-core.ts). */
		async function pagefind(site: 'plain' | 'large') {
			const dist = site === 'plain' ? plain : large;
			const base = `${origin}/${site}/dist`;
			const api = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as {
				options(options: object): Promise<void>;
				mergeIndex(url: string, options?: object): Promise<void>;
				search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
			};
			await api.options({ basePath: `${base}/pagefind/`, baseUrl: '/' });
			const manifest = parseSearchManifest(JSON.parse(readFileSync(join(dist, SEARCH_MANIFEST_URL), 'utf8')));
			await Promise.all(manifest.bundles.map((bundle) => api.mergeIndex(`${base}${bundle}`, { baseUrl: '/' })));
			return { api, shards: manifest.bundles.length + 1 };
		}
		const urls = async (api: Awaited<ReturnType<typeof pagefind>>['api'], term: string) =>
			(await Promise.all((await api.search(term)).results.map((result) => result.data())))
				.map((data) => data.url)
				.sort();

		const one = await pagefind('plain');
		const merged = await pagefind('large');
		expect([one.shards, merged.shards]).toEqual([1, 3]);
		for (const term of ['implementatie', 'borging', 'xss-proef']) {
			const found = await urls(merged.api, term);
			expect(found, term).toEqual(await urls(one.api, term));
		}
		const found = await urls(merged.api, 'implementatie');
		const shardsFound = new Set(found.map((url) => shardOf(`${url.slice(1)}index.html`, merged.shards)));
		expect([...shardsFound].sort()).toEqual([0, 1, 2]);
	});
});

describe('a remark plugin that an integration adds', () => {
	it('keeps the render workers from starting in a real content sync, and the plugin runs', () => {
		const project = copyProject(join(work, 'project'));
		writeFileSync(
			join(project, 'sync-with-plugin.mjs'),
			[
				"import { sync } from 'astro';",
				'const remarkStamp = () => (tree) => {',
				"\ttree.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'gestempeld' }] });",
				'};',
				'await sync({',
				"\tlogLevel: 'warn',",
				'\tintegrations: [',
				'\t\t{',
				"\t\t\tname: 'stamp',",
				"\t\t\thooks: { 'astro:config:setup': ({ updateConfig }) => updateConfig({ markdown: { remarkPlugins: [remarkStamp] } }) },",
				'\t\t},',
				'\t],',
				'});',
			].join('\n'),
		);
		const cache = join(work, 'sync-cache');
		const result = run(
			process.execPath,
			['sync-with-plugin.mjs'],
			{ CONTENT_DIR: join(process.cwd(), FIXTURE_CONTENT), ASTRO_CACHE_DIR: cache, IW_MARKDOWN_WORKERS: '2' },
			project,
		);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain(
			'[implementatiewiki:markdown] Markdown render workers not started: plugins were added through processor.options, ' +
				'which a worker cannot load (remarkPlugins: remarkStamp); rendering on the main thread.',
		);
		expect(result.output).not.toContain('worker threads');
		// The data store as Astro wrote it: devalue's flat list of values, the rendered HTML among them.
		const store = JSON.parse(readFileSync(join(cache, 'data-store.json'), 'utf8')) as unknown[];
		expect(store).toContain('<p>Uitleg over borging.</p>\n<p>gestempeld</p>');
	});
});
