/**
 * Canaries: the internals of Astro that a workaround of ours depends on, read
 * from the installed packages without a build. When an upgrade moves one,
 * these fail and name the workaround to revisit, instead of the workaround
 * quietly doing nothing (or the wrong thing).
 */
import { unified } from '@astrojs/markdown-remark';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE, dataStoreFilePlugin } from '../src/integrations/data-store-file.ts';

const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
/** A module of Astro's dist/ folder, which its package exports do not expose. */
const astroInternal = async <T>(path: string): Promise<T> =>
	(await import(pathToFileURL(join(astroDir, 'dist', path)).href)) as T;
const astroSource = (path: string) => readFileSync(join(astroDir, 'dist', path), 'utf8');

describe('the data store module swap (src/integrations/data-store-file.ts)', () => {
	const revisit = 'revisit src/integrations/data-store-file.ts:';

	it("loads Astro's data store module by the id Astro resolves it to", async () => {
		const consts = await astroInternal<{ RESOLVED_DATA_STORE_VIRTUAL_ID: string }>('content/consts.js');
		expect(consts.RESOLVED_DATA_STORE_VIRTUAL_ID, `${revisit} the module id moved`).toBe(DATA_STORE_MODULE);
	});

	it('finds the store where a build writes it, in the default storage it handles', async () => {
		const { getDataStoreFile } = await astroInternal<{
			getDataStoreFile(settings: object, isDev: boolean): URL;
		}>('content/paths.js');
		const cacheDir = new URL('file:///project/node_modules/.astro/');
		const file = getDataStoreFile({ config: { cacheDir }, dotAstroDir: new URL('file:///project/.astro/') }, false);
		expect(file.href, `${revisit} the store file moved`).toBe(new URL('data-store.json', cacheDir).href);
		const { ASTRO_CONFIG_DEFAULTS } = await astroInternal<{
			ASTRO_CONFIG_DEFAULTS: { experimental: { collectionStorage: unknown } };
		}>('core/config/schemas/defaults.js');
		expect(
			ASTRO_CONFIG_DEFAULTS.experimental.collectionStorage,
			`${revisit} it only acts for 'single-file' storage, no longer the default`,
		).toBe('single-file');
	});

	it('hands Astro a Map of Maps, which Astro takes as it is', async () => {
		expect(
			astroSource('content/data-store.js'),
			`${revisit} ImmutableDataStore.fromModule no longer takes a Map as is`,
		).toMatch(/if \(data\.default instanceof Map\) \{\s*return ImmutableDataStore\.fromMap\(data\.default\);/);
		const { ImmutableDataStore } = await astroInternal<{
			ImmutableDataStore: {
				fromMap(map: Map<string, Map<string, unknown>>): Promise<{ get(c: string, id: string): unknown }>;
			};
		}>('content/data-store.js');
		const entry = { id: 'borging', data: {} };
		const store = await ImmutableDataStore.fromMap(new Map([['begrippen', new Map([['borging', entry]])]]));
		expect(store.get('begrippen', 'borging'), `${revisit} fromMap copies or reshapes the entries`).toBe(entry);
	});

	it("marks its module as content data for Astro's incremental build, as Astro marks its own", async () => {
		const { createContentDataIncrementalMetadata } = await astroInternal<{
			createContentDataIncrementalMetadata(): unknown;
		}>('core/build/incremental-metadata.js');
		const load = dataStoreFilePlugin(new URL('file:///cache/data-store.json')).load as (id: string) => {
			meta: unknown;
		};
		expect(load(DATA_STORE_MODULE).meta, `${revisit} the incremental-build metadata changed`).toEqual(
			createContentDataIncrementalMetadata(),
		);
	});
});

describe('the Markdown render workers (src/markdown/processor.ts, render-worker.ts)', () => {
	it("know every option of Astro's unified() processor: plugin lists stay behind, the rest is sent", () => {
		expect(
			Object.keys(unified().options).sort(),
			'revisit workerSettings() in src/markdown/processor.ts: unified() has other options now',
		).toEqual(['gfm', 'recmaPlugins', 'rehypePlugins', 'remarkPlugins', 'remarkRehype', 'smartypants']);
	});

	it('get the rehype-raw swap: the hook catches the import in the installed @astrojs/markdown-remark', () => {
		// A fresh Node process, as in a worker: the hook only sees modules loaded after it.
		const script = [
			"import { registerHooks } from 'node:module';",
			"import { resolveRehypeRaw } from './src/markdown/rehype-raw-when-needed.ts';",
			'const caught = [];',
			'registerHooks({ resolve: (s, c, n) => { const r = resolveRehypeRaw(s, c, n); if (r.shortCircuit) caught.push(c.parentURL); return r; } });',
			"await import('@astrojs/markdown-remark');",
			'console.log(JSON.stringify(caught));',
		].join('\n');
		const caught = JSON.parse(
			execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
		) as string[];
		expect(
			caught,
			"revisit resolveRehypeRaw in src/markdown/rehype-raw-when-needed.ts: Astro's processor no longer imports rehype-raw from dist/index.js",
		).toEqual([expect.stringMatching(/@astrojs\/markdown-remark\/dist\/index\.js$/)]);
	});
});
