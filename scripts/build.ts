/**
 * `npm run build`: validate → astro build → pagefind → service worker, into a temporary folder
 * next to the output folder; only when every step succeeds does that folder
 * replace `dist/`. A failed build therefore never leaves a partial site, and
 * the previous `dist/` stays as it was.
 *
 * Environment: CONTENT_DIR (content folder, default `content`), DIST_DIR
 * (output folder, default `dist`). A build of another content folder gets its
 * own Astro cache, so it cannot disturb the cache of the real content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { withAdminPolicy } from '../src/lib/csp.ts';
import { envValue } from '../src/lib/env.ts';
import { ASTRO_NODE_FLAGS } from './astro-node-flags.ts';
import { basename, dirname, join, resolve } from 'node:path';

const dist = resolve(envValue('DIST_DIR') ?? 'dist');
const parent = dirname(dist);
// Same parent folder as dist/, so the final rename stays on one file system.
const staging = join(parent, `.${basename(dist)}-build-${process.pid}`);
const env: NodeJS.ProcessEnv = { ...process.env };
if (envValue('CONTENT_DIR') && !envValue('ASTRO_CACHE_DIR')) {
	env['ASTRO_CACHE_DIR'] = mkdtempSync(join(tmpdir(), 'iw-astro-cache-'));
}

function step(label: string, command: string, args: string[]): void {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) {
		rmSync(staging, { recursive: true, force: true });
		if (env['ASTRO_CACHE_DIR'] !== process.env['ASTRO_CACHE_DIR'])
			rmSync(env['ASTRO_CACHE_DIR'] ?? '', { recursive: true, force: true });
		console.error(
			`\nBuild failed at: ${label}. ${existsSync(dist) ? `The previous ${basename(dist)}/ is unchanged.` : 'Nothing was written.'}`,
		);
		process.exit(result.status ?? 1);
	}
}

step('validate', process.execPath, ['scripts/validate.ts']);
step('astro build', process.execPath, [
	...ASTRO_NODE_FLAGS,
	'node_modules/astro/bin/astro.mjs',
	'build',
	'--outDir',
	staging,
]);
step('pagefind', process.execPath, ['scripts/index-search.ts', staging]);

// The CMS needs a looser policy than the rest of the site (see src/lib/csp.ts).
const adminPage = join(staging, 'admin', 'index.html');
if (existsSync(adminPage)) writeFileSync(adminPage, withAdminPolicy(readFileSync(adminPage, 'utf8')));

// Last, so the precache manifest covers the final files.
step('service worker', process.execPath, ['scripts/build-sw.ts', staging]);

// Swap: the old site is moved aside, the new one takes its place, the old one goes.
const old = `${staging}-old`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
if (env['ASTRO_CACHE_DIR'] !== process.env['ASTRO_CACHE_DIR'])
	rmSync(env['ASTRO_CACHE_DIR'] ?? '', { recursive: true, force: true });
console.log(`Site written to ${basename(dist)}/.`);
