/**
 * Astro integration: in `astro build`, the prerender bundle reads Astro's data
 * store (every entry's data and rendered Markdown) from its file when it runs,
 * instead of carrying the whole file inline.
 *
 * Why: Astro turns `data-store.json` into a module of one string literal,
 * `export default JSON.parse("…")`, and bundles it. At 10,000 pages that is a
 * 160 MB file that is parsed and escaped into code, bundled by rolldown (whose
 * memory the process keeps), written out and parsed again as JavaScript before
 * the first page renders. That bundling was the build's memory peak. The
 * prerender bundle runs once, right after it is built, in the same build, so
 * reading the file there gives exactly the same data.
 *
 * Only for the default single-file storage; `astro dev` and `astro sync` are
 * untouched.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's virtual module for the data store, as resolved (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The Vite plugin: loads the data store module as a run-time read of `file`. */
export function dataStoreFilePlugin(file: URL, onLoad: () => void = () => {}): Plugin {
	return {
		name: 'implementatiewiki:data-store-file',
		enforce: 'pre',
		load(id) {
			if (id !== DATA_STORE_MODULE) return undefined;
			onLoad();
			const url = JSON.stringify(file.href);
			return {
				// Astro's own module returns an empty Map when there is no store yet.
				code: [
					`import { existsSync, readFileSync } from 'node:fs';`,
					`const file = new URL(${url});`,
					`export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
				].join('\n'),
				map: { mappings: '' },
				// Astro's incremental build leaves content data out of its module hashes; keep that.
				meta: { astroIncremental: { kind: 'content-data' } },
			};
		},
	};
}

export default function dataStoreFile(): AstroIntegration {
	let file: URL | undefined;
	return {
		name: 'implementatiewiki:data-store-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				const storage = config.experimental.collectionStorage;
				if (storage === undefined || storage === 'single-file') file = new URL('data-store.json', config.cacheDir);
			},
			'astro:build:setup': ({ vite, logger }) => {
				if (!file) return;
				const store = file;
				// First in the list: Astro's own plugin also loads this module and comes
				// first otherwise, and a config merge would append ours after it.
				vite.plugins = [
					dataStoreFilePlugin(store, () => logger.info(`the prerender bundle reads ${store.pathname} when it runs`)),
					...(vite.plugins ?? []),
				];
			},
		},
	};
}
