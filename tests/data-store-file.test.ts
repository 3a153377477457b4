/**
 * The prerender bundle takes Astro's data store from the sync in the same
 * process, or reads it from its file, instead of bundling it
 * (src/integrations/data-store-file.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Loader } from 'astro/loaders';
import { collectionNames } from '../src/schemas/index.ts';
import {
	DATA_STORE_MODULE,
	dataStoreFilePlugin,
	keepStores,
	keptEntries,
	LIVE_STORES,
} from '../src/integrations/data-store-file.ts';

type Load = (id: string) => { code: string; meta: unknown } | undefined;

/** Writes the module the plugin makes for `store` to a file and imports it. */
async function loadModule(store: URL): Promise<unknown> {
	const loaded = (dataStoreFilePlugin(store).load as Load)(DATA_STORE_MODULE);
	const file = join(mkdtempSync(join(tmpdir(), 'iw-data-store-')), 'module.mjs');
	writeFileSync(file, loaded?.code ?? '');
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

const key = Symbol.for(LIVE_STORES);
const holder = globalThis as { [key]?: unknown };
afterEach(() => {
	delete holder[key];
});

type Context = Parameters<Loader['load']>[0];
/** A loader context with just the store a loader writes to. */
const contextWith = (entries: [string, unknown][]) => ({ store: { entries: () => entries } }) as unknown as Context;
const noop: Loader = { name: 'glob-loader', load: async () => {} };
const loadOf = (config: { loader?: unknown }) => (config.loader as Loader).load;
const storePath = () => pathToFileURL(join(mkdtempSync(join(tmpdir(), 'iw-data-store-')), 'data-store.json'));

describe('keepStores', () => {
	it('runs each loader as before, then keeps its store under the collection name', async () => {
		const calls: string[] = [];
		const collections = keepStores({
			begrippen: { loader: { name: 'glob-loader', load: async () => void calls.push('loaded') } as Loader },
		});
		expect((collections.begrippen.loader as Loader).name).toBe('glob-loader');
		const context = contextWith([['borging', { id: 'borging' }]]);
		await loadOf(collections.begrippen)(context);
		expect(calls).toEqual(['loaded']);
		expect((holder[key] as { stores: Map<string, unknown> }).stores.get('begrippen')).toBe(context.store);
	});
});

describe('keptEntries', () => {
	it('lists every entry of every collection once all have loaded, and nothing before', async () => {
		const collections = keepStores({ begrippen: { loader: noop }, tools: { loader: noop } });
		expect(keptEntries()).toBeUndefined();
		await loadOf(collections.begrippen)(contextWith([['borging', { id: 'borging', data: { term: 'Borging' } }]]));
		expect(keptEntries()).toBeUndefined();
		await loadOf(collections.tools)(contextWith([['pdsa', { id: 'pdsa', data: { draft: true } }]]));
		expect(keptEntries()).toEqual([
			{ collection: 'begrippen', id: 'borging', data: { term: 'Borging' } },
			{ collection: 'tools', id: 'pdsa', data: { draft: true } },
		]);
	});
});

describe('dataStoreFilePlugin', () => {
	it('hands the bundle the kept stores as a Map of Maps with the same entry objects, without reading the file', async () => {
		const entry = { id: 'borging', data: { term: 'Borging' } };
		const collections = keepStores({ begrippen: { loader: noop }, tools: { loader: noop } });
		await loadOf(collections.begrippen)(contextWith([['borging', entry]]));
		await loadOf(collections.tools)(contextWith([]));
		const map = (await loadModule(storePath())) as Map<string, Map<string, unknown>>;
		expect([...map.keys()]).toEqual(['begrippen', 'tools']);
		expect(map.get('begrippen')?.get('borging')).toBe(entry);
		expect(map.get('tools')?.size).toBe(0);
		// So the build log can say which way the pages got their content.
		expect((holder[key] as { used?: boolean }).used).toBe(true);
	});

	it('reads the file unless every collection has loaded, so no collection can go missing', async () => {
		const store = storePath();
		writeFileSync(store, JSON.stringify([['Map', 1], ['from-file']]));
		// A loader given as a plain function cannot be wrapped.
		const collections = keepStores({ begrippen: { loader: noop }, extern: { loader: async () => [] } });
		await loadOf(collections.begrippen)(contextWith([]));
		expect(await loadModule(store)).toEqual([['Map', 1], ['from-file']]);
		expect((holder[key] as { used?: boolean }).used).toBeUndefined();
	});

	it('reads the file when no loader ran in the process', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'iw-data-store-'));
		const store = pathToFileURL(join(dir, 'data-store.json'));
		writeFileSync(store, JSON.stringify([['Map', 1], ['tools']]));
		expect(await loadModule(store)).toEqual([['Map', 1], ['tools']]);
		// Like Astro's own module: no store yet, an empty Map.
		expect(await loadModule(pathToFileURL(join(dir, 'missing.json')))).toEqual(new Map());
	});

	it('keeps the store out of the code and leaves every other module to Astro', () => {
		const load = dataStoreFilePlugin(new URL('file:///cache/data-store.json')).load as Load;
		const loaded = load(DATA_STORE_MODULE);
		expect(loaded?.code).toContain('file:///cache/data-store.json');
		expect(loaded?.code.length).toBeLessThan(500);
		expect(loaded?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
		expect(load('astro:content')).toBeUndefined();
		expect(load('\0astro:content')).toBeUndefined();
	});

	// SKIP_BUILD=1 reuses an earlier dist/, so there is no build log to read.
	it.skipIf(process.env['SKIP_BUILD'] === '1')(
		'takes effect in the real build, before Astro bundles the store itself',
		() => {
			expect(inject('buildLog')).toMatch(
				/\[implementatiewiki:data-store-file\] the prerender bundle takes the synced content store, or reads \S+data-store\.json when it runs/,
			);
		},
	);

	it.skipIf(process.env['SKIP_BUILD'] === '1')(
		'in the real build, the pages use the synced store of every collection, not the file',
		() => {
			expect(inject('buildLog')).toContain(
				`[implementatiewiki:data-store-file] the pages used the synced content store (${collectionNames.length} collections)`,
			);
		},
	);
});
