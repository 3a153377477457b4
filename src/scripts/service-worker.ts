/**
 * The service worker, built from Workbox's modules. scripts/build-sw.ts
 * bundles it with esbuild after every build and fills in the build version
 * and the precache list (see src/lib/service-worker.ts for what is precached
 * and why). It is what Workbox's generateSW wrote for the same settings;
 * generateSW ran Rollup and Babel over Workbox on every build, 2.5 s of each.
 *
 * - Precached files are served from the cache, `/x/` from `x/index.html`.
 * - Pages: stale-while-revalidate; a page that is neither cached nor
 *   reachable gets the offline page.
 * - Everything else from this site: stale-while-revalidate.
 * - A new worker takes over at once; the caches of older builds are deleted
 *   on activation (the cleanup script, and Workbox's own for its precache).
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';
import type { PrecacheEntry } from 'workbox-precaching';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';

/** Filled in by scripts/build-sw.ts. */
declare const SW_CACHE_ID: string;
declare const SW_PRECACHE: PrecacheEntry[];
declare const SW_CLEANUP_URL: string;
declare const SW_OFFLINE_URL: string;

// The worker's own global; the DOM types this project compiles with do not know it.
const worker = self as unknown as { importScripts(url: string): void; skipWaiting(): Promise<void> };

worker.importScripts(SW_CLEANUP_URL);
setCacheNameDetails({ prefix: SW_CACHE_ID });
void worker.skipWaiting();
clientsClaim();

precacheAndRoute(SW_PRECACHE, { directoryIndex: 'index.html' });
cleanupOutdatedCaches();

// Workbox types its plugin's hook as possibly undefined, which exactOptionalPropertyTypes rejects.
const offlineFallback = new PrecacheFallbackPlugin({ fallbackURL: SW_OFFLINE_URL }) as WorkboxPlugin;
registerRoute(
	({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
	new StaleWhileRevalidate({ cacheName: `${SW_CACHE_ID}-pages`, plugins: [offlineFallback] }),
);
registerRoute(({ sameOrigin }) => sameOrigin, new StaleWhileRevalidate({ cacheName: `${SW_CACHE_ID}-assets` }));
