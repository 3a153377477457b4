/**
 * The service worker: precaches the handleiding and every term page, each
 * build gets a new cache version, and activating a new worker deletes the
 * caches of the old one (and no one else's).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, cleanupScript, precacheBudget } from '../src/lib/service-worker.ts';
import { run } from './helpers.ts';
import { builtPages } from './site.ts';

const versionOf = (sw: string) => /implementatiewiki-([a-z0-9]+)/.exec(sw)?.[1];

describe('service worker', () => {
	it('precaches the handleiding, the glossary and every term page of the built site', () => {
		const sw = readFileSync('dist/sw.js', 'utf8');
		const expected = builtPages().filter((url) => /^\/(handleiding|begrippen)\//.test(url) || url === '/' || url === '/offline/');
		expect(expected.length).toBeGreaterThan(130);
		for (const url of expected) expect(sw, url).toContain(`"${url.slice(1)}index.html"`);
		expect(sw).not.toContain('"methoden-en-tools/');
		expect(sw).toContain('/offline/index.html');
	});

	it('stays within the precache budget by leaving term pages to runtime caching', async () => {
		const entries = [
			{ url: 'index.html', revision: 'a', size: 3000 },
			{ url: 'handleiding/voorbereiding/index.html', revision: 'b', size: 3000 },
			{ url: 'begrippen/index.html', revision: 'c', size: 3000 },
			{ url: 'begrippen/borging/index.html', revision: 'd', size: 3000 },
			{ url: 'begrippen/pilot/index.html', revision: 'e', size: 3000 },
			{ url: '_astro/site.css', revision: null, size: 1000 },
		];
		const within = await precacheBudget(16_000)(entries);
		expect(within).toEqual({ manifest: entries, warnings: [] });

		const over = await precacheBudget(15_000)(entries);
		expect(over.manifest.map((e) => e.url)).toEqual(['index.html', 'handleiding/voorbereiding/index.html', 'begrippen/index.html', '_astro/site.css']);
		expect(over.warnings).toEqual([
			'precache of 16 KiB is over the budget of 15 KiB: 2 term pages are cached when visited instead (10 KiB precached)',
		]);
	});

	it('gets a new cache version on every build', () => {
		const dist = mkdtempSync(join(tmpdir(), 'iw-sw-'));
		try {
			mkdirSync(join(dist, 'offline'));
			writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home</title>');
			writeFileSync(join(dist, 'offline', 'index.html'), '<!doctype html><title>Offline</title>');
			const build = () => {
				const result = run(process.execPath, ['scripts/build-sw.ts', dist]);
				expect(result.status, result.output).toBe(0);
				return readFileSync(join(dist, 'sw.js'), 'utf8');
			};
			const first = versionOf(build());
			const second = versionOf(build());
			expect(first).toBeTruthy();
			expect(second).toBeTruthy();
			expect(second).not.toBe(first);
			expect(readFileSync(join(dist, 'sw-cleanup.js'), 'utf8')).toContain(`${CACHE_PREFIX}-${second}`);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	}, 120_000);

	it('deletes the caches of older builds when a new worker activates, and keeps the rest', async () => {
		const names = [`${CACHE_PREFIX}-old1-precache-v2-x`, `${CACHE_PREFIX}-old1-pages`, `${CACHE_PREFIX}-new2-precache-v2-x`, `${CACHE_PREFIX}-new2-pages`, 'other-site'];
		const deleted: string[] = [];
		let activate: ((event: { waitUntil: (p: Promise<unknown>) => void }) => void) | undefined;
		let done: Promise<unknown> = Promise.resolve();
		runInNewContext(cleanupScript('new2'), {
			self: { addEventListener: (_: string, fn: typeof activate) => (activate = fn) },
			caches: { keys: async () => names, delete: async (name: string) => deleted.push(name) },
			Promise,
		});
		activate?.({ waitUntil: (p) => (done = p) });
		await done;
		expect(deleted.sort()).toEqual([`${CACHE_PREFIX}-old1-pages`, `${CACHE_PREFIX}-old1-precache-v2-x`]);
	});
});
