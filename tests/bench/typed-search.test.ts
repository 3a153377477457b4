/**
 * The bench's typed search (scripts/bench/measure.ts) times from the last key
 * to the results for the whole query on screen, so a box that waits before it
 * searches shows that wait. Checked against a fixture box whose clock only it
 * moves (tests/fixtures/typed-search/): one second per key, ?wait= ms per
 * search. The figures are then exact whatever the machine's load: ?wait= from
 * the last key, and a second more for each earlier key from the first.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, typedSearch, type SearchUi } from '../../scripts/bench/measure.ts';
import { launch } from '../e2e/browser.ts';

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
	it('counts the wait of a box from the last key, and the bytes fetched under /pagefind/', async () => {
		const typed = await typedSearch(browser, site.url, '/?wait=400', 'borging', FIXTURE_UI, 60, 1);
		// From the first key it would be 400 ms + 6 keys × 1 s.
		expect(typed.ms).toBe(400);
		expect(typed.keyDelay).toBe(60);
		expect(typed.bytes).toBeGreaterThan(0);
	});

	it('adds nothing of its own: a box that answers at once takes 0 ms', async () => {
		const typed = await typedSearch(browser, site.url, '/?wait=0', 'borging', FIXTURE_UI, 60, 1);
		expect(typed.ms).toBe(0);
	});

	it('waits for the whole query: a status that still names the first letters does not count', async () => {
		// After the last key the box names "borgin" first (at 0 ms), then "borging" (at 100 ms).
		const typed = await typedSearch(browser, site.url, '/?wait=100', 'borging', FIXTURE_UI, 150, 1);
		expect(typed.ms).toBe(100);
	});

	it('with no delay, pastes the whole query and times from the paste', async () => {
		const pasted = await typedSearch(browser, site.url, '/?wait=400', 'borging', FIXTURE_UI, 0, 1);
		expect(pasted.keyDelay).toBe(0);
		expect(pasted.ms).toBe(400);
	});
});
