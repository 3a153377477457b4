/** The faceted catalogues in a real browser: combined filters, counts, URL state and reset. */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
useBrowser((b, p) => {
	browser = b;
	page = p;
});

const visible = () => page.locator('catalogue-filter li[data-facets]:visible').count();
const countOf = (facet: string, value: string) =>
	page.locator(`fieldset[data-facet="${facet}"] label:has(input[value="${value}"]) [data-count]`).textContent();
/** Items in the page data that match soort=methode AND stap=4, computed independently of the UI code. */
const expectedMethodeStap4 = () =>
	page
		.locator('catalogue-filter li[data-facets]')
		.evaluateAll(
			(items) =>
				items
					.map((li) => JSON.parse(li.getAttribute('data-facets') ?? '{}') as Record<string, string[]>)
					.filter((f) => f['soort']?.includes('methode') && f['stap']?.includes('4')).length,
		);

/** Items in the page data with soort=methode. */
const expectedMethode = () =>
	page
		.locator('catalogue-filter li[data-facets]')
		.evaluateAll(
			(items) =>
				items.filter((li) =>
					(JSON.parse(li.getAttribute('data-facets') ?? '{}') as Record<string, string[]>)['soort']?.includes(
						'methode',
					),
				).length,
		);

describe('catalogue of methods and tools', () => {
	it('puts the list first on a phone, with the filters closed until asked for', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${base}/methoden-en-tools/`);
		const box = page.locator('fieldset[data-facet="soort"] input[value="methode"]');
		expect(await box.isVisible()).toBe(false);
		expect((await page.locator('catalogue-filter li[data-facets] a').first().boundingBox())!.y).toBeLessThan(844);
		const summary = page.locator('.facet-panel summary');
		await summary.click();
		await box.check();
		await expect.poll(() => summary.textContent()).toMatch(/^Filters\s+\(1 gekozen\)$/);
		expect(await visible()).toBe(await expectedMethode());
	});

	it('combines two filters: list, counts and URL change, and a reload restores them', async () => {
		await page.goto(`${base}/methoden-en-tools/`);
		const total = await visible();
		expect(total).toBeGreaterThan(5);
		const methodeCountBefore = await countOf('soort', 'methode');

		await page.locator('fieldset[data-facet="soort"] input[value="methode"]').check();
		const afterOne = await visible();
		expect(afterOne).toBeLessThan(total);

		await page.locator('fieldset[data-facet="stap"] input[value="4"]').check();
		const afterTwo = await visible();
		expect(afterTwo).toBeLessThan(afterOne);
		expect(afterTwo).toBe(await expectedMethodeStap4());
		// The soort counts now only count tools at stap 4.
		expect(await countOf('soort', 'methode')).toBe(`(${afterTwo})`);
		expect(await countOf('soort', 'methode')).not.toBe(methodeCountBefore);

		const url = new URL(page.url());
		expect(url.searchParams.getAll('soort')).toEqual(['methode']);
		expect(url.searchParams.getAll('stap')).toEqual(['4']);
		await expect(page.locator('[data-status]').textContent()).resolves.toBe(`${afterTwo} van ${total} getoond`);
		// The count stands above the list it describes, not at the foot of the filters.
		const [status, first] = await Promise.all([
			page.locator('[data-status]').boundingBox(),
			page.locator('catalogue-filter li[data-facets]:visible').first().boundingBox(),
		]);
		expect(status!.y).toBeLessThan(first!.y);
		expect(status!.x).toBeGreaterThan((await page.locator('.facet-panel').boundingBox())!.x + 100);

		await page.reload();
		expect(await visible()).toBe(afterTwo);
		expect(await page.locator('fieldset[data-facet="soort"] input[value="methode"]').isChecked()).toBe(true);
		expect(await page.locator('fieldset[data-facet="stap"] input[value="4"]').isChecked()).toBe(true);

		await page.getByRole('button', { name: 'Wis filters' }).click();
		await expect.poll(visible).toBe(total);
		expect(new URL(page.url()).search).toBe('');
	});

	it('has no axe violations with filters chosen', async () => {
		await page.goto(`${base}/methoden-en-tools/?soort=methode&stap=4`);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('hides groups without matches and says so when nothing matches', async () => {
		await page.goto(`${base}/methoden-en-tools/?soort=databank&stap=1`);
		expect(await visible()).toBe(0);
		expect(await page.locator('[data-none]').isVisible()).toBe(true);
	});

	it('is the full list grouped by soort without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${base}/methoden-en-tools/?soort=model`);
		expect(await noJs.locator('form.facets').isVisible()).toBe(false);
		expect(await noJs.locator('section[data-group] h2').count()).toBeGreaterThan(3);
		expect(await noJs.locator('li[data-facets]:visible').count()).toBe(await noJs.locator('li[data-facets]').count());
		await context.close();
	});
});

