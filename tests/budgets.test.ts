/** The page-weight budgets (scripts/budgets.ts) on a small built site made here. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_BUDGET, JS_BUDGET, overBudget, weighSite, type PageWeight } from '../scripts/budgets.ts';

/** Text that gzip cannot shrink much, so sizes are predictable. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);

let dist: string;
let pages: PageWeight[];

beforeAll(async () => {
	dist = mkdtempSync(join(tmpdir(), 'iw-budgets-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	};
	write('_astro/entry.js', `import{a}from"./shared.js";import("./later.js");a();`);
	write('_astro/shared.js', `export const a=()=>1;`);
	write('_astro/later.js', `export const b="${noise(20_000)}";`);
	write('_astro/heavy.js', `import"./shared.js";export const c="${noise(8_000)}";`);
	write(
		'index.html',
		`<html><head><script type="application/ld+json">{"x":"${noise(30_000)}"}</script>` +
			`<script type="module" src="/_astro/entry.js"></script><script>let inline=1;</script></head><body></body></html>`,
	);
	write('groot/index.html', `<html><body><p>${noise(30_000)}</p></body></html>`);
	write('zwaar/index.html', `<html><head><script type="module" src="../_astro/heavy.js"></script></head></html>`);
	write('mijn-plan/index.html', `<html><head><script type="module" src="/_astro/heavy.js"></script></head></html>`);
	write('admin/index.html', `<html><head><script type="module" src="/_astro/heavy.js"></script></head></html>`);
	pages = await weighSite(dist);
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const weightOf = (path: string) => pages.find((p) => p.path === path);

describe('page-weight budgets', () => {
	it('counts module scripts and their static imports, not what loads on demand or JSON-LD', () => {
		const home = weightOf('/');
		expect(home?.scripts).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
		expect(home?.jsGzip).toBeGreaterThan(0);
		expect(home?.jsGzip).toBeLessThan(1024);
	});

	it('resolves relative script addresses against the page', () => {
		expect(weightOf('/zwaar/')?.scripts).toEqual(['/_astro/heavy.js', '/_astro/shared.js']);
	});

	it('holds a page with a JavaScript budget of its own to that budget', () => {
		expect(weightOf('/mijn-plan/')?.jsGzip).toBeGreaterThan(JS_BUDGET);
		expect(overBudget(pages).some((line) => line.startsWith('/mijn-plan/'))).toBe(false);
		const heavier = { ...weightOf('/mijn-plan/')!, jsGzip: 40 * 1024 };
		expect(overBudget([heavier])).toEqual([
			expect.stringMatching(
				/^\/mijn-plan\/: JavaScript before interaction is 40\.0 KB gzip .*; the budget is 36\.0 KB$/,
			),
		]);
	});

	it('leaves the CMS out', () => {
		expect(weightOf('/admin/')).toBeUndefined();
	});

	it('names each page over a budget, with its size and the budget', () => {
		const problems = overBudget(pages);
		expect(problems).toHaveLength(3);
		expect(problems[0]).toMatch(/^\/: HTML is \d+\.\d KB gzip; the budget is 15\.0 KB$/);
		expect(problems[1]).toMatch(/^\/groot\/: HTML is \d+\.\d KB gzip; the budget is 15\.0 KB$/);
		expect(problems[2]).toMatch(
			/^\/zwaar\/: JavaScript before interaction is \d+\.\d KB gzip \(\/_astro\/heavy\.js, \/_astro\/shared\.js\); the budget is 5\.0 KB$/,
		);
		expect(weightOf('/groot/')?.htmlGzip).toBeGreaterThan(HTML_BUDGET);
		expect(weightOf('/zwaar/')?.jsGzip).toBeGreaterThan(JS_BUDGET);
	});
});
