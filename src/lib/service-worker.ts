/**
 * What the service worker precaches, and the names it uses. The worker itself
 * is src/scripts/service-worker.ts; scripts/build-sw.ts lists the files with
 * workbox-build's getManifest and bundles the worker with that list. Kept
 * apart from both so tests can read what is precached.
 *
 * - Precached (available offline right after the first visit): the app shell
 *   (home, offline page, CSS, icons, manifest), the handleiding with all steps,
 *   "Mijn implementatieplan" (/mijn-plan/), the glossary index and every term
 *   page.
 * - Everything else: stale-while-revalidate, so visited pages also work
 *   offline; a navigation that misses gets the offline page.
 * - The precache keeps its name across builds. Each file in it carries a
 *   revision (a hash of its content), so a new build's worker fetches only
 *   the files that changed; Workbox drops the files the new list no longer has.
 * - The runtime caches (pages, other files) are named after the site's code
 *   (`codeVersion`): a build that changes only content keeps them; one that
 *   changes the CSS, the scripts or Pagefind starts them afresh, as their
 *   pages would load code that is gone.
 * - On activation the worker deletes this site's other caches: those of older
 *   code, and those of builds before the precache kept its name
 *   (`deleteOldCaches`).
 * - A budget keeps the first visit affordable as the glossary grows: when
 *   the precache would pass it, term pages are left to runtime caching
 *   (`precacheBudget`), like every other page. Today's site fits well within
 *   it; a glossary of thousands of terms would not.
 */
import type { GetManifestOptions, ManifestTransform } from 'workbox-build';

/**
 * Paths the worker never caches or serves: the CMS at /admin/ (a 5 MB script
 * that must be the new one right after a deploy, and nothing an editor
 * should see from a cache).
 */
const NEVER_CACHED = /^\/admin(?:\/|$)/;

/** True for a same-site URL the worker may cache. */
export const workerCaches = (url: URL): boolean => !NEVER_CACHED.test(url.pathname);

/** Prefix of every cache this site creates. */
export const CACHE_PREFIX = 'implementatiewiki';

/** Files under dist/ that are precached. */
export const PRECACHE_PATTERNS = [
	'index.html',
	'offline/index.html',
	'handleiding/index.html',
	'handleiding/*/index.html',
	// "Mijn implementatieplan" works offline after one visit; its scripts (the Word export's included) are in _astro/.
	'mijn-plan/index.html',
	'begrippen/index.html',
	'begrippen/*/index.html',
	// The index continues here once the glossary outgrows one page.
	'begrippen/pagina/*/index.html',
	'_astro/*.{css,js}',
	'favicon.svg',
	'manifest.webmanifest',
	'icons/icon-192.png',
];

/** Most bytes a first visit precaches (8 MiB): the real glossary fits; a glossary of thousands of terms does not. */
export const PRECACHE_BUDGET = 8 * 1024 * 1024;

/** Precached files that are left out first when the precache is over budget: the term pages. */
const TERM_PAGE = /^\/?begrippen\/[^/]+\/index\.html$/;

const size = (bytes: number) =>
	bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Workbox manifest transform: if the precache is larger than `budget`, drops
 * the term pages (all of them, so which terms work offline never depends on
 * their size) and says so in a build warning.
 */
export function precacheBudget(budget = PRECACHE_BUDGET): ManifestTransform {
	return (entries) => {
		const total = entries.reduce((sum, entry) => sum + entry.size, 0);
		if (total <= budget) return { manifest: entries, warnings: [] };
		const manifest = entries.filter((entry) => !TERM_PAGE.test(entry.url));
		const left = manifest.reduce((sum, entry) => sum + entry.size, 0);
		return {
			manifest,
			warnings: [
				`precache of ${size(total)} is over the budget of ${size(budget)}: ${entries.length - manifest.length} term pages are cached when visited instead (${size(left)} precached)`,
			],
		};
	};
}

/**
 * Files whose change means that pages cached at runtime may load code that is
 * gone: the site's hashed CSS and JS, and Pagefind's runtime (unhashed names).
 */
export const CODE_PATTERNS = [
	'_astro/*.{css,js}',
	'pagefind/pagefind.js',
	'pagefind/pagefind-worker.js',
	'pagefind/*.pagefind',
];

/**
 * A short version of the site's code: a hash over the CODE_PATTERNS files and
 * their revisions (from getManifest). Web Crypto, so this module stays free of
 * Node's modules: the worker is bundled from it too.
 */
export async function codeVersion(entries: readonly { url: string; revision: string | null }[]): Promise<string> {
	const list = entries.map(({ url, revision }) => `${url} ${revision ?? ''}`).sort();
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(list.join('\n')));
	return [...new Uint8Array(digest)]
		.map((byte) => byte.toString(16).padStart(2, '0'))
		.join('')
		.slice(0, 10);
}

/** The runtime caches of one version of the site's code. */
export const runtimeCaches = (code: string): { pages: string; assets: string } => ({
	pages: `${CACHE_PREFIX}-pages-${code}`,
	assets: `${CACHE_PREFIX}-assets-${code}`,
});

/**
 * Deletes this site's caches other than `keep`; the worker runs it when it
 * activates, with its precache and runtime caches. Workbox's own cleanup only
 * knows its precache, not the runtime caches or the caches of builds that
 * named every cache after themselves (`implementatiewiki-<build>-…`).
 * Caches of other sites on the origin stay.
 */
export async function deleteOldCaches(
	keep: readonly string[],
	storage: Pick<CacheStorage, 'keys' | 'delete'>,
): Promise<string[]> {
	const old = (await storage.keys()).filter((name) => name.startsWith(`${CACHE_PREFIX}-`) && !keep.includes(name));
	await Promise.all(old.map((name) => storage.delete(name)));
	return old;
}

/** The offline page: what a page that is neither cached nor reachable shows. */
export const OFFLINE_URL = '/offline/index.html';

/** What workbox-build's getManifest needs to list the precached files of `dist`, budget included. */
export function precacheOptions(dist: string): GetManifestOptions {
	return { globDirectory: dist, globPatterns: PRECACHE_PATTERNS, manifestTransforms: [precacheBudget()] };
}

/** What getManifest needs to list the code files of `dist` for `codeVersion`. */
export function codeOptions(dist: string): GetManifestOptions {
	return { globDirectory: dist, globPatterns: CODE_PATTERNS, maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER };
}
