/**
 * "Mijn implementatieplan" in Chromium: answers survive a reload, plans can
 * be switched, a plan is deleted only after a yes, the exports hold what was
 * filled in (Markdown as text, Word opened with JSZip), a plan file brings a
 * plan back after the storage is cleared, a broken file shows the error
 * summary and keeps the plans, and offline (service worker active) the page
 * opens and exports. axe (light and dark) and the Nu HTML Checker run on the
 * empty, filled and error states; the page fits 320 px.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, settled } from './browser.ts';

const base = inject('baseUrl');
const ANSWER_1 = 'We willen minder valincidenten bij ouderen thuis.';
const ANSWER_2 = 'Een ander plan: het tweede antwoord.';
const work = mkdtempSync(join(tmpdir(), 'iw-plan-'));

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launch();
	context = await browser.newContext({ acceptDownloads: true });
	page = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

/** Opens the builder and waits until its script has taken over the form. */
async function open(target: Page, hash = ''): Promise<void> {
	await target.goto(`${base}/mijn-plan/${hash}`);
	await target.locator('plan-builder[data-ready]').waitFor();
}

/** Clicks an export button and returns the downloaded file's text or bytes. */
async function exported(target: Page, kind: string): Promise<{ download: Download; bytes: Buffer }> {
	const [download] = await Promise.all([target.waitForEvent('download'), target.click(`[data-export="${kind}"]`)]);
	const path = await download.path();
	return { download, bytes: readFileSync(path) };
}

/** The paragraphs of a Word file: style and text, from word/document.xml. */
async function docxParagraphs(bytes: Buffer): Promise<{ style: string; text: string }[]> {
	const zip = await JSZip.loadAsync(bytes);
	const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
	return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
		const body = m[1] ?? m[2] ?? '';
		return {
			style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '',
			text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
		};
	});
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** The rules of the site's sweep (tests/a11y/axe.test.ts): WCAG 2.2 AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA violations in light and dark mode. */
async function axeBoth(target: Page): Promise<string[]> {
	// Evaluated over the DevTools protocol, so the page's CSP does not block it.
	await target.evaluate(AXE);
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await target.emulateMedia({ colorScheme });
		const violations = await target.evaluate(async (tags) => {
			type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
			const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<Result> } }).axe;
			const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
		}, TAGS);
		found.push(...violations.map((v) => `${colorScheme}: ${v}`));
	}
	await target.emulateMedia({ colorScheme: 'light' });
	return found;
}

/** The Nu HTML Checker's errors for the page as it is now (its DOM, serialised). */
function vnuErrors(html: string, name: string): string {
	const file = join(work, `${name}.html`);
	writeFileSync(file, html);
	const vnu = String(createRequire(import.meta.url)('vnu-jar'));
	const result = spawnSync('java', ['-jar', vnu, '--errors-only', file], { encoding: 'utf8' });
	return `${result.stdout}${result.stderr}`.trim();
}

const planNames = (target: Page) => target.locator('[data-plan-select] option').allTextContents();

