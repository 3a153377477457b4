/**
 * The service worker, built from Workbox's modules. scripts/build-sw.ts
 * bundles it with esbuild after every build and fills in the build version
 * and the precache list (see src/lib/service-worker.ts for what is precached
 * and why). It is what Workbox's generateSW wrote for the same settings,
 * without running Rollup and Babel over Workbox on every build
 * (docs/decisions/0005-service-worker-without-generatesw.md).
 *
 * - Precached files are served from the cache, `/x/` from `x/index.html`.
 * - Pages: stale-while-revalidate; a page that is neither cached nor
 *   reachable gets the offline page.
 * - Everything else from this site: stale-while-revalidate, except /admin/
 *   (the CMS), which always comes from the network.
 * - A new worker takes over at once; the caches of older builds are deleted
 *   on activation.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';
import type { PrecacheEntry } from 'workbox-precaching';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { PrecacheFallbackPlugin, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import { cacheId, deleteOtherBuildCaches, OFFLINE_URL, workerCaches } from '../lib/service-worker.ts';

/** Filled in by scripts/build-sw.ts. */
declare const SW_VERSION: string;
declare const SW_PRECACHE: PrecacheEntry[];

// The worker's own global; the DOM types this project compiles with do not know it.
const worker = self as unknown as {
	skipWaiting(): Promise<void>;
	addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
};
const id = cacheId(SW_VERSION);

setCacheNameDetails({ prefix: id });
void worker.skipWaiting();
clientsClaim();
worker.addEventListener('activate', (event) => event.waitUntil(deleteOtherBuildCaches(SW_VERSION, caches)));

precacheAndRoute(SW_PRECACHE, { directoryIndex: 'index.html' });

// Workbox types its plugin's hook as possibly undefined, which exactOptionalPropertyTypes rejects.
const offlineFallback = new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_URL }) as WorkboxPlugin;
registerRoute(
	({ request, sameOrigin, url }) => sameOrigin && workerCaches(url) && request.mode === 'navigate',
	new StaleWhileRevalidate({ cacheName: `${id}-pages`, plugins: [offlineFallback] }),
);
registerRoute(
	({ sameOrigin, url }) => sameOrigin && workerCaches(url),
	new StaleWhileRevalidate({ cacheName: `${id}-assets` }),
);
