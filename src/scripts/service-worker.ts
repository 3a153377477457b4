/**
 * The service worker, built from Workbox's modules. scripts/build-sw.ts
 * bundles it with esbuild after every build and fills in the precache list
 * and the version of the site's code (see src/lib/service-worker.ts for what
 * is cached, under which names, and why). It is what Workbox's generateSW
 * wrote for the same settings, without running Rollup and Babel over Workbox on
 * every build (docs/decisions/0005-service-worker-without-generatesw.md).
 *
 * - Precached files are served from the cache, `/x/` from `x/index.html`. A
 *   new worker fetches only the files whose revision changed.
 * - Pages: stale-while-revalidate; a page that is neither cached nor
 *   reachable gets the offline page.
 * - Pagefind's entry file: network only. Pagefind asks for it with a new
 *   `?ts=` each time, so a cached copy would never be read again.
 * - Everything else from this site: stale-while-revalidate, except /admin/
 *   (the CMS), which always comes from the network.
 * - A new worker takes over at once; on activation it deletes this site's
 *   caches that it does not use.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';
import type { PrecacheEntry } from 'workbox-precaching';
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { PrecacheFallbackPlugin, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { CACHE_PREFIX, deleteOldCaches, OFFLINE_URL, runtimeCaches, workerCaches } from '../lib/service-worker.ts';

/** Filled in by scripts/build-sw.ts. */
declare const SW_CODE_VERSION: string;
declare const SW_PRECACHE: PrecacheEntry[];

// The worker's own global; the DOM types this project compiles with do not know it.
const worker = self as unknown as {
	skipWaiting(): Promise<void>;
	addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
};
const runtime = runtimeCaches(SW_CODE_VERSION);

setCacheNameDetails({ prefix: CACHE_PREFIX });
void worker.skipWaiting();
clientsClaim();
worker.addEventListener('activate', (event) =>
	event.waitUntil(deleteOldCaches([cacheNames.precache, runtime.pages, runtime.assets], caches)),
);

precacheAndRoute(SW_PRECACHE, { directoryIndex: 'index.html' });

// Workbox types its plugin's hook as possibly undefined, which exactOptionalPropertyTypes rejects.
const offlineFallback = new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_URL }) as WorkboxPlugin;
registerRoute(
	({ request, sameOrigin, url }) => sameOrigin && workerCaches(url) && request.mode === 'navigate',
	new StaleWhileRevalidate({ cacheName: runtime.pages, plugins: [offlineFallback] }),
);
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/pagefind-entry.json'), new NetworkOnly());
registerRoute(
	({ sameOrigin, url }) => sameOrigin && workerCaches(url),
	new StaleWhileRevalidate({ cacheName: runtime.assets }),
);
