/** Term previews in a real browser: hover, keyboard focus, Escape, axe, and no JavaScript. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

const base = inject('baseUrl');
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// The first term link on this page points to /begrippen/implementatie/.
const PAGE = '/begrippen/borging/';
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});
beforeEach(async () => {
	page = await browser.newPage();
	await page.goto(`${base}${PAGE}`);
	await page.waitForFunction(() => customElements.get('term-preview') !== undefined);
});

const card = () => page.locator('.term-preview-card');
const firstLink = () => page.locator('main a.term-link').first();

describe('term preview', () => {
	it('shows the term, its definition and "Lees meer" on hover', async () => {
		await expect(card().isHidden()).resolves.toBe(true);
		await firstLink().hover();
		await card().waitFor({ state: 'visible' });
		const describedBy = (await firstLink().getAttribute('aria-describedby')) ?? '';
		const term = await page.locator(`[id="${describedBy}"]`).getAttribute('data-term');
		expect(term?.length).toBeGreaterThan(2);
		await expect(card().locator('.term-preview-title').textContent()).resolves.toBe(term);
		const definition = (await page.locator(`[id="${describedBy}"]`).textContent())?.trim();
		expect(definition?.length).toBeGreaterThan(10);
		await expect(card().locator('.term-preview-text').textContent()).resolves.toBe(definition);
		await expect(card().locator('a').getAttribute('href')).resolves.toBe(await firstLink().getAttribute('href'));
	});

	it('does not cover the linked line', async () => {
		await firstLink().hover();
		await card().waitFor({ state: 'visible' });
		const link = await firstLink().boundingBox();
		const box = await card().boundingBox();
		if (!link || !box) throw new Error('no boxes');
		const overlaps = box.y < link.y + link.height && box.y + box.height > link.y;
		expect(overlaps).toBe(false);
	});

	it('shows the preview on keyboard focus and closes it with Escape', async () => {
		await firstLink().focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('term-link'))).toBe(true);
		await card().waitFor({ state: 'visible' });
		await page.keyboard.press('Escape');
		await card().waitFor({ state: 'hidden' });
	});

	it('gives the link its definition as accessible description', async () => {
		const snapshot = await firstLink().evaluate((a) => {
			const id = a.getAttribute('aria-describedby') ?? '';
			return document.getElementById(id)?.textContent ?? '';
		});
		expect(snapshot.length).toBeGreaterThan(10);
	});

	it('has no axe violations in the open preview', async () => {
		await firstLink().hover();
		await card().waitFor({ state: 'visible' });
		await page.evaluate(AXE);
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string }[] }> } })
				.axe;
			const result = await axe.run({ include: [['term-preview'], ['main a.term-link']] });
			return result.violations.map((v) => v.id);
		});
		expect(violations).toEqual([]);
	});
});

describe('without JavaScript', () => {
	it('the term link navigates to the term page', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${base}${PAGE}`);
		const link = noJs.locator('main a.term-link').first();
		const href = await link.getAttribute('href');
		await link.click();
		await noJs.waitForURL(`${base}${href}`);
		expect(await noJs.locator('h1').textContent()).toBe(await noJs.title().then((t) => t.split(' | ')[0]));
		await context.close();
	});
});

describe('/begrippen/ filter', () => {
	it('filters the list as you type and announces the count', async () => {
		await page.goto(`${base}/begrippen/`);
		const input = page.getByLabel('Filter de begrippen');
		await input.waitFor({ state: 'visible' });
		await input.fill('borg');
		await expect(page.locator('glossary-filter [role=status]').textContent()).resolves.toMatch(/begrip(pen)? gevonden/);
		const visible = await page.locator('#begrippenlijst li:visible a').allTextContents();
		expect(visible).toContain('Borging');
		expect(visible).not.toContain('Implementatie');
		expect(await page.locator('#letter-i').isVisible()).toBe(false);
		await input.fill('');
		expect(await page.locator('#letter-i').isVisible()).toBe(true);
	});
});
