/**
 * The prerender bundle reads Astro's data store from its file instead of
 * bundling it (src/integrations/data-store-file.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { DATA_STORE_MODULE, dataStoreFilePlugin } from '../src/integrations/data-store-file.ts';

type Load = (id: string) => { code: string; meta: unknown } | undefined;

/** Writes the module the plugin makes for `store` to a file and imports it. */
async function loadModule(store: URL): Promise<unknown> {
	const loaded = (dataStoreFilePlugin(store).load as Load)(DATA_STORE_MODULE);
	const file = join(mkdtempSync(join(tmpdir(), 'iw-data-store-')), 'module.mjs');
	writeFileSync(file, loaded?.code ?? '');
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('dataStoreFilePlugin', () => {
	it('loads the data store module as a read of the file when the bundle runs', async () => {
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
		expect(loaded?.code.length).toBeLessThan(300);
		expect(loaded?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
		expect(load('astro:content')).toBeUndefined();
		expect(load('\0astro:content')).toBeUndefined();
	});

	// SKIP_BUILD=1 reuses an earlier dist/, so there is no build log to read.
	it.skipIf(process.env['SKIP_BUILD'] === '1')('takes effect in the real build, before Astro bundles the store itself', () => {
		expect(inject('buildLog')).toMatch(/\[implementatiewiki:data-store-file\] the prerender bundle reads \S+data-store\.json when it runs/);
	});
});
