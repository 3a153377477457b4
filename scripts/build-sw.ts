/**
 * Writes dist/sw.js after the Astro build and Pagefind, so it can precache the
 * final files: workbox-build's getManifest lists them with their revisions
 * (budget included), and esbuild bundles the worker
 * (src/scripts/service-worker.ts, Workbox's own modules) with that list and
 * this build's version. Workbox, not a hand-written worker: it handles
 * revisioning, precache updates and strategies that are easy to get subtly
 * wrong. Not its generateSW: that ran Rollup and Babel over the same modules
 * on every build, a fixed cost at any size of site.
 *
 *   node scripts/build-sw.ts [dist]
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The module itself, not the package's index, which loads Rollup and Babel for generateSW.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { newBuildVersion, precacheOptions } from '../src/lib/service-worker.ts';

const dist = process.argv[2] ?? 'dist';
const version = newBuildVersion();
const { manifestEntries, count, size, warnings } = await getManifest(precacheOptions(dist));
for (const warning of warnings) console.warn(`service worker: ${warning}`);
await build({
	entryPoints: [fileURLToPath(new URL('../src/scripts/service-worker.ts', import.meta.url))],
	outfile: join(dist, 'sw.js'),
	bundle: true,
	minify: true,
	format: 'iife',
	target: 'es2020',
	logLevel: 'warning',
	define: {
		// Workbox leaves out its development logging in production.
		'process.env.NODE_ENV': '"production"',
		SW_VERSION: JSON.stringify(version),
		SW_PRECACHE: JSON.stringify((manifestEntries ?? []).map(({ url, revision }) => ({ url, revision }))),
	},
});
console.log(`service worker ${version}: precaches ${count} files (${Math.round(size / 1024)} KiB)`);
