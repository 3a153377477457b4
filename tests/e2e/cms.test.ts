/**
 * The real CMS against the real local backend: decap-server writes to a
 * temporary copy of `content/` (never to the checkout's), the built /admin/
 * page talks to it. The test creates a begrip and edits a tool through the
 * UI, and checks the files the backend wrote and that the validator accepts
 * them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validate } from '../helpers.ts';
import { launch } from './browser.ts';

const base = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'iw-cms-'));
const content = join(work, 'content');
const NEW_FILE = join(content, 'begrippen/e2e-testbegrip.md');
const TOOL_FILE = join(content, 'tools/cfir.md');
const toolOriginal = readFileSync('content/tools/cfir.md', 'utf8');

let browser: Browser;
let backend: ChildProcess | undefined;
let backendPort = 0;

/**
 * Starts decap-server on a port the system picks (PORT=0). It logs the port it
 * was given, not the one it got; scripts/cms/report-listening.ts prints the real one.
 */
function startBackend(): Promise<{ server: ChildProcess; port: number }> {
	const server = spawn(
		process.execPath,
		['--import', './scripts/cms/report-listening.ts', 'node_modules/decap-server/dist/index.js'],
		{
			// MODE must be set: vitest sets MODE=test, which decap-server reads as its proxy mode.
			env: { ...process.env, MODE: 'fs', PORT: '0', GIT_REPO_DIRECTORY: work, LOG_LEVEL: 'error' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let errors = '';
	server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	return new Promise((resolve, reject) => {
		const lines = createInterface({ input: server.stdout as NodeJS.ReadableStream });
		lines.on('line', (line) => {
			const port = /^listening on port (\d+)$/.exec(line)?.[1];
			if (port) resolve({ server, port: Number(port) });
		});
		server.on('exit', (code) => reject(new Error(`decap-server ended (exit ${code}) before listening:\n${errors}`)));
	});
}

beforeAll(async () => {
	cpSync('content', content, { recursive: true });
	[{ server: backend, port: backendPort }, browser] = await Promise.all([startBackend(), launch()]);
});

afterAll(async () => {
	await browser?.close();
	backend?.kill();
	rmSync(work, { recursive: true, force: true });
});

/** Opens /admin/ on the local backend and logs in (no password with decap-server). */
async function openCms(hash = ''): Promise<{ page: Page; errors: string[]; external: string[] }> {
	const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
	const errors: string[] = [];
	const external: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const host = new URL(r.url()).hostname;
		if (!['127.0.0.1', 'localhost'].includes(host) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
			external.push(r.url());
	});
	await page.goto(`${base}/admin/?backend=${backendPort}`);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await page.getByText('Begrippen').first().waitFor();
	if (hash) await page.goto(`${base}/admin/?backend=${backendPort}#${hash}`);
	return { page, errors, external };
}

/** Publishes the open entry; resolves once decap-server has written it (its answer to `persistEntry`). */
async function publish(page: Page) {
	const persisted = page.waitForResponse((response) => {
		if (new URL(response.url()).port !== String(backendPort)) return false;
		const body = response.request().postData() ?? '';
		return body.includes('"action":"persistEntry"');
	});
	await page.getByRole('button', { name: 'Publiceer' }).first().click();
	await page.getByText('Publiceer nu').click();
	const response = await persisted;
	expect(response.status(), await response.text()).toBe(200);
}

// The CMS bundle is large and the UI is driven step by step: give each test room on a busy machine.
describe('CMS at /admin/', { timeout: 150_000 }, () => {
	it('loads without console errors, stays on localhost and is noindex', async () => {
		const { page, errors, external } = await openCms();
		expect(await page.locator('meta[name=robots]').getAttribute('content')).toContain('noindex');
		await page.getByText('Methoden & tools').first().waitFor();
		expect(errors).toEqual([]);
		expect(external).toEqual([]);
		await page.close();
	});

	it('creates a begrip through the UI and writes valid Markdown', async () => {
		const { page, errors, external } = await openCms('/collections/begrippen/new');
		try {
			await page.locator('input[id^="term-field"]').fill('E2E testbegrip');
			await page.getByRole('button', { name: /Voeg engelse vertalingen toe/ }).click();
			await page.locator('[id^="english-field"] input, input[id^="english"]').last().fill('end-to-end test term');
			await page.locator('textarea[id^="definition-field"]').fill('Een begrip dat alleen in de browsertest bestaat.');
			const related = page.locator('input[id^="related-field"]');
			await related.fill('Borging');
			await page.getByText('Borging', { exact: true }).last().click();
			await page.getByRole('button', { name: /Voeg bronnen waarop deze pagina is gebaseerd toe/ }).click();
			await page.locator('input[id^="title-field"]').last().fill('Browsertest');
			await page.locator('input[id^="reviewed-field"]').fill('2026-11-23');
			const body = page.locator('[data-slate-editor="true"]').first();
			await body.click();
			await page.keyboard.type('Uitleg uit de browsertest.');
			await publish(page);
			expect(readFileSync(NEW_FILE, 'utf8')).toBe(
				[
					'---',
					'term: E2E testbegrip',
					'english:',
					'  - end-to-end test term',
					'definition: Een begrip dat alleen in de browsertest bestaat.',
					'related:',
					'  - borging',
					'sources:',
					'  - title: Browsertest',
					'reviewed: 2026-11-23',
					'draft: false',
					'---',
					'Uitleg uit de browsertest.',
					'',
				].join('\n'),
			);
			const validation = validate(content);
			expect(validation.output).toContain("pagina's in");
			expect(validation.output).toContain('in orde.');
			expect(validation.status).toBe(0);
			expect(errors).toEqual([]);
			expect(external).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('edits the summary of an existing tool', async () => {
		const { page } = await openCms('/collections/tools/entries/cfir');
		try {
			const summary = page.locator('textarea[id^="summary-field"]');
			await summary.waitFor();
			await summary.fill('Samenvatting aangepast in de browsertest.');
			await publish(page);
			const text = readFileSync(TOOL_FILE, 'utf8');
			expect(text).toMatch(/^summary: Samenvatting aangepast in de browsertest\.$/m);
			expect(text).not.toContain(toolOriginal.match(/^summary: (.*)$/m)?.[1] ?? '@@');
			// The checkout's content/ is never written.
			expect(readFileSync('content/tools/cfir.md', 'utf8')).toBe(toolOriginal);
		} finally {
			await page.close();
		}
	});
});
