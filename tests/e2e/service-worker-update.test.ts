/**
 * A deploy fetches only what changed: the fixture content is built twice, the
 * second time with one changed term page. Chromium installs the first
 * build's service worker; then the server switches to the second build (as a
 * host does on deploy) and the worker updates. The server's log shows what
 * the second install fetched: the new worker and the changed files, nothing
 * else. The cache names stay, and so does a page cached while reading.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The module itself, as scripts/build-sw.ts imports it.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { precacheOptions } from '../../src/lib/service-worker.ts';
import { buildContent, FIXTURE_CONTENT } from '../helpers.ts';
import { launch } from './browser.ts';
import { serveStatic } from './static-server.ts';

const CHANGED_TEXT = 'Deze zin kwam er in de tweede build bij.';
const work = mkdtempSync(join(tmpdir(), 'iw-sw-update-'));
/** What the server serves: a link to one build, switched to the other on "deploy". */
const live = join(work, 'live');
const builds = { first: join(work, 'first'), second: join(work, 'second') };

let server: Server | undefined;
let origin = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Paths the server was asked for, in order. */
const log: string[] = [];

/** Builds `content` into `dist`, failing with the build's output. */
function build(content: string, dist: string) {
	const result = buildContent(content, { DIST_DIR: dist });
	if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
}

/** Points the server at `dist`: a new link renamed over the old one, so no request sees neither. */
function deploy(dist: string) {
	symlinkSync(dist, `${live}.next`);
	renameSync(`${live}.next`, live);
}

/** The precache list of a build, as its worker holds it: URL path → revision. */
async function precacheOf(dist: string): Promise<Map<string, string>> {
	const { manifestEntries = [] } = await getManifest(precacheOptions(dist));
	return new Map(manifestEntries.map(({ url, revision }) => [`/${url}`, revision ?? '']));
}

/** In the page: `untilActivated(worker)` resolves once the worker is activated, and rejects if it fails to install. */
type WithHelper = { untilActivated: (worker: ServiceWorker) => Promise<void> };
function addHelper() {
	(window as unknown as WithHelper).untilActivated = (worker) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				if (worker.state === 'activated') resolve();
				if (worker.state === 'redundant') reject(new Error('the worker failed to install'));
			};
			worker.addEventListener('statechange', check);
			check();
		});
}

/** This site's caches and what they hold. */
const cacheState = () =>
	page.evaluate(async () => {
		const state: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			state[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
		}
		return state;
	});

beforeAll(async () => {
	const content = join(work, 'content');
	cpSync(FIXTURE_CONTENT, content, { recursive: true });
	build(content, builds.first);
	const term = join(content, 'begrippen', 'borging.md');
	writeFileSync(term, `${readFileSync(term, 'utf8').trimEnd()}\n\n${CHANGED_TEXT}\n`);
	build(content, builds.second);

	deploy(builds.first);
	({ origin, server } = await serveStatic(live));
	server.on('request', (request) => log.push(new URL(request.url ?? '/', origin).pathname));
	browser = await launch();
	context = await browser.newContext();
	await context.addInitScript(addHelper);
	page = await context.newPage();
}, 600_000);

afterAll(async () => {
	await context?.close();
	await browser?.close();
	server?.close();
	rmSync(work, { recursive: true, force: true });
});

describe('service worker update', () => {
	it('fetches only the changed files on a deploy, and keeps its caches', async () => {
		const [first, second] = await Promise.all([precacheOf(builds.first), precacheOf(builds.second)]);
		const changed = [...second].filter(([url, revision]) => first.get(url) !== revision).map(([url]) => url);
		// The rebuild changed the term page and nothing else that is precached.
		expect(changed).toEqual(['/begrippen/borging/index.html']);

		// First visit: the worker installs and precaches everything.
		await page.goto(`${origin}/`);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			if (registration.active) await (window as unknown as WithHelper).untilActivated(registration.active);
		});
		for (const url of first.keys()) expect(log, url).toContain(url);

		// A page read online, not precached, is kept for offline reading.
		await page.goto(`${origin}/methoden-en-tools/`);
		await expect
			.poll(async () => Object.values(await cacheState()).some((urls) => urls.includes('/methoden-en-tools/')))
			.toBe(true);
		const before = await cacheState();

		// Deploy, and let the worker find the update.
		deploy(builds.second);
		log.length = 0;
		const outcome = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			let found: ServiceWorker | null = null;
			registration.addEventListener('updatefound', () => (found = registration.installing), { once: true });
			await registration.update();
			const next = registration.installing ?? registration.waiting ?? found;
			if (!next) return 'no new worker';
			await (window as unknown as WithHelper).untilActivated(next);
			return 'activated';
		});
		expect(outcome).toBe('activated');

		// The new worker, and the changed page: nothing else came over the network.
		expect(log.filter((url) => url !== '/sw.js')).toEqual(changed);
		expect(log).toContain('/sw.js');

		const after = await cacheState();
		// The same caches, the page read before still in its own.
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		const pages = Object.entries(after).find(([name]) => name.includes('-pages-'));
		expect(pages?.[1]).toContain('/methoden-en-tools/');
		// The precache holds the second build's list, the new page in place of the old one.
		const precache = Object.entries(after).find(([name]) => name.includes('-precache-'));
		expect(precache?.[1]).toHaveLength(second.size);
		const term = await page.evaluate(async () =>
			(await caches.match('/begrippen/borging/index.html', { ignoreSearch: true }))?.text(),
		);
		expect(term).toContain(CHANGED_TEXT);
	});
});
