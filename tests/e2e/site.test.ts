/** The main reader flows in a real browser: home, stepping through the handleiding, and Dutch search. */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
useBrowser((b, p) => {
	browser = b;
	page = p;
});

describe('site', () => {
	it('shows the home page with the six steps and a search box', async () => {
		const response = await page.goto(`${base}/`);
		expect(response?.status()).toBe(200);
		await expect(page.title()).resolves.toMatch(/Implementatiewiki/);
		expect(await page.locator('html').getAttribute('lang')).toBe('nl');
		expect(await page.locator('main ol li a[href^="/handleiding/"]').count()).toBe(6);
		expect(await page.locator('input[type=search][name=q]').count()).toBeGreaterThan(0);
	});

	it('moves from step 1 to step 2 with "Volgende stap"', async () => {
		await page.goto(`${base}/handleiding/`);
		await page.locator('main ol a').first().click();
		await expect(page.locator('h1').textContent()).resolves.toBe('Voorbereiding');
		await page.locator('a[rel=next]').click();
		await page.waitForURL(/\/handleiding\/huidige-praktijk-en-doelen\/$/);
		await expect(page.locator('.eyebrow').textContent()).resolves.toContain('Stap 2');
	});

	it('on a phone, puts the search button beside the site name, without the Ctrl+K hint', async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		try {
			const tab = await phone.newPage();
			await tab.goto(`${base}/`);
			const button = tab.locator('.search-open');
			await button.waitFor();
			expect(await tab.locator('.search-open kbd').isVisible()).toBe(false);
			const [name, open] = await Promise.all([tab.locator('.site-name').boundingBox(), button.boundingBox()]);
			expect(open!.y).toBeLessThan(name!.y + name!.height);
		} finally {
			await phone.close();
		}
		// With a mouse and keyboard the hint stays.
		await page.goto(`${base}/`);
		await page.locator('.search-open').waitFor();
		expect(await page.locator('.search-open kbd').isVisible()).toBe(true);
	});

	it('the skip link moves focus to the main content', async () => {
		await page.goto(`${base}/begrippen/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
	});

	it('finds Borging when searching for "borgen" (Dutch stemming)', async () => {
		await page.goto(`${base}/zoeken/?q=borgen`);
		const result = page.locator('main a.search-result', { hasText: 'Borging' });
		await result.first().waitFor({ timeout: 15_000 });
		expect(await result.first().getAttribute('href')).toBe('/begrippen/borging/');
	});
});
