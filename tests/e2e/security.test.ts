/**
 * Security in a real browser.
 * - XSS: a fixture site (the test content, plus a page of payloads in the
 *   Markdown body and HTML/script in every frontmatter text field) is built
 *   with `npm run build` into a temporary folder and served, with the
 *   validator switched off in that copy of the project (it would refuse the
 *   payloads): what gets past it must still be harmless. No payload may
 *   open a dialog, write to the console or make a request anywhere but to the
 *   site itself (and nothing to a `/xss-probe` URL).
 * - Spoofing: content that gives an element the id of a term definition
 *   (the preview-spoofing case, built into the same site) cannot change what
 *   the preview of that term shows.
 * - Framing: /admin/ inside a frame of another origin does not start the CMS
 *   (the preview server, like GitHub Pages, sends no frame-ancestors).
 * - CSP: every page of the real site is visited; any `securitypolicyviolation`
 *   fails the test, and every page carries the policy.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildContent, skipValidation } from '../helpers.ts';
import { builtPages } from '../site.ts';
import { launch, settled } from './browser.ts';
import { serveStatic } from './static-server.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens a page that records dialogs, console messages, requests and CSP violations. */
async function watched(origin: string) {
	const page = await browser.newPage();
	const events = { dialogs: [] as string[], console: [] as string[], requests: [] as string[] };
	page.on('dialog', (d) => {
		events.dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('console', (m) => events.console.push(`${m.type()}: ${m.text()}`));
	page.on('request', (r) => {
		if (!r.url().startsWith(origin) || r.url().includes('xss-probe')) events.requests.push(r.url());
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
		);
	});
	const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
	return { page, events, violations };
}

describe('XSS payloads', () => {
	const work = mkdtempSync(join(tmpdir(), 'iw-xss-'));
	const content = join(work, 'content');
	const dist = join(work, 'dist');
	let server: Server | undefined;
	let origin = '';

	beforeAll(async () => {
		cpSync('tests/fixtures/content', content, { recursive: true });
		cpSync('tests/fixtures/bad-content/html-in-text-fields', content, {
			recursive: true,
			filter: (s) => !s.endsWith('case.json'),
		});
		cpSync('tests/fixtures/xss/payloads.md', join(content, 'begrippen', 'xss-proef.md'));
		cpSync('tests/fixtures/bad-content/preview-spoofing', content, {
			recursive: true,
			filter: (s) => !s.endsWith('case.json'),
		});
		const build = buildContent(content, { DIST_DIR: dist }, skipValidation);
		if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
		({ origin, server } = await serveStatic(dist));
	}, 180_000);

	afterAll(() => {
		server?.close();
		rmSync(work, { recursive: true, force: true });
	});

	it.each([
		'/begrippen/xss-proef/',
		'/begrippen/opschaling/',
		'/begrippen/',
		'/methoden-en-tools/xss-tool/',
		'/methoden-en-tools/',
	])('%s runs none of them', async (path) => {
		const { page, events, violations } = await watched(origin);
		const response = await page.goto(`${origin}${path}`);
		expect(response?.status()).toBe(200);
		await page.waitForLoadState('networkidle');
		// Click every link in the content: a surviving javascript: link would run now.
		for (const link of await page.locator('main a').all()) {
			const href = (await link.getAttribute('href')) ?? '';
			if (!/^https?:|^\//.test(href)) await link.click({ timeout: 2000 }).catch(() => undefined);
		}
		await page.mouse.move(10, 10);
		await settled(page);
		expect(
			await page
				.locator(
					'script:not([src]):not([type="application/ld+json"]), iframe, object, embed, svg [onload], [onerror], [onload], [ontoggle], [style]',
				)
				.count(),
		).toBe(0);
		expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
		expect(events).toEqual({ dialogs: [], console: [], requests: [] });
		expect(await violations()).toEqual([]);
		await page.close();
	});

	it('would see a payload that ran: a dialog, a console message and a request', async () => {
		const { page, events } = await watched(origin);
		await page.goto(`${origin}/begrippen/xss-proef/`);
		await page.evaluate(async () => {
			alert('proef');
			console.log('proef');
			await fetch('/xss-probe');
		});
		await settled(page);
		expect(events.dialogs).toEqual(['proef']);
		expect(events.console).toContain('log: proef');
		expect(events.requests).toEqual([`${origin}/xss-probe`]);
		await page.close();
	});

	it('shows the real definition in a term preview, whatever ids the content sets', async () => {
		const { page } = await watched(origin);
		await page.goto(`${origin}/begrippen/nep-uitleg/`);
		const link = page.locator('main a.term-link[href="/begrippen/borging/"]');
		await link.hover();
		const card = page.locator('.term-preview-card');
		await card.waitFor({ state: 'visible' });
		const real = /^definition: (.*)$/m.exec(readFileSync('tests/fixtures/content/begrippen/borging.md', 'utf8'))?.[1];
		expect(real).toBeTruthy();
		expect(await card.locator('.term-preview-text').textContent()).toBe(real);
		// The fake element keeps its text but not the id: the id belongs to the real definition only.
		expect(await page.locator('[id="begrip-uitleg-borging"]').count()).toBe(1);
		expect(
			await page.locator('#begrip-uitleg-borging').evaluate((el) => el.closest('.term-definitions') !== null),
		).toBe(true);
		await expect(page.locator('main').textContent()).resolves.toContain('Borging betekent dat je alles mag weggooien.');
		await page.close();
	});

	it('shows the payload text escaped, not as markup', async () => {
		const { page } = await watched(origin);
		await page.goto(`${origin}/methoden-en-tools/xss-tool/`);
		await expect(page.locator('h1').textContent()).resolves.toBe("Tool <script>alert('title')</script>");
		await page.close();
	});
});

describe('the CMS in a frame', () => {
	let server: Server | undefined;
	let origin = '';
	const work = mkdtempSync(join(tmpdir(), 'iw-frame-'));

	beforeAll(async () => {
		// Another origin (its own port) that frames the CMS.
		writeFileSync(
			join(work, 'index.html'),
			`<!doctype html><title>Ander</title><iframe src="${base}/admin/"></iframe>`,
		);
		({ origin, server } = await serveStatic(work));
	});
	afterAll(() => {
		server?.close();
		rmSync(work, { recursive: true, force: true });
	});

	it('does not start, and offers to open it in a window of its own', async () => {
		const page = await browser.newPage();
		await page.goto(`${origin}/`);
		const frame = page.frameLocator('iframe');
		await frame.locator('[data-framed]').waitFor({ timeout: 15_000 });
		expect(await frame.locator('[data-framed] a').getAttribute('href')).toMatch(new RegExp(`^${base}/admin/`));
		expect(await frame.locator('#nc-root, [class*="AppRoot"]').count()).toBe(0);
		await page.close();
	});
});

describe('Content-Security-Policy', () => {
	const pages = builtPages();

	it('is on every page, without unsafe-inline for scripts, and never violated (search included)', async () => {
		const { page, violations } = await watched(base);
		const found: string[] = [];
		for (const url of [...pages, '/zoeken/?q=borging']) {
			await page.goto(`${base}${url}`, { waitUntil: 'load' });
			if (url.startsWith('/zoeken/?')) await page.locator('main a.search-result').first().waitFor({ timeout: 15_000 });
			const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
			const scriptSrc = policy.match(/script-src[^;]*/)?.[0] ?? '';
			if (!scriptSrc.startsWith("script-src 'self'") || scriptSrc.includes('unsafe-inline'))
				found.push(`${url}: policy ${scriptSrc || 'missing'}`);
			found.push(...(await violations()).map((v) => `${url}: ${v}`));
		}
		expect(found).toEqual([]);
		await page.close();
	}, 600_000);
});
