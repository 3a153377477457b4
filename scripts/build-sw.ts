/**
 * Writes dist/sw.js after the Astro build and Pagefind, so it can precache the
 * final files: workbox-build's getManifest lists them with their revisions
 * (budget included), and esbuild bundles the worker
 * (src/scripts/service-worker.ts, Workbox's own modules) with that list and
 * the version of the site's code that names its runtime caches. Nothing else
 * goes in: a rebuild of the same site writes the same worker, so browsers see
 * no update, and a rebuild with one changed page makes them fetch that page
 * alone. Workbox, not a hand-written worker: it handles revisioning, precache
 * updates and strategies that are easy to get subtly wrong. Not its
 * generateSW: that ran Rollup and Babel over the same modules on every build.
 *
 *   node scripts/build-sw.ts [dist]
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The module itself, not the package's index, which loads Rollup and Babel for generateSW.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { codeOptions, codeVersion, precacheOptions } from '../src/lib/service-worker.ts';

const dist = process.argv[2] ?? 'dist';
const [precache, code] = await Promise.all([getManifest(precacheOptions(dist)), getManifest(codeOptions(dist))]);
for (const warning of precache.warnings) console.warn(`service worker: ${warning}`);
const version = await codeVersion(code.manifestEntries ?? []);
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
		SW_CODE_VERSION: JSON.stringify(version),
		SW_PRECACHE: JSON.stringify((precache.manifestEntries ?? []).map(({ url, revision }) => ({ url, revision }))),
	},
});
console.log(
	`service worker (code ${version}): precaches ${precache.count} files (${Math.round(precache.size / 1024)} KiB)`,
);
