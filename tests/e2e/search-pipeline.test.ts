/**
 * The query pipeline in a real browser, on /zoeken/ and in the header dialog:
 * questions, "Bedoelde je …?", English equivalents, excerpts with their
 * labels, the relaxed state announced, and no axe violations with these
 * states on screen. Every wait is for a state of the page, none for a time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';

const base = inject('baseUrl');
let page: Page;
useBrowser((_, p) => {
	page = p;
});

/** Where a search box lives: /zoeken/'s main, or the header dialog. */
type Box = 'main' | 'dialog';

const results = (box: Box) => page.locator(`${box} .search-results a.search-result`);
const status = (box: Box) => page.locator(`${box} [role=status]`);
const suggestion = (box: Box) => page.locator(`${box} .search-suggest`);

/** Searches `query` in a box: /zoeken/ through its URL, the dialog by typing into it. */
async function search(box: Box, query: string): Promise<void> {
	if (box === 'main') {
		await page.goto(`${base}/zoeken/?q=${encodeURIComponent(query)}`);
	} else {
		await page.goto(`${base}/`);
		await page.keyboard.press('Control+k');
		await page.locator('dialog.search-dialog input').fill(query);
	}
	// Settled: the status line no longer waits, and names a count or no results.
	await expect.poll(() => status(box).textContent(), { timeout: 20_000 }).toMatch(/\d+ resultaa?t|Geen resultaten/);
}

/** The paths of the first `n` results. */
const firstPaths = (box: Box, n: number) =>
	results(box).evaluateAll((links, count) => links.slice(0, count).map((a) => a.getAttribute('href')), n);

describe.each(['main', 'dialog'] as const)('the query pipeline (%s)', (box) => {
	it('finds the step a question asks for', async () => {
		await search(box, 'hoe stel ik een implementatieplan op');
		expect(await firstPaths(box, 3)).toContain('/handleiding/implementatieplan-opstellen-en-uitvoeren/');
	});

	it('finds the Dutch term of an English equivalent, as the best match with its definition', async () => {
		await search(box, 'scale-up');
		const best = results(box).first();
		expect(await best.getAttribute('href')).toBe('/begrippen/opschaling/');
		expect(await best.getAttribute('class')).toContain('search-result--best');
		await expect(best.locator('.search-result__type').textContent()).resolves.toBe('Beste treffer · Begrip');
		await expect(best.locator('.search-result__definition').textContent()).resolves.toMatch(/^Het uitbreiden/);
	});

	it('shows a label and its value apart in an excerpt: "In het Engels: scale-up"', async () => {
		await search(box, 'scaling');
		const hit = page.locator(`${box} a.search-result[href="/begrippen/opschaling/"]`);
		await expect(hit.locator('.search-result__excerpt').textContent()).resolves.toContain(
			'In het Engels: scale-up, scaling up.',
		);
		await expect(hit.locator('mark').allTextContents()).resolves.toEqual(['scaling']);
	});

	it('announces in the status line that no page has every word, and shows the best pages', async () => {
		await search(box, 'verschil tussen procesevaluatie en effectevaluatie');
		await expect(status(box).textContent()).resolves.toMatch(
			/^Geen pagina met alle woorden; dit zijn de beste treffers \(\d+ resultaten\)\.$/,
		);
		expect(await page.locator(`${box} [role=status]`).count()).toBe(1);
		expect(await firstPaths(box, 2)).toEqual(
			expect.arrayContaining(['/begrippen/procesevaluatie/', '/begrippen/effectevaluatie/']),
		);
		// Stop words of the question are not marked in the excerpts.
		const marked = await page.locator(`${box} .search-results mark`).allTextContents();
		expect(marked.filter((word) => /^(tussen|en)$/i.test(word))).toEqual([]);
	});

	it('offers "Bedoelde je …?" for a misspelt word, and following it finds the page', async () => {
		await search(box, 'implemetatieplan');
		await expect(suggestion(box).textContent()).resolves.toBe('Bedoelde je implementatieplan?');
		await expect(status(box).textContent()).resolves.toMatch(
			/^Niets gevonden voor “implemetatieplan”\. Dit zijn de resultaten voor “implementatieplan”: \d+ resultaten\.$/,
		);
		const input = page.locator(box === 'main' ? '#zoekterm' : 'dialog.search-dialog input');
		if (box === 'main') {
			await suggestion(box).locator('a').click();
		} else {
			// A key press away: the suggestion is the first stop below the search box.
			await input.focus();
			await page.keyboard.press('ArrowDown');
			await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('implementatieplan');
			await page.keyboard.press('Enter');
		}
		await expect.poll(() => input.inputValue()).toBe('implementatieplan');
		await expect
			.poll(() => status(box).textContent(), { timeout: 20_000 })
			.toMatch(/^\d+ resultaten voor “implementatieplan”\.$/);
		expect(await suggestion(box).isHidden()).toBe(true);
		expect(await firstPaths(box, 1)).toEqual(['/begrippen/implementatieplan/']);
		if (box === 'main') expect(new URL(page.url()).searchParams.get('q')).toBe('implementatieplan');
	});

	it('has no axe violations with a suggestion, a best match and a relaxed query on screen, light and dark', async () => {
		/** Violations in both colour schemes, each prefixed with its scheme. */
		const inBothSchemes = async () => {
			const found: string[] = [];
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				found.push(...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`));
			}
			return found;
		};
		await search(box, 'weerstant');
		await suggestion(box).waitFor({ state: 'visible' });
		await results(box).first().waitFor();
		expect(await results(box).first().getAttribute('class')).toContain('search-result--best');
		expect(await inBothSchemes()).toEqual([]);
		await search(box, 'verschil tussen procesevaluatie en effectevaluatie');
		await results(box).first().waitFor();
		expect(await inBothSchemes()).toEqual([]);
	});
});
