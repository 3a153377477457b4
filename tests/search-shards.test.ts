/**
 * The search index in shards (src/lib/search-shards.ts, scripts/index-search.ts):
 * how pages are split, and the index script on a copy of the built site with a
 * small shard size, checked against the one index the real build made.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndexChunks } from '../scripts/pagefind-files.ts';
import {
	PAGES_PER_SHARD,
	parseSearchManifest,
	SEARCH_MANIFEST_URL,
	type SearchManifest,
	shardCount,
	shardFolder,
	shardOf,
} from '../src/lib/search-shards.ts';
import { SEARCH_VOCABULARY_URL } from '../src/lib/search-vocabulary.ts';
import { chunkFor } from '../src/lib/search-warm-up.ts';
import { run } from './helpers.ts';

const pageCount = (bundle: string): number =>
	Object.values(
		(
			JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
				languages: Record<string, { page_count: number }>;
			}
		).languages,
	).reduce((sum, language) => sum + language.page_count, 0);

describe('search shards', () => {
	it('keeps one index up to PAGES_PER_SHARD pages and adds a shard per PAGES_PER_SHARD after that', () => {
		expect(PAGES_PER_SHARD).toBe(3000);
		expect([0, 1, 3000, 3001, 10_000].map((pages) => shardCount(pages))).toEqual([1, 1, 1, 2, 4]);
		expect(shardCount(183, 50)).toBe(4);
		expect(() => shardCount(10, 0)).toThrow('pages per shard must be a whole number of at least 1, got 0');
		expect(() => shardCount(10, Number.NaN)).toThrow('pages per shard must be a whole number of at least 1, got NaN');
	});

	it('spreads pages evenly by a hash of their path, the same every build', () => {
		const paths = Array.from({ length: 10_000 }, (_, i) => `begrippen/term-${i}/index.html`);
		const sizes = [0, 0, 0, 0];
		for (const path of paths) sizes[shardOf(path, 4)]! += 1;
		for (const size of sizes) expect(Math.abs(size - 2500)).toBeLessThan(150);
		// Standard 32-bit FNV-1a ("a" → 0xe40c292c), so a page's shard only moves when the shard count changes.
		expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
		expect(shardOf('begrippen/borging/index.html', 4)).toBe(2);
		expect(shardOf('begrippen/borging/index.html', 1)).toBe(0);
		expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind/shard-1', 'pagefind/shard-2']);
		expect(SEARCH_MANIFEST_URL).toBe('/pagefind/search.json');
	});

	// SKIP_BUILD=1 reuses an earlier dist/; it still has the index the build made.
	it('indexes every page once across the shards, and serves only the index from the extra shards', () => {
		const site = mkdtempSync(join(tmpdir(), 'iw-shards-'));
		try {
			cpSync('dist', site, {
				recursive: true,
				filter: (source) => !source.includes('/pagefind') && (!/\.\w+$/.test(source) || source.endsWith('.html')),
			});
			const result = run(process.execPath, ['scripts/index-search.ts', site], { SEARCH_PAGES_PER_SHARD: '50' });
			expect(result.status, result.output).toBe(0);
			const { bundles, warmUp, pages } = JSON.parse(
				readFileSync(join(site, 'pagefind/search.json'), 'utf8'),
			) as SearchManifest;
			expect(pages).toBe(pageCount('dist/pagefind'));
			// The vocabulary is made from every shard: the same as from the one index.
			const vocabulary = (root: string) => readFileSync(join(root, SEARCH_VOCABULARY_URL), 'utf8');
			expect(JSON.parse(vocabulary(site))).toEqual(JSON.parse(vocabulary('dist')));
			// The site's own pages at 50 a shard: the count follows the content, the layout does not.
			const shards = shardCount(pageCount('dist/pagefind'), 50);
			expect(shards).toBeGreaterThan(2);
			expect(bundles).toEqual(Array.from({ length: shards - 1 }, (_, i) => `/pagefind/shard-${i + 1}/`));
			// The warm-up word is a word of the main bundle's index, on two pages or more.
			const main = readIndexChunks(join(site, 'pagefind'), Number.POSITIVE_INFINITY);
			expect(chunkFor(warmUp ?? '', main)?.words?.get(warmUp ?? '')).toBeGreaterThanOrEqual(2);
			const counts = [join(site, 'pagefind'), ...bundles.map((bundle) => join(site, bundle))].map(pageCount);
			expect(counts.every((count) => count > 20 && count <= 50 * 1.5)).toBe(true);
			expect(counts.reduce((a, b) => a + b, 0)).toBe(pageCount('dist/pagefind'));
			expect(result.stdout).toContain(
				`Search index: ${pageCount('dist/pagefind')} pages in ${shards} shards (${counts.join(', ')}); warm-up word: ${warmUp}; vocabulary: `,
			);
			expect(readdirSync(join(site, 'pagefind/shard-1')).sort()).toEqual(
				expect.arrayContaining(['filter', 'fragment', 'index', 'pagefind-entry.json']),
			);
			expect(readdirSync(join(site, 'pagefind/shard-1')).filter((name) => /\.(js|css)$|^wasm\./.test(name))).toEqual(
				[],
			);
			expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
			// The temporary trees of links are gone.
			expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`.${site.split('/').pop()}-search-`))).toEqual([]);
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});

	it('stops with a message naming SEARCH_PAGES_PER_SHARD when it is not a whole number', () => {
		const site = mkdtempSync(join(tmpdir(), 'iw-shards-bad-'));
		try {
			const result = run(process.execPath, ['scripts/index-search.ts', site], { SEARCH_PAGES_PER_SHARD: 'veel' });
			expect(result.status).toBe(1);
			expect(result.stderr.trim()).toBe(
				'SEARCH_PAGES_PER_SHARD="veel": pages per shard must be a whole number of at least 1, got NaN',
			);
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});

	it('writes an empty shard list and a warm-up word for a site that fits one index, as the real build does', () => {
		const manifest = JSON.parse(readFileSync('dist/pagefind/search.json', 'utf8')) as SearchManifest;
		expect(manifest.bundles).toEqual([]);
		expect(
			chunkFor(manifest.warmUp ?? '', readIndexChunks('dist/pagefind', Number.POSITIVE_INFINITY))?.words?.get(
				manifest.warmUp ?? '',
			),
		).toBeGreaterThanOrEqual(2);
	});

	it('reads only the well-formed parts of a search manifest, so the search still runs on a damaged one', () => {
		expect(parseSearchManifest({ bundles: ['/pagefind/shard-1/'], warmUp: 'borging' })).toEqual({
			bundles: ['/pagefind/shard-1/'],
			warmUp: 'borging',
		});
		expect(
			parseSearchManifest({ bundles: ['/pagefind/shard-1/', 3, 'https://example.org/pagefind/'], warmUp: '' }),
		).toEqual({ bundles: ['/pagefind/shard-1/'] });
		expect(parseSearchManifest(['/pagefind/shard-1/'])).toEqual({ bundles: [] });
		expect(parseSearchManifest(null)).toEqual({ bundles: [] });
		expect(parseSearchManifest({ bundles: [], pages: 183 })).toEqual({ bundles: [], pages: 183 });
		for (const pages of [0, -1, 1.5, '183'])
			expect(parseSearchManifest({ bundles: [], pages })).toEqual({ bundles: [] });
	});
});
