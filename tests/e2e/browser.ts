/** Starts Debian's Chromium through playwright-core with the flags this network needs. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/**
 * Registers the usual hooks for a browser test file: one browser for the
 * file, a fresh page before each test, and the browser closed at the end.
 * `set` receives both before each test.
 */
export function useBrowser(set: (browser: Browser, page: Page) => void): void {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	beforeEach(async () => {
		if (!browser) throw new Error('the browser did not start');
		set(browser, await browser.newPage());
	});
}

/**
 * Resolves once the page has run everything its last input queued: a frame,
 * then an idle period, which Chromium starts only when no task is waiting.
 * Events the page sent before (console messages, dialogs, requests) reach the
 * test before this returns, as the DevTools protocol keeps their order.
 */
export function settled(page: Page): Promise<void> {
	return page.evaluate(
		() => new Promise<void>((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve()))),
	);
}
