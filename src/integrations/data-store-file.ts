/**
 * Astro integration: in `astro build`, the prerender bundle takes Astro's data
 * store (every entry's data and rendered Markdown) from the content sync that
 * just ran in the same process, or else reads it from its file when it runs,
 * instead of carrying the whole file inline.
 *
 * Why: Astro turns `data-store.json` into a module of one string literal,
 * `export default JSON.parse("…")`, and bundles it: on a large site a file of
 * many megabytes that is parsed and escaped into code, bundled by rolldown
 * (whose memory the process keeps), written out and parsed again as
 * JavaScript before the first page renders, the build's memory peak. The
 * prerender bundle runs once, right after it is built, in the same build, so
 * reading the file there gives exactly the same data.
 *
 * Reading the file still parsed a second copy of every entry while the sync's
 * copy stayed in memory. So the collections in src/content.config.ts are
 * wrapped with `keepStores()`, which keeps each collection's live store on
 * `globalThis`, and the bundle builds its Map from those same entry objects: no
 * parse, one copy. The file is the fallback unless every collection's loader
 * ran in this process.
 *
 * Only for the default single-file storage; `astro dev` and `astro sync` are
 * untouched.
 */
import type { AstroIntegration } from 'astro';
import type { Loader } from 'astro/loaders';
import type { Plugin } from 'vite';

/** `Symbol.for` key of what `keepStores()` keeps in this process (see `Kept`). */
export const LIVE_STORES = 'implementatiewiki.content-stores';

type LoaderStore = Parameters<Loader['load']>[0]['store'];

/** The collections the content config defines, and the stores of those whose loader has run. */
interface Kept {
	expected: Set<string>;
	stores: Map<string, LoaderStore>;
	/** Set by the prerender bundle when it took the kept stores instead of reading the file. */
	used?: boolean;
}

/** What is kept in this process, created on first use. */
function kept(): Kept {
	const key = Symbol.for(LIVE_STORES);
	const holder = globalThis as { [key]?: Kept };
	return (holder[key] ??= { expected: new Set(), stores: new Map() });
}

/**
 * Wraps the loader of every collection so that, once it has loaded, the build
 * can hand its entries to the prerender bundle. Every collection counts: the
 * bundle uses the kept stores only when each one has loaded, so a collection
 * whose loader cannot be wrapped (a plain function) makes it read the file.
 */
export function keepStores<T extends Record<string, object>>(collections: T): T {
	const wrapped: Record<string, unknown> = {};
	for (const [name, config] of Object.entries(collections)) {
		kept().expected.add(name);
		const loader = (config as { loader?: Loader }).loader;
		wrapped[name] =
			loader && typeof loader === 'object' && typeof loader.load === 'function'
				? {
						...config,
						loader: {
							...loader,
							load: async (context: Parameters<Loader['load']>[0]) => {
								await loader.load(context);
								kept().stores.set(name, context.store);
							},
						},
					}
				: config;
	}
	return wrapped as T;
}

/** One entry as a kept store holds it: enough for build-time code outside the pages. */
export interface KeptEntry {
	collection: string;
	id: string;
	data: Record<string, unknown>;
}

/** True when every collection of the content config has loaded in this process (the prerender bundle checks the same). */
function allStoresKept(): boolean {
	const { expected, stores } = kept();
	return expected.size > 0 && [...expected].every((name) => stores.has(name));
}

/**
 * Every entry of the content sync that ran in this process, or undefined
 * unless every collection has loaded (before the sync, in tests, or with a
 * loader that could not be wrapped). Lets integrations that run at the end of
 * a build (the sitemap) use the parsed content instead of reading every file
 * again.
 */
export function keptEntries(): KeptEntry[] | undefined {
	if (!allStoresKept()) return undefined;
	return [...kept().stores].flatMap(([collection, store]) =>
		[...store.entries()].map(([id, { data }]) => ({ collection, id, data })),
	);
}

/** Astro's virtual module for the data store, as resolved (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The Vite plugin: loads the data store module as the kept stores, or a run-time read of `file`. */
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
					`const kept = globalThis[Symbol.for(${JSON.stringify(LIVE_STORES)})];`,
					`const live = kept?.expected.size && [...kept.expected].every((name) => kept.stores.has(name));`,
					`if (live) kept.used = true;`,
					// A Map of Maps is what Astro's store holds; Astro takes it as is (ImmutableDataStore.fromModule).
					`export default live ? new Map([...kept.stores].map(([name, store]) => [name, new Map(store.entries())]))`,
					`	: existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
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
					dataStoreFilePlugin(store, () =>
						logger.info(`the prerender bundle takes the synced content store, or reads ${store.pathname} when it runs`),
					),
					...(vite.plugins ?? []),
				];
			},
			// Which way the pages got their content, so the build log (and its test) shows it.
			'astro:build:done': ({ logger }) => {
				if (!file) return;
				logger.info(
					kept().used
						? `the pages used the synced content store (${kept().stores.size} collections)`
						: `the pages read ${file.pathname}`,
				);
			},
		},
	};
}
