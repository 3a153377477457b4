/**
 * WCAG 2.2 AA sweep: axe-core in Chromium over every page in the sitemap (and
 * the utility pages and a search with results), in light and in dark mode.
 * Any violation fails, listed as mode, page, rule and the elements involved.
 * Each page is loaded once and audited in both colour schemes; two tabs share
 * the list, so the sweep stays within a few minutes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../e2e/browser.ts';
import { sweepUrls } from './urls.ts';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const TABS = 2;
const urls = [...sweepUrls(), '/zoeken/?q=borgen'];

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const runAxe = (page: Page) =>
	page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<unknown> } }).axe.run(document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			}),
		TAGS,
	) as Promise<AxeResult>;

/** Loads a page once and audits it in each colour scheme. */
async function audit(page: Page, url: string): Promise<string[]> {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(`${base}${url}`, { waitUntil: 'load' });
	if (url.startsWith('/zoeken/?q=')) await page.locator('main a.search-result').first().waitFor({ timeout: 15_000 });
	// Let the offline status line settle, so axe never sees it change mid-audit.
	await page
		.locator('[data-offline-status]:not([hidden])')
		.waitFor({ timeout: 5_000 })
		.catch(() => {});
	const found: string[] = [];
	for (const colorScheme of SCHEMES) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await runAxe(page);
		found.push(
			...violations.map(
				(v) =>
					`${colorScheme} ${url}: ${v.id} (${v.help}) at ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 5)
						.join(', ')}`,
			),
		);
	}
	return found;
}

describe('axe-core WCAG 2.2 AA sweep', () => {
	it('has a sitemap with pages to sweep', () => {
		expect(urls.length).toBeGreaterThan(100);
	});

	it('finds no violations on any page, in light and dark mode', async () => {
		const queue = [...urls];
		const violations: string[] = [];
		const worker = async () => {
			const page = await browser.newPage();
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.addInitScript({ content: axeSource });
			for (let url = queue.shift(); url; url = queue.shift()) violations.push(...(await audit(page, url)));
			await page.close();
		};
		await Promise.all(Array.from({ length: TABS }, worker));
		expect(violations.sort()).toEqual([]);
	}, 900_000);
});
