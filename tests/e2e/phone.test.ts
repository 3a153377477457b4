/**
 * The site on a phone: no page wider than the screen at 390 and 320 px, a
 * compact header whose menu works by keyboard, and step pages that start with
 * what to do: "Wat doe je?" near the top, as a checklist kept in this browser.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sweepUrls } from '../a11y/urls.ts';
import { launch } from './browser.ts';

const base = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const STEPS = [
	'/handleiding/voorbereiding/',
	'/handleiding/huidige-praktijk-en-doelen/',
	'/handleiding/doelgroep-en-setting/',
	'/handleiding/implementatiestrategieen-kiezen/',
	'/handleiding/implementatieplan-opstellen-en-uitvoeren/',
	'/handleiding/evalueren-bijstellen-en-borgen/',
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A page in a phone-sized context; the context closes with the returned function. */
async function phone(width = PHONE.width): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser.newContext({ viewport: { width, height: PHONE.height }, hasTouch: true });
	return { page: await context.newPage(), context };
}

describe('no page wider than the screen', () => {
	// Two tabs share the list, as the axe sweep does.
	const TABS = 2;
	for (const width of [390, 320]) {
		it(`at ${width} px, every page of the sitemap`, { timeout: 900_000 }, async () => {
			const context = await browser.newContext({ viewport: { width, height: PHONE.height } });
			const urls = sweepUrls();
			const wide: string[] = [];
			let next = 0;
			const worker = async () => {
				const page = await context.newPage();
				for (let url = urls[next++]; url !== undefined; url = urls[next++]) {
					await page.goto(`${base}${url}`, { waitUntil: 'load' });
					const found = await page.evaluate(() => {
						const root = document.documentElement;
						if (root.scrollWidth <= root.clientWidth) return null;
						// Name an element that sticks out while its children do not, so a failure says where to look.
						const sticksOut = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 0.5;
						const culprit = [...document.querySelectorAll('body *')].find(
							(el) => sticksOut(el) && ![...el.children].some(sticksOut),
						);
						return `${root.scrollWidth} px (${culprit?.tagName.toLowerCase()}.${culprit?.className})`;
					});
					if (found) wide.push(`${url}: ${found}`);
				}
				await page.close();
			};
			await Promise.all(Array.from({ length: TABS }, worker));
			await context.close();
			expect(urls.length).toBeGreaterThan(100);
			expect(wide).toEqual([]);
		});
	}
});

describe('header on a phone', () => {
	it('is at most 120 px tall, with one search entry and no keyboard hint', async () => {
		const { page, context } = await phone();
		await page.goto(`${base}/handleiding/voorbereiding/`);
		await page.locator('site-menu button').waitFor();
		const box = await page.locator('.site-header').boundingBox();
		expect(box!.height).toBeLessThanOrEqual(120);
		expect(await page.locator('.site-header .search-open').isVisible()).toBe(true);
		expect(await page.locator('.site-header form.search').isVisible()).toBe(false);
		expect(await page.locator('nav[aria-label=Hoofdmenu] a[href="/zoeken/"]').count()).toBe(0);
		expect(await page.locator('.site-header kbd').isVisible()).toBe(false);
		await context.close();
	});

	it('opens the menu with Enter, closes it with Escape and returns focus to the button', async () => {
		const { page, context } = await phone();
		await page.goto(`${base}/begrippen/`);
		const button = page.locator('site-menu button');
		await button.waitFor();
		const nav = page.locator('nav[aria-label=Hoofdmenu]');
		expect(await nav.isVisible()).toBe(false);
		expect(await button.getAttribute('aria-controls')).toBe(await nav.getAttribute('id'));
		await button.focus();
		await page.keyboard.press('Enter');
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		expect(await nav.isVisible()).toBe(true);
		// Tab goes from the button into the menu, to the first link.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/handleiding/');
		await page.keyboard.press('Escape');
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		expect(await nav.isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.closest('site-menu') !== null)).toBe(true);
		await context.close();
	});

	it('opens the menu without JavaScript too, through its link', async () => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/begrippen/`);
		const nav = page.locator('nav[aria-label=Hoofdmenu]');
		expect(await nav.isVisible()).toBe(false);
		await page.locator('site-menu a[href="#hoofdmenu"]').click();
		expect(await nav.isVisible()).toBe(true);
		await context.close();
	});

	it('shows the navigation as a row on a wide screen, without a menu button', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${base}/`);
		await page.locator('.search-open').waitFor();
		expect(await page.locator('nav[aria-label=Hoofdmenu]').isVisible()).toBe(true);
		expect(await page.locator('site-menu button').isVisible()).toBe(false);
		const box = await page.locator('.site-header').boundingBox();
		expect(box!.height).toBeLessThanOrEqual(130);
		await context.close();
	});
});

describe('step pages on a phone', () => {
	for (const url of STEPS) {
		it(`${url}: "Wat doe je?" within 1,200 px of the top, the step navigator in view`, async () => {
			const { page, context } = await phone();
			await page.goto(`${base}${url}`);
			const heading = page.locator('h2#wat-doe-je');
			const top = await heading.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
			expect(top).toBeLessThanOrEqual(1200);
			// Far down the page, the navigator still shows, with this step marked.
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
			const current = page.locator('nav[aria-label="Stappen van de handleiding"] [aria-current=step]');
			const box = await page.locator('nav[aria-label="Stappen van de handleiding"]').boundingBox();
			expect(box!.y).toBeGreaterThanOrEqual(-1);
			expect(box!.y).toBeLessThan(PHONE.height);
			expect(await current.getAttribute('href')).toBe(url);
			await context.close();
		});
	}

	it('keeps the ticks of a step after a reload, per step, and clears them with "Wis"', async () => {
		const { page, context } = await phone();
		await page.goto(`${base}${STEPS[0]}`);
		const boxes = page.locator('step-checklist input[type=checkbox]');
		await boxes.first().waitFor();
		const total = await boxes.count();
		expect(total).toBeGreaterThan(2);
		// By keyboard: Space ticks the focused box.
		await boxes.nth(0).focus();
		await page.keyboard.press('Space');
		await boxes.nth(2).check();
		await page.reload();
		await boxes.first().waitFor();
		expect(await boxes.evaluateAll((all) => all.map((b) => (b as HTMLInputElement).checked))).toEqual(
			Array.from({ length: total }, (_, i) => i === 0 || i === 2),
		);
		expect(await page.locator('step-checklist [data-done]').textContent()).toBe(`2 van ${total} gedaan`);
		// Another step has its own list.
		await page.goto(`${base}${STEPS[1]}`);
		await boxes.first().waitFor();
		expect(await boxes.evaluateAll((all) => all.some((b) => (b as HTMLInputElement).checked))).toBe(false);

		await page.goto(`${base}${STEPS[0]}`);
		await page.getByRole('button', { name: 'Wis' }).click();
		expect(await boxes.evaluateAll((all) => all.some((b) => (b as HTMLInputElement).checked))).toBe(false);
		await page.reload();
		await boxes.first().waitFor();
		expect(await boxes.evaluateAll((all) => all.some((b) => (b as HTMLInputElement).checked))).toBe(false);
		await context.close();
	});

	it('is a plain list without JavaScript', async () => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}${STEPS[0]}`);
		expect(await page.locator('step-checklist li').count()).toBeGreaterThan(2);
		expect(await page.locator('step-checklist input:visible').count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Wis' }).isVisible()).toBe(false);
		await context.close();
	});
});
