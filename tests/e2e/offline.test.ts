/**
 * Offline reading: after one visit to the home page the service worker has
 * saved the handleiding and the glossary (and deleted the caches of builds
 * from before the cache names were stable); offline, a step page, a term page
 * and a page visited before still load, and a page that was never visited
 * shows the offline page. tests/e2e/service-worker-update.test.ts covers an
 * update. The CMS at /admin/ is never cached.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launch();
	context = await browser.newContext();
	page = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

describe('offline', () => {
	it('registers the service worker and reports that a precached page is available offline', async () => {
		// Caches named the way builds named them before the names were stable (implementatiewiki-<build>-…),
		// and another site's, made before the worker arrives: activation must delete the first two only.
		const oldStyle = ['implementatiewiki-mxa58865-pages', `implementatiewiki-mxa58865-precache-v2-${base}/`];
		await page.goto(`${base}/favicon.svg`);
		await page.evaluate((names) => Promise.all(names.map((name) => caches.open(name))), [...oldStyle, 'andere-site']);
		await page.goto(`${base}/`);
		await page.evaluate(async () => {
			const { active } = await navigator.serviceWorker.ready;
			// Activated: the activate handlers, the cleanup among them, have finished.
			await new Promise<void>((resolve) => {
				const check = () => active?.state === 'activated' && resolve();
				active?.addEventListener('statechange', check);
				check();
			});
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
				);
			}
		});
		const names = await page.evaluate(() => caches.keys());
		for (const name of oldStyle) expect(names).not.toContain(name);
		expect(names).toContain('andere-site');
		expect(names).toContain(`implementatiewiki-precache-v2-${base}/`);
		// Besides its precache, the worker may have started its runtime caches already: named after the code, not the build.
		for (const name of names.filter((n) => n.startsWith('implementatiewiki-') && !n.includes('-precache-')))
			expect(name).toMatch(/^implementatiewiki-(pages|assets)-[0-9a-f]{10}$/);
		await page.goto(`${base}/begrippen/borging/`);
		await page.locator('[data-offline-status]:not([hidden])').waitFor({ timeout: 15_000 });
		expect(await page.locator('[data-offline-status]').textContent()).toBe('Deze pagina is offline beschikbaar.');
	});

	it('keeps a page visited online (not precached) for offline reading', async () => {
		await page.goto(`${base}/rapporten/`);
		const title = await page.locator('h1').textContent();
		await context.setOffline(true);
		await page.goto(`${base}/rapporten/`);
		expect(await page.locator('h1').textContent()).toBe(title);
		expect(title).not.toBe('Je bent offline');
		await context.setOffline(false);
	});

	it('serves a step page and a term page offline', async () => {
		await context.setOffline(true);
		await page.goto(`${base}/handleiding/implementatiestrategieen-kiezen/`);
		expect(await page.locator('h1').textContent()).toBe('Implementatiestrategieën kiezen');
		await page.goto(`${base}/begrippen/doorbraakmethode/`);
		expect(await page.locator('main h1').count()).toBe(1);
		expect(await page.locator('h1').textContent()).not.toBe('Je bent offline');
	});

	it('shows the offline page for a page that was never visited', async () => {
		await page.goto(`${base}/werkgroepen/`);
		expect(await page.locator('h1').textContent()).toBe('Je bent offline');
		expect(await page.locator('main a[href="/handleiding/"]').count()).toBe(1);
		await context.setOffline(false);
	});

	it('never serves or caches the CMS at /admin/', async () => {
		const responses: { url: string; fromWorker: boolean }[] = [];
		page.on('response', (r) => responses.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));
		// A control: the worker controls this page and answers for the site.
		await page.goto(`${base}/`, { waitUntil: 'load' });
		expect(responses.find((r) => r.url === `${base}/`)?.fromWorker).toBe(true);
		await page.goto(`${base}/admin/`, { waitUntil: 'load' });
		await page.goto(`${base}/`, { waitUntil: 'load' });
		const admin = responses.filter((r) => new URL(r.url).pathname.startsWith('/admin/'));
		expect(admin.map((r) => new URL(r.url).pathname)).toEqual(expect.arrayContaining(['/admin/', '/admin/cms.js']));
		expect(admin.filter((r) => r.fromWorker)).toEqual([]);
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys())
				for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			return urls;
		});
		expect(cached.length).toBeGreaterThan(0);
		expect(cached.filter((url) => new URL(url).pathname.startsWith('/admin'))).toEqual([]);
	});
});