describe('Mijn implementatieplan', () => {
	it('explains without JavaScript what the builder needs, with the form disabled', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const bare = await noJs.newPage();
		await bare.goto(`${base}/mijn-plan/`);
		expect(await bare.locator('[data-needs-js]').isVisible()).toBe(true);
		expect(await bare.locator('[data-needs-js]').textContent()).toContain('werkt met JavaScript');
		expect(await bare.locator('#stap-1-vraag-1').isDisabled()).toBe(true);
		expect(await bare.locator('#stap-1-vraag-1').isVisible()).toBe(true);
		await noJs.close();
	});

	it('is accessible and valid when empty, and fits 320 px', async () => {
		await open(page);
		expect(await page.locator('[data-needs-js]').isVisible()).toBe(false);
		expect(await page.locator('.privacy').textContent()).toContain('niets gaat naar ons of naar iemand anders');
		expect(await axeBoth(page)).toEqual([]);
		expect(vnuErrors(await page.content(), 'empty')).toBe('');
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.setViewportSize({ width: 1280, height: 800 });
	});

	it('keeps answers in steps 1 and 5 after a reload', async () => {
		await open(page, '#stap-1');
		await page.fill('#stap-1-vraag-1', ANSWER_1);
		await page.locator('#stap-1 input[data-tool]').first().check();
		await page.click('[data-step-link="5"]');
		expect(await page.locator('#stap-5').isVisible()).toBe(true);
		expect(await page.locator('#stap-1').isVisible()).toBe(false);
		await page.click('[data-add="rows"]');
		await page.fill('#rows-1-goal', 'Minder vallen');
		await page.fill('#rows-1-action', 'Scholing voor de wijkteams');
		await page.fill('#rows-1-owner', 'Teamleider wijkzorg');
		await page.fill('#rows-1-date', '2027-03-01');
		await page.fill('#rows-1-needs', 'Twee dagdelen');

		await page.reload();
		await page.locator('plan-builder[data-ready]').waitFor();
		expect(await page.locator('#stap-5').isVisible()).toBe(true);
		expect(await page.inputValue('#rows-1-owner')).toBe('Teamleider wijkzorg');
		expect(await page.inputValue('#rows-1-date')).toBe('2027-03-01');
		await page.click('[data-step-link="1"]');
		expect(await page.inputValue('#stap-1-vraag-1')).toBe(ANSWER_1);
		expect(await page.locator('#stap-1 input[data-tool]').first().isChecked()).toBe(true);
		expect(await page.locator('[data-step-link="1"] [data-step-state]').textContent()).toBe('Ingevuld');
		expect(await page.locator('[data-step-link="5"] [data-step-state]').textContent()).toBe('Ingevuld');
		expect(await page.locator('[data-step-link="2"] [data-step-state]').textContent()).toBe('Nog leeg');
		// Choosing a step moves the focus to its heading.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('stap-1-titel');
	});

	it('is accessible and valid when filled in', async () => {
		await open(page, '#stap-5');
		expect(await axeBoth(page)).toEqual([]);
		expect(vnuErrors(await page.content(), 'filled')).toBe('');
	});

	it('makes a second plan and switches between the two', async () => {
		await open(page);
		await page.click('[data-action="new"]');
		await page.fill('[data-plan-name]', 'Tweede plan');
		await page.fill('#stap-1-vraag-1', ANSWER_2);
		const names = await planNames(page);
		expect(names).toHaveLength(2);
		expect(names[1]).toMatch(/^Tweede plan \(gewijzigd \d+ \w+ \d{4}\)$/);
		await page.selectOption('[data-plan-select]', { index: 0 });
		expect(await page.inputValue('#stap-1-vraag-1')).toBe(ANSWER_1);
		expect(await page.inputValue('[data-plan-name]')).toBe('Mijn plan');
		await page.selectOption('[data-plan-select]', { index: 1 });
		expect(await page.inputValue('#stap-1-vraag-1')).toBe(ANSWER_2);
		await page.reload();
		await page.locator('plan-builder[data-ready]').waitFor();
		expect(await page.inputValue('[data-plan-name]')).toBe('Tweede plan');
		await page.selectOption('[data-plan-select]', { index: 0 });
	});

	it('exports Markdown with the answers and the chosen tools', async () => {
		await open(page);
		const tool =
			(await page
				.locator('#stap-1 input[data-tool]')
				.first()
				.locator('xpath=following-sibling::label')
				.textContent()) ?? '';
		const { download, bytes } = await exported(page, 'markdown');
		expect(download.suggestedFilename()).toBe('mijn-plan.md');
		const markdown = bytes.toString('utf8');
		expect(markdown).toContain('# Mijn plan');
		expect(markdown).toContain(ANSWER_1);
		expect(markdown).toContain(`- ${tool}`);
		expect(markdown).toContain(
			'| Minder vallen | Scholing voor de wijkteams | Teamleider wijkzorg | 1 maart 2027 | Twee dagdelen |',
		);
		expect(markdown).not.toContain(ANSWER_2);
	});

	it('exports a Word file with the headings and answers', async () => {
		const { download, bytes } = await exported(page, 'docx');
		expect(download.suggestedFilename()).toBe('mijn-plan.docx');
		const paragraphs = await docxParagraphs(bytes);
		expect(paragraphs).toContainEqual({ style: 'Title', text: 'Mijn plan' });
		expect(paragraphs).toContainEqual({ style: 'Heading1', text: 'Stap 1: Voorbereiding' });
		expect(paragraphs).toContainEqual({ style: 'Heading1', text: 'Stap 5: Implementatieplan opstellen en uitvoeren' });
		expect(paragraphs).toContainEqual({ style: '', text: ANSWER_1 });
		expect(paragraphs.map((p) => p.text)).toContain('Teamleider wijkzorg');
	});

	it('shows the plan in the print view', async () => {
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		expect(await page.locator('[data-plan-print]').isVisible()).toBe(true);
		expect(await page.locator('[data-plan-print]').textContent()).toContain(ANSWER_1);
		expect(await page.locator('[data-plan-form]').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
	});

	it('brings a plan back from its plan file after the storage is cleared', async () => {
		const { download } = await exported(page, 'json');
		const file = join(work, download.suggestedFilename());
		await download.saveAs(file);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await page.locator('plan-builder[data-ready]').waitFor();
		expect(await planNames(page)).toHaveLength(1);
		expect(await page.inputValue('#stap-1-vraag-1')).toBe('');
		await page.setInputFiles('[data-import]', file);
		await page.locator('[data-status]', { hasText: 'Geopend uit het bestand: Mijn plan.' }).waitFor();
		expect(await planNames(page)).toHaveLength(1);
		expect(await page.inputValue('#stap-1-vraag-1')).toBe(ANSWER_1);
		await page.reload();
		await page.locator('plan-builder[data-ready]').waitFor();
		expect(await page.inputValue('#stap-1-vraag-1')).toBe(ANSWER_1);
		await page.click('[data-step-link="5"]');
		expect(await page.inputValue('#rows-1-needs')).toBe('Twee dagdelen');
	});

	it('shows what is wrong with a broken file and keeps the plans', async () => {
		const before = await planNames(page);
		await page.setInputFiles('[data-import]', {
			name: 'kapot.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format": "implementatiewiki-plan", "version": 1, "plans": [{"name": ""}]}'),
		});
		const summary = page.locator('[data-import-errors]');
		await summary.waitFor();
		expect(await summary.locator('h4').textContent()).toBe('Het bestand "kapot.json" kon niet worden geopend');
		expect(await summary.locator('li').allTextContents()).toContain('Plan 1, id: ontbreekt.');
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-import-errors'))).toBe(true);
		expect(await planNames(page)).toEqual(before);
		expect(await axeBoth(page)).toEqual([]);
		expect(vnuErrors(await page.content(), 'error')).toBe('');
		await page.reload();
		await page.locator('plan-builder[data-ready]').waitFor();
		expect(await planNames(page)).toEqual(before);
	});

	it('asks before it deletes a plan', async () => {
		await open(page);
		await page.click('[data-action="new"]');
		await page.fill('[data-plan-name]', 'Weg ermee');
		expect(await planNames(page)).toHaveLength(2);
		await page.click('[data-action="delete"]');
		const dialog = page.locator('[data-confirm-delete]');
		expect(await dialog.isVisible()).toBe(true);
		expect(await dialog.textContent()).toContain('"Weg ermee"');
		// The safe answer has the focus; Escape closes the dialog without deleting.
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-confirm-no'))).toBe(true);
		await page.keyboard.press('Escape');
		await settled(page);
		expect(await dialog.isVisible()).toBe(false);
		expect(await planNames(page)).toHaveLength(2);
		await page.click('[data-action="delete"]');
		await page.click('[data-confirm-yes]');
		await page.locator('[data-status]', { hasText: 'Het plan "Weg ermee" is verwijderd.' }).waitFor();
		expect(await planNames(page)).toHaveLength(1);
		expect(await page.inputValue('[data-plan-name]')).toBe('Mijn plan');
	});
});

describe('Mijn implementatieplan offline', () => {
	it('opens and exports without a network once the service worker is active', async () => {
		const offline = await browser.newContext({ acceptDownloads: true });
		const tab = await offline.newPage();
		await open(tab);
		await tab.evaluate(async () => {
			const { active } = await navigator.serviceWorker.ready;
			await new Promise<void>((resolve) => {
				const check = () => active?.state === 'activated' && resolve();
				active?.addEventListener('statechange', check);
				check();
			});
			if (!navigator.serviceWorker.controller)
				await new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
				);
		});
		await offline.setOffline(true);
		// A real load, not a jump within the page.
		await tab.goto('about:blank');
		await open(tab, '#stap-2');
		expect(await tab.locator('h1').textContent()).toBe('Mijn implementatieplan');
		await tab.fill('#stap-2-vraag-1', 'Offline ingevuld');
		const markdown = await exported(tab, 'markdown');
		expect(markdown.bytes.toString('utf8')).toContain('Offline ingevuld');
		const word = await exported(tab, 'docx');
		expect((await docxParagraphs(word.bytes)).map((p) => p.text)).toContain('Offline ingevuld');
		await offline.close();
	});
});
