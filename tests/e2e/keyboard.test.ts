/**
 * Keyboard-only flows: the skip link, the main navigation and the step
 * previous/next links, reached with Tab and followed with Enter, each with a
 * visible focus outline.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const base = inject('baseUrl');
let page: Page;
useBrowser((_, p) => {
	page = p;
});
afterEach(async () => {
	await page.close();
});

const active = () =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			text: el?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
			href: el?.getAttribute('href') ?? null,
			id: el?.id ?? '',
			outline: el ? getComputedStyle(el).outlineStyle : 'none',
		};
	});

/** Presses Tab until the focused element matches, or gives up after `max` presses. */
async function tabTo(match: (el: Awaited<ReturnType<typeof active>>) => boolean, max = 60) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const el = await active();
		if (match(el)) return el;
	}
	throw new Error('element not reached with Tab');
}

/** Checks that the focused skip link is on screen with a focus outline, then follows it: focus lands on `target`. */
async function followSkipLink(link: Awaited<ReturnType<typeof active>>, target: string) {
	expect(link.outline).not.toBe('none');
	const box = await page.locator(`.skip-link[href="#${target}"]`).boundingBox();
	expect(box && box.y >= 0).toBe(true);
	await page.keyboard.press('Enter');
	expect((await active()).id).toBe(target);
}

describe('keyboard', () => {
	it('the skip link is the first stop, is visible when focused, and moves focus to main', async () => {
		await page.goto(`${base}/handleiding/voorbereiding/`);
		await page.keyboard.press('Tab');
		const first = await active();
		expect(first.text).toBe('Direct naar de inhoud');
		await followSkipLink(first, 'inhoud');
		// The next Tab continues inside the main content, not in the header.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('inhoud');
	});

	it('reaches every main navigation link with Tab and follows one with Enter', async () => {
		await page.goto(`${base}/`);
		const labels = await page.locator('nav[aria-label=Hoofdmenu] a').allTextContents();
		expect(labels.length).toBeGreaterThan(4);
		const reached: string[] = [];
		for (let i = 0; i < 40 && reached.length < labels.length; i++) {
			await page.keyboard.press('Tab');
			const inNav = await page.evaluate(() => !!document.activeElement?.closest('nav[aria-label=Hoofdmenu]'));
			if (inNav) {
				const el = await active();
				expect(el.outline, el.text).not.toBe('none');
				reached.push(el.text);
			}
		}
		expect(reached).toEqual(labels.map((l) => l.trim()));
		await page.goto(`${base}/`);
		await tabTo((el) => el.href === '/begrippen/');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/begrippen\/$/);
		expect(await page.locator('nav[aria-label=Hoofdmenu] a[aria-current=page]').textContent()).toBe('Begrippen');
	});

	it('moves to the next and back to the previous step with the keyboard', async () => {
		await page.goto(`${base}/handleiding/voorbereiding/`);
		const next = await tabTo((el) => el.text.startsWith('Volgende stap'), 200);
		expect(next.outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/handleiding\/huidige-praktijk-en-doelen\/$/);
		await tabTo((el) => el.text.startsWith('Vorige stap'), 200);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/handleiding\/voorbereiding\/$/);
	});

	it('passes the search filters with "Sla de filters over", from the query to the first result', async () => {
		await page.goto(`${base}/zoeken/?q=borgen`);
		await page.locator('main .search-results a').first().waitFor({ timeout: 15_000 });
		await page.locator('#zoekterm').focus();
		const skip = await tabTo((el) => el.text === 'Sla de filters over', 3);
		await followSkipLink(skip, 'resultaten');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
	});
});
