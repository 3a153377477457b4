/**
 * The bench's typed search (scripts/bench/measure.ts) times from the last key
 * to the results on screen, so a box that waits before it searches shows that
 * wait. Checked against a fixture box with a known wait.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, typedSearch, type SearchUi } from '../../scripts/bench/measure.ts';
import { launch } from './browser.ts';

const FIXTURE_UI: SearchUi = { open: '.open', input: '.query', watch: '.status', done: '.status' };
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
	[browser, site] = await Promise.all([launch(), serve(join(import.meta.dirname, '../fixtures/typed-search'))]);
});
afterAll(async () => {
	await Promise.all([browser?.close(), site?.close()]);
});

describe('bench: typed search', () => {
	it('counts the wait of a debounced box from the last key, and the bytes fetched under /pagefind/', async () => {
		const typed = await typedSearch(browser, site.url, '/?wait=400', 'borging', FIXTURE_UI, 60, 1);
		expect(typed.ms).toBeGreaterThanOrEqual(400);
		// From the first key it would be 400 ms + 6 keys × 60 ms.
		expect(typed.ms).toBeLessThan(400 + 6 * 60);
		expect(typed.keyDelay).toBe(60);
		expect(typed.bytes).toBeGreaterThan(0);
	});

	it('reports a box that answers at once as much faster than the debounced one', async () => {
		const typed = await typedSearch(browser, site.url, '/?wait=0', 'borging', FIXTURE_UI, 60, 1);
		expect(typed.ms).toBeLessThan(400);
	});

	it('waits for the whole query: a status naming only the first letters does not count', async () => {
		// With a 100 ms wait and 150 ms between keys, the status names "b", "bo"… before the last key.
		const typed = await typedSearch(browser, site.url, '/?wait=100', 'borging', FIXTURE_UI, 150, 1);
		expect(typed.ms).toBeGreaterThanOrEqual(100);
	});

	it('with no delay, pastes the whole query and times from the paste', async () => {
		const pasted = await typedSearch(browser, site.url, '/?wait=400', 'borging', FIXTURE_UI, 0, 1);
		expect(pasted.keyDelay).toBe(0);
		expect(pasted.ms).toBeGreaterThanOrEqual(400);
		// Room for a busy CI machine; timed from the first page load it would be far more.
		expect(pasted.ms).toBeLessThan(400 + 300);
	});
});