describe('catalogue of trainings', () => {
	it('filters on soort from the URL', async () => {
		await page.goto(`${base}/trainingen/`);
		const total = await visible();
		await page.goto(`${base}/trainingen/?soort=bijeenkomst`);
		const bijeenkomsten = await visible();
		expect(bijeenkomsten).toBeGreaterThan(0);
		expect(bijeenkomsten).toBeLessThan(total);
	});

	it('moves a date whose last day has passed from komend to afgelopen in the browser', async () => {
		await page.goto(`${base}/trainingen/`);
		// The content has no dated trainings yet, so hand the (already defined) element a stale build.
		await page.evaluate(() => {
			const agenda = document.createElement('training-agenda');
			agenda.innerHTML = `
				<ul data-list="komend"><li data-last-day="2000-01-02">oud</li><li data-last-day="2999-01-01">nieuw</li></ul>
				<p data-empty="komend" hidden></p>
				<ul data-list="afgelopen"></ul><p data-empty="afgelopen"></p>`;
			agenda.id = 'test-agenda';
			document.querySelector('main')?.append(agenda);
		});
		await expect(page.locator('#test-agenda [data-list=komend] li').allTextContents()).resolves.toEqual(['nieuw']);
		await expect(page.locator('#test-agenda [data-list=afgelopen] li').allTextContents()).resolves.toEqual(['oud']);
		expect(await page.locator('#test-agenda [data-empty=afgelopen]').isHidden()).toBe(true);
	});
});

describe('catalogues of networks and organisations', () => {
	/** Distinct entries among the visible items: an organisation stands under each of its roles. */
	const visibleEntries = () =>
		page
			.locator('catalogue-filter li[data-facets]:visible a')
			.evaluateAll((links) => new Set(links.map((a) => a.getAttribute('href'))).size);

	it('counts an organisation listed under several roles once, in the total and in the filters', async () => {
		await page.goto(`${base}/organisaties/`);
		const items = await visible();
		const entries = await visibleEntries();
		expect(items).toBeGreaterThan(entries);
		await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`${entries} in totaal`);
		await page.goto(`${base}/organisaties/?soort-organisatie=ministerie`);
		await expect.poll(visibleEntries).toBe(1);
		// The ministry has five roles: it is one organisation, in every count.
		await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`1 van ${entries} getoond`);
		expect(await countOf('soort-organisatie', 'ministerie')).toBe('(1)');
		expect(await countOf('rol-in-de-bronnen', 'gesprekspartner-verkenning')).toBe('(1)');
	});

	it('filters the networks on financing and keeps the page free of axe violations', async () => {
		await page.goto(`${base}/netwerken/`);
		const total = await visibleEntries();
		await page.goto(`${base}/netwerken/?financiering=overheid`);
		const byGovernment = await visibleEntries();
		expect(byGovernment).toBeGreaterThan(0);
		expect(byGovernment).toBeLessThan(total);
		expect(await axeViolations(page)).toEqual([]);
	});
});
