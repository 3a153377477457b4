/**
 * What the service worker precaches, and the names it uses. The worker itself
 * is src/scripts/service-worker.ts; scripts/build-sw.ts lists the files with
 * workbox-build's getManifest and bundles the worker with that list. Kept
 * apart from both so tests can read what is precached.
 *
 * - Precached (available offline right after the first visit): the app shell
 *   (home, offline page, CSS, icons, manifest), the handleiding with all steps,
 *   the glossary index and every term page.
 * - Everything else: stale-while-revalidate, so visited pages also work
 *   offline; a navigation that misses gets the offline page.
 * - Every cache name carries the build version; on activation the worker
 *   deletes caches of other versions (`deleteOtherBuildCaches`).
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
	'begrippen/index.html',
	'begrippen/*/index.html',
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

/** A version that differs per build: time-based, so even an identical rebuild replaces the caches. */
export const newBuildVersion = (now = Date.now()): string => now.toString(36);

/** The prefix of every cache name of one build. */
export const cacheId = (version: string): string => `${CACHE_PREFIX}-${version}`;

/**
 * Deletes this site's caches from other builds; the worker runs it when it
 * activates. Workbox's own cleanup only knows its precaches, not the runtime
 * caches of pages and files; caches of other sites on the origin stay.
 */
export async function deleteOtherBuildCaches(
	version: string,
	storage: Pick<CacheStorage, 'keys' | 'delete'>,
): Promise<string[]> {
	const own = `${CACHE_PREFIX}-`;
	const current = `${cacheId(version)}-`;
	const old = (await storage.keys()).filter((name) => name.startsWith(own) && !name.startsWith(current));
	await Promise.all(old.map((name) => storage.delete(name)));
	return old;
}

/** The offline page: what a page that is neither cached nor reachable shows. */
export const OFFLINE_URL = '/offline/index.html';

/** What workbox-build's getManifest needs to list the precached files of `dist`, budget included. */
export function precacheOptions(dist: string): GetManifestOptions {
	return { globDirectory: dist, globPatterns: PRECACHE_PATTERNS, manifestTransforms: [precacheBudget()] };
}
