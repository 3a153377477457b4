/**
 * Generates dist/sw.js with Workbox (workbox-build's generateSW) after the
 * Astro build and Pagefind, so it can precache the final files. Workbox, not
 * a hand-written worker: it handles revisioning, precache updates and
 * strategies that are easy to get subtly wrong.
 *
 *   node scripts/build-sw.ts [dist]
 */
import { writeFileSync } from 'node:fs';
import { generateSW } from 'workbox-build';
import { CLEANUP_FILE, cleanupScript, newBuildVersion, serviceWorkerOptions } from '../src/lib/service-worker.ts';

const dist = process.argv[2] ?? 'dist';
const version = newBuildVersion();
writeFileSync(`${dist}/${CLEANUP_FILE}`, cleanupScript(version));
const { count, size, warnings } = await generateSW(serviceWorkerOptions(dist, version));
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker ${version}: precaches ${count} files (${Math.round(size / 1024)} KiB)`);
