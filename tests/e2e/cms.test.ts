/**
 * The real CMS against the real local backend: decap-server writes to
 * `content/` in this checkout, the built /admin/ page talks to it. The test
 * creates a begrip and edits a tool through the UI, checks the files on disk
 * and that `npm run validate` accepts them, and always restores the files.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

const base = inject('baseUrl');
const NEW_FILE = 'content/begrippen/e2e-testbegrip.md';
const TOOL_FILE = 'content/tools/cfir.md';
const toolOriginal = readFileSync(TOOL_FILE, 'utf8');

let browser: Browser;
let backend: ChildProcess | undefined;
let backendPort = 0;

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

function restore() {
	rmSync(NEW_FILE, { force: true });
	writeFileSync(TOOL_FILE, toolOriginal);
}

beforeAll(async () => {
	restore();
	backendPort = await freePort();
	backend = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
		// MODE must be set: vitest sets MODE=test, which decap-server reads as its proxy mode.
		env: {
			...process.env,
			MODE: 'fs',
			PORT: String(backendPort),
			GIT_REPO_DIRECTORY: process.cwd(),
			LOG_LEVEL: 'error',
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let backendErrors = '';
	backend.stderr?.on('data', (chunk: Buffer) => (backendErrors += chunk.toString()));
	const start = Date.now();
	for (;;) {
		try {
			const res = await fetch(`http://127.0.0.1:${backendPort}/api/v1`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ action: 'info' }),
			});
			if (res.ok) break;
		} catch (error) {
			backendErrors ||= String((error as Error).cause ?? error);
		}
		if (Date.now() - start > 20_000) throw new Error(`decap-server did not start: ${backendErrors}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	browser = await launch();
});

afterAll(async () => {
	restore();
	await browser?.close();
	backend?.kill();
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

async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publiceer' }).first().click();
	await page.getByText('Publiceer nu').click();
}

async function waitForFile(file: string, predicate: (text: string) => boolean, timeoutMs = 20_000): Promise<string> {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		if (existsSync(file)) {
			const text = readFileSync(file, 'utf8');
			if (predicate(text)) return text;
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${file} was not written as expected`);
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
			const text = await waitForFile(NEW_FILE, (t) => t.includes('Uitleg uit de browsertest.'));
			expect(text).toBe(
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
			const validate = spawnSync('npm', ['run', 'validate', '--silent'], { encoding: 'utf8' });
			expect(validate.stderr + validate.stdout).toContain("pagina's in content/ in orde.");
			expect(validate.status).toBe(0);
			expect(errors).toEqual([]);
			expect(external).toEqual([]);
		} finally {
			await page.close();
			restore();
		}
	});

	it('edits the summary of an existing tool', async () => {
		const { page } = await openCms('/collections/tools/entries/cfir');
		try {
			const summary = page.locator('textarea[id^="summary-field"]');
			await summary.waitFor();
			await summary.fill('Samenvatting aangepast in de browsertest.');
			await publish(page);
			const text = await waitForFile(TOOL_FILE, (t) => t.includes('Samenvatting aangepast in de browsertest.'));
			expect(text).toMatch(/^summary: Samenvatting aangepast in de browsertest\.$/m);
			expect(text).not.toContain(toolOriginal.match(/^summary: (.*)$/m)?.[1] ?? '@@');
		} finally {
			await page.close();
			restore();
		}
	});
});
