/**
 * `npm run build`: validate → astro build → pagefind → service worker, into a temporary folder
 * next to the output folder; only when every step succeeds does that folder
 * replace `dist/`. A failed build therefore never leaves a partial site, and
 * the previous `dist/` stays as it was.
 *
 * A step that fails, or a build stopped with Ctrl-C (SIGINT) or SIGTERM,
 * removes the temporary folder (and a temporary Astro cache) and says why the
 * build stopped; a signal is passed on to the running step first, and the
 * build waits for it to end, so nothing writes into the folder after it is gone.
 *
 * Environment: CONTENT_DIR (content folder, default `content`), DIST_DIR
 * (output folder, default `dist`). A build of another content folder gets its
 * own Astro cache, so it cannot disturb the cache of the real content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
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

let running: ChildProcess | undefined;
let signalled: NodeJS.Signals | undefined;

/** Removes what this build made besides dist/: the temporary folder and its own Astro cache. */
function cleanUp(): void {
	rmSync(staging, { recursive: true, force: true });
	rmSync(`${staging}-old`, { recursive: true, force: true });
	if (env['ASTRO_CACHE_DIR'] !== process.env['ASTRO_CACHE_DIR'])
		rmSync(env['ASTRO_CACHE_DIR'] ?? '', { recursive: true, force: true });
}

/** Cleans up, says why the build stopped, and exits. */
function stop(why: string, code: number): never {
	cleanUp();
	const kept = existsSync(dist) ? `The previous ${basename(dist)}/ is unchanged.` : 'Nothing was written.';
	console.error(`\n${why}. ${kept}`);
	process.exit(code);
}

const exitCodeOf = (signal: NodeJS.Signals) => 128 + (constants.signals[signal] ?? 1);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		// A second signal while the step is still ending: stop it for good.
		if (signalled) running?.kill('SIGKILL');
		signalled = signal;
		if (running) running.kill(signal);
		else stop(`Build stopped by ${signal}`, exitCodeOf(signal));
	});
}

/** Runs one step; a failure or a signal stops the build. */
async function step(label: string, command: string, args: string[]): Promise<void> {
	console.log(`\n> ${label}`);
	const child = spawn(command, args, { stdio: 'inherit', env });
	running = child;
	const code = await new Promise<number | null>((done) => {
		child.on('close', (status) => done(status));
		child.on('error', () => done(null));
	});
	running = undefined;
	if (signalled) stop(`Build stopped by ${signalled} during: ${label}`, exitCodeOf(signalled));
	if (code !== 0) stop(`Build failed at: ${label}`, code ?? 1);
}

/** Runs a step of this script itself; an exception stops the build like a failed step. */
function own(label: string, work: () => void): void {
	try {
		work();
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		stop(`Build failed at: ${label}`, 1);
	}
}

mkdirSync(staging, { recursive: true });
await step('validate', process.execPath, ['scripts/validate.ts']);
await step('astro build', process.execPath, [
	...ASTRO_NODE_FLAGS,
	'node_modules/astro/bin/astro.mjs',
	'build',
	'--outDir',
	staging,
]);
await step('pagefind', process.execPath, ['scripts/index-search.ts', staging]);

// The CMS needs a looser policy than the rest of the site (see src/lib/csp.ts).
own('admin policy', () => {
	const adminPage = join(staging, 'admin', 'index.html');
	if (existsSync(adminPage)) writeFileSync(adminPage, withAdminPolicy(readFileSync(adminPage, 'utf8')));
});

// Last, so the precache manifest covers the final files.
await step('service worker', process.execPath, ['scripts/build-sw.ts', staging]);

// Swap: the old site is moved aside, the new one takes its place, the old one goes.
own('swap', () => {
	const old = `${staging}-old`;
	if (existsSync(dist)) renameSync(dist, old);
	renameSync(staging, dist);
	rmSync(old, { recursive: true, force: true });
});
cleanUp();
console.log(`Site written to ${basename(dist)}/.`);
