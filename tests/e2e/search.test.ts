/**
 * Search in a real browser: Dutch stemming, filters in the URL, the header
 * dialog and its keyboard use, and an index split into shards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

const base = inject('baseUrl');
let page: Page;
useBrowser((_, p) => {
	page = p;
});

const resultLinks = (scope = 'main') => page.locator(`${scope} .search-results a.search-result`);
const statusOf = (scope = 'main') => page.locator(`${scope} [role=status]`);

/** Reads "12 resultaten" from the status line. */
async function resultCount(): Promise<number> {
	await expect.poll(() => statusOf().textContent(), { timeout: 15_000 }).toMatch(/\d+ resultat|Geen resultaten/);
	const text = (await statusOf().textContent()) ?? '';
	return Number(/(\d+) resultat/.exec(text)?.[1] ?? 0);
}

describe('search page', () => {
	it('"verankerd" finds the Borging term page (Dutch stemming)', async () => {
		// Borging lists verankering and verankeren among its other forms, not verankerd.
		await page.goto(`${base}/zoeken/?q=verankerd`);
		const hit = page.locator('main a.search-result[href="/begrippen/borging/"]');
		await hit.waitFor({ timeout: 15_000 });
		await expect(hit.locator('.search-result__type').textContent()).resolves.toBe('Begrip');
		expect(await hit.locator('mark').count()).toBeGreaterThan(0);
		// Groups that are not filtered on are counted too (the page loads every filter chunk).
		await expect
			.poll(
				() => page.locator('fieldset[data-facet="type"] label:has(input[value="Begrip"]) [data-count]').textContent(),
				{ timeout: 15_000 },
			)
			.toMatch(/^\([1-9]\d*\)$/);
	});

	it('shows the results before the filter counts, which follow once their chunks are in', async () => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/pagefind\/filter\//, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${base}/zoeken/?q=borgen`);
		await page.locator('main a.search-result[href="/begrippen/borging/"]').waitFor({ timeout: 15_000 });
		const count = page.locator('fieldset[data-facet="type"] label:has(input[value="Begrip"]) [data-count]');
		expect(await count.textContent()).toBe('');
		release();
		await expect.poll(() => count.textContent(), { timeout: 15_000 }).toMatch(/^\([1-9]\d*\)$/);
	});

	it('"implementatiestrategieën" finds the strategy pages', async () => {
		await page.goto(`${base}/zoeken/?q=${encodeURIComponent('implementatiestrategieën')}`);
		await resultLinks().first().waitFor({ timeout: 15_000 });
		const hrefs = await resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/handleiding/implementatiestrategieen-kiezen/');
		expect(hrefs).toContain('/begrippen/implementatiestrategie/');
	});

	it('filtering on stap 4 narrows the tool results, and the URL keeps the filters', async () => {
		await page.goto(`${base}/zoeken/?type=${encodeURIComponent('Methode of tool')}`);
		const all = await resultCount();
		expect(all).toBeGreaterThan(1);
		await page.locator('fieldset[data-facet="stap"] input[value="4"]').check();
		await expect.poll(resultCount, { timeout: 15_000 }).toBeLessThan(all);
		const narrowed = await resultCount();
		expect(narrowed).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.getAll('stap')).toEqual(['4']);
		// Other groups are counted within the narrowed results; the counts follow the results, so wait for them.
		const typeCount = page.locator(
			'fieldset[data-facet="type"] label:has(input[value="Methode of tool"]) [data-count]',
		);
		await expect.poll(() => typeCount.textContent(), { timeout: 15_000 }).toBe(`(${narrowed})`);
		await page.reload();
		await expect.poll(resultCount, { timeout: 15_000 }).toBe(narrowed);
		expect(await page.locator('fieldset[data-facet="stap"] input[value="4"]').isChecked()).toBe(true);
	});

	it('shows the first results beside the filters on a wide screen, and below closed filters on a phone', async () => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`${base}/zoeken/?q=borgen`);
		const first = resultLinks().first();
		await first.waitFor({ timeout: 15_000 });
		const box = page.locator('fieldset[data-facet="stap"] input[value="4"]');
		expect(await box.isVisible()).toBe(true);
		const [hit, filters] = await Promise.all([first.boundingBox(), page.locator('.facet-panel').boundingBox()]);
		// Beside the filters and in view, however long the filter groups are.
		expect(hit!.x).toBeGreaterThan(filters!.x + filters!.width);
		expect(hit!.y + hit!.height).toBeLessThan(800);

		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${base}/zoeken/?q=borgen&stap=4`);
		await first.waitFor({ timeout: 15_000 });
		expect(await box.isVisible()).toBe(false);
		const summary = page.locator('.facet-panel summary');
		await expect.poll(() => summary.textContent()).toMatch(/^Filters\s+\(1 gekozen\)$/);
		expect((await first.boundingBox())!.y).toBeLessThan(844);
		await summary.click();
		expect(await box.isVisible()).toBe(true);
		expect(await box.isChecked()).toBe(true);
	});

	it('has no axe violations with results and filters', async () => {
		await page.goto(`${base}/zoeken/?q=borgen&stap=6`);
		await resultLinks().first().waitFor({ timeout: 15_000 });
		expect(await axeViolations(page)).toEqual([]);
	});

	it('shows the no-results state with suggestions for a nonsense query', async () => {
		await page.goto(`${base}/zoeken/?q=xqzwvplk`);
		const empty = page.locator('main .search-empty');
		await empty.waitFor({ state: 'visible', timeout: 15_000 });
		expect(await empty.locator('a[href="/begrippen/"]').count()).toBe(1);
		expect(await empty.locator('a[href="/methoden-en-tools/"]').count()).toBe(1);
	});
});

describe('header search dialog', () => {
	it('loads neither Pagefind nor the search code before search is opened', async () => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(`${base}/begrippen/borging/`, { waitUntil: 'networkidle' });
		expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
		const scripts = () => requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
		const before = scripts();
		expect(before.some((path) => path.includes('SiteHeader'))).toBe(true);
		expect(before.filter((path) => /dialog-search|search-core/.test(path))).toEqual([]);
		await page.keyboard.press('Control+k');
		// What is typed while the search code loads is searched once it is in.
		await page.locator('dialog.search-dialog input').fill('borgen');
		await resultLinks('dialog').first().waitFor({ timeout: 15_000 });
		expect(scripts().filter((path) => /dialog-search|search-core/.test(path)).length).toBeGreaterThan(0);
		expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
		// The dialog shows no filter counts, so it loads no filter chunks (they slow every query).
		expect(requests.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
	});

	it('warms Pagefind up with the warm-up word of the build while the box is empty, and stops once the visitor types (dialog and /zoeken/)', async () => {
		// Records what the page asks Pagefind's worker, in order; holds back searches for `hold.term` until released.
		await page.addInitScript(() => {
			const calls: { method: string; term: unknown }[] = [];
			const hold = { term: undefined as unknown, held: [] as (() => void)[] };
			Object.assign(window, {
				pagefindCalls: calls,
				pagefindHold: hold,
				releasePagefind: () => {
					hold.term = undefined;
					for (const send of hold.held.splice(0)) send();
				},
			});
			const post = Worker.prototype.postMessage;
			Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
				const { method, args } = (message ?? {}) as { method?: string; args?: unknown[] };
				if (method) calls.push({ method, term: args?.[0] });
				if (method === 'search' && hold.term !== undefined && args?.[0] === hold.term)
					return void hold.held.push(() => post.call(this, message, options));
				return post.call(this, message, options);
			} as Worker['postMessage'];
		});
		type Hold = { pagefindHold: { term: unknown; held: unknown[] }; releasePagefind: () => void };
		const searches = () =>
			page.evaluate(() =>
				(window as unknown as { pagefindCalls: { method: string; term: unknown }[] }).pagefindCalls
					.filter((c) => c.method === 'search')
					.map((c) => c.term),
			);
		await page.goto(`${base}/begrippen/borging/`);
		const { warmUp } = (await (await page.request.get(`${base}/pagefind/search.json`)).json()) as { warmUp: string };
		expect(warmUp).toMatch(/^\p{L}+$/u);
		await page.keyboard.press('Control+k');
		// The empty query that builds the word segmenter, then the warm-up searches.
		await expect.poll(searches, { timeout: 15_000 }).toEqual(['', ...Array(5).fill(warmUp)]);
		await page.locator('dialog.search-dialog input').fill('borgen');
		await resultLinks('dialog').first().waitFor({ timeout: 15_000 });
		expect(await searches()).toEqual(['', ...Array(5).fill(warmUp), 'borgen']);

		// Typed during the first warm-up search (held back until the visitor has typed): the warm-up
		// stops before its next search, and the query is answered.
		await page.goto(`${base}/`);
		await page.evaluate((word) => ((window as unknown as Hold).pagefindHold.term = word), warmUp);
		await page.keyboard.press('Control+k');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as Hold).pagefindHold.held.length), { timeout: 15_000 })
			.toBe(1);
		await page.locator('dialog.search-dialog input').pressSequentially('borgen');
		await page.evaluate(() => (window as unknown as Hold).releasePagefind());
		await expect
			.poll(() => statusOf('dialog').textContent(), { timeout: 15_000 })
			.toMatch(/\d+ resultat.* voor “borgen”\./);
		const typed = await searches();
		expect(typed.filter((term) => term === warmUp)).toEqual([warmUp]);
		expect(typed.at(-1)).toBe('borgen');

		// /zoeken/ opened without a query warms up the same way; opened with one, it searches at once.
		await page.goto(`${base}/zoeken/`);
		await expect.poll(searches, { timeout: 15_000 }).toEqual(['', ...Array(5).fill(warmUp)]);
		await page.goto(`${base}/zoeken/?q=borgen`);
		await resultLinks().first().waitFor({ timeout: 15_000 });
		expect((await searches()).filter((term) => term === warmUp)).toEqual([]);
	});

	it('says so when the search code cannot load, and loads it on the next opening', async () => {
		await page.route(/\/_astro\/dialog-search\.[^/]*\.js$/, (route) => route.abort());
		await page.goto(`${base}/`);
		await page.keyboard.press('Control+k');
		const status = statusOf('dialog');
		await expect.poll(() => status.textContent()).toBe('Zoeken kon niet laden. Probeer het later opnieuw.');
		await page.keyboard.press('Escape');
		await page.unroute(/\/_astro\/dialog-search\.[^/]*\.js$/);
		await page.keyboard.press('Control+k');
		await page.locator('dialog.search-dialog input').fill('borgen');
		await resultLinks('dialog').first().waitFor({ timeout: 15_000 });
	});

	it('opens with Ctrl+K, reaches a result with ArrowDown, Escape returns focus, Enter navigates', async () => {
		await page.goto(`${base}/`);
		const button = page.locator('site-search .search-open');
		await button.focus();
		await page.keyboard.press('Control+k');
		const dialog = page.locator('dialog.search-dialog');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 5_000 }).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
		await page.keyboard.type('borging');
		await resultLinks('dialog').first().waitFor({ timeout: 15_000 });
		await page.keyboard.press('ArrowDown');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(focused).toBe(await resultLinks('dialog').first().getAttribute('href'));

		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 5_000 }).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.classList.contains('search-open'))).toBe(true);

		await page.keyboard.press('/');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 5_000 }).toBe(true);
		// Escape from the search field closes the dialog too (not just clears the field).
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 5_000 }).toBe(false);
		await page.keyboard.press('Control+k');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 5_000 }).toBe(true);
		await resultLinks('dialog').first().waitFor({ timeout: 15_000 });
		await page.keyboard.press('ArrowDown');
		await Promise.all([page.waitForURL((url) => url.pathname === focused), page.keyboard.press('Enter')]);
	});

	it('searches as you type from two letters on, and shows only results for what is typed now', async () => {
		await page.goto(`${base}/`);
		await page.keyboard.press('Control+k');
		const input = page.locator('dialog.search-dialog input');
		const status = statusOf('dialog');
		await input.pressSequentially('b');
		await expect.poll(() => status.textContent(), { timeout: 5_000 }).toBe('Typ minstens 2 letters.');
		expect(await resultLinks('dialog').count()).toBe(0);
		// Typed without pauses: each letter may start a search, the last one wins.
		await input.pressSequentially('orging');
		await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d+ resultat.* voor “borging”\./);
		expect(await resultLinks('dialog').count()).toBeGreaterThan(0);
		// Back to one letter: results of the searches still running must not come back.
		// Each key started a search ("borgin" … "bo"); the list is aria-busy until all of them have settled.
		const list = page.locator('dialog .search-results');
		for (let i = 0; i < 'orging'.length; i++) await input.press('Backspace');
		await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
		expect(await status.textContent()).toBe('Typ minstens 2 letters.');
		expect(await resultLinks('dialog').count()).toBe(0);
	});

	it('shows "geen resultaten" with suggestions in the dialog', async () => {
		await page.goto(`${base}/`);
		await page.keyboard.press('Control+k');
		await page.locator('dialog.search-dialog input').fill('xqzwvplk');
		const empty = page.locator('dialog .search-empty');
		await empty.waitFor({ state: 'visible', timeout: 15_000 });
		await expect(page.locator('dialog [role=status]').textContent()).resolves.toContain('Geen resultaten');
	});

	it('has no axe violations with the dialog open', async () => {
		await page.goto(`${base}/`);
		await page.keyboard.press('Control+k');
		await page.locator('dialog.search-dialog input').fill('borging');
		await resultLinks('dialog').first().waitFor({ timeout: 15_000 });
		const violations = await axeViolations(page);
		expect(violations).toEqual([]);
	});
});

describe('search over an index in shards', () => {
	// The built site indexed again in shards of 50 pages, as a site of more than 3,000 pages would be.
	const site = mkdtempSync(join(tmpdir(), 'iw-shards-e2e-'));
	let server: Server | undefined;
	let origin = '';
	beforeAll(async () => {
		cpSync('dist', site, { recursive: true });
		const result = spawnSync(process.execPath, ['scripts/index-search.ts', site], {
			encoding: 'utf8',
			env: { ...process.env, SEARCH_PAGES_PER_SHARD: '50' },
		});
		if (result.status !== 0) throw new Error(result.stdout + result.stderr);
		({ origin, server } = await serveStatic(site));
	}, 120_000);
	afterAll(() => {
		server?.close();
		rmSync(site, { recursive: true, force: true });
	});

	const typeCount = () =>
		page.locator('fieldset[data-facet="type"] label:has(input[value="Begrip"]) [data-count]').textContent();

	it('finds what the single index finds, with the same filter counts, from every shard', async () => {
		await page.goto(`${base}/zoeken/?q=borgen`);
		const single = await resultCount();
		await expect.poll(typeCount, { timeout: 15_000 }).toMatch(/^\([1-9]\d*\)$/);
		const singleTypeCount = await typeCount();

		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${origin}/zoeken/?q=borgen`);
		expect(await resultCount()).toBe(single);
		await page.locator('main a.search-result[href="/begrippen/borging/"]').waitFor({ timeout: 15_000 });
		await expect.poll(typeCount, { timeout: 15_000 }).toBe(singleTypeCount);
		// Every extra shard the manifest lists (as many as the site's page count gives), and only those.
		const { bundles } = JSON.parse(readFileSync(join(site, 'pagefind/search.json'), 'utf8')) as { bundles: string[] };
		expect(bundles.length).toBeGreaterThan(1);
		expect(requests.filter((path) => /^\/pagefind\/shard-\d+\/pagefind-entry\.json$/.test(path)).sort()).toEqual(
			bundles.map((bundle) => `${bundle}pagefind-entry.json`).sort(),
		);
	});
});
