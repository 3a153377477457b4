/**
 * The service worker: precaches the handleiding and every term page; a
 * rebuild keeps the cache names and changes only the revisions of changed
 * files; runtime caches follow the site's code; activating a new worker
 * deletes this site's caches it does not use (and no one else's).
 * tests/e2e/service-worker-update.test.ts checks an update in the browser.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CACHE_PREFIX,
	codeVersion,
	deleteOldCaches,
	precacheBudget,
	runtimeCaches,
	workerCaches,
} from '../src/lib/service-worker.ts';
import { run } from './helpers.ts';
import { builtPages } from './site.ts';

describe('service worker', () => {
	it('precaches the handleiding, the glossary and every term page of the built site', () => {
		const sw = readFileSync('dist/sw.js', 'utf8');
		const expected = builtPages().filter(
			(url) => /^\/(handleiding|begrippen)\//.test(url) || url === '/' || url === '/offline/',
		);
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
		expect(over.manifest.map((e) => e.url)).toEqual([
			'index.html',
			'handleiding/voorbereiding/index.html',
			'begrippen/index.html',
			'_astro/site.css',
		]);
		expect(over.warnings).toEqual([
			'precache of 16 KiB is over the budget of 15 KiB: 2 term pages are cached when visited instead (10 KiB precached)',
		]);
	});

	it('writes the same worker for the same site, and changes only the revision of a changed page', () => {
		const dist = mkdtempSync(join(tmpdir(), 'iw-sw-'));
		try {
			mkdirSync(join(dist, 'offline'));
			mkdirSync(join(dist, '_astro'));
			writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home</title>');
			writeFileSync(join(dist, 'offline', 'index.html'), '<!doctype html><title>Offline</title>');
			writeFileSync(join(dist, '_astro', 'site.abc.css'), 'body{}');
			const build = () => {
				const result = run(process.execPath, ['scripts/build-sw.ts', dist]);
				expect(result.status, result.output).toBe(0);
				const code = /service worker \(code ([0-9a-f]{10})\)/.exec(result.output)?.[1] ?? '';
				const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
				const revision = (url: string) => new RegExp(`"${url}",revision:"([0-9a-f]+)"`).exec(sw)?.[1];
				return { code, sw, home: revision('index.html'), offline: revision('offline/index.html') };
			};
			const first = build();
			expect(first.code).not.toBe('');
			expect(first.home).toMatch(/^[0-9a-f]{32}$/);
			expect(build().sw).toBe(first.sw);

			writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home, bijgewerkt</title>');
			const second = build();
			expect(second.home).not.toBe(first.home);
			expect(second.offline).toBe(first.offline);
			expect(second.code).toBe(first.code);

			writeFileSync(join(dist, '_astro', 'site.def.css'), 'main{}');
			expect(build().code).not.toBe(first.code);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	}, 120_000);

	it('names the runtime caches after the site’s code, whatever the order of its files', async () => {
		const code = [
			{ url: '_astro/site.abc.css', revision: '1' },
			{ url: 'pagefind/pagefind.js', revision: '2' },
		];
		const version = await codeVersion(code);
		expect(version).toMatch(/^[0-9a-f]{10}$/);
		expect(await codeVersion([...code].reverse())).toBe(version);
		const upgraded = code.map((entry) => (entry.url.startsWith('pagefind/') ? { ...entry, revision: '3' } : entry));
		expect(await codeVersion(upgraded)).not.toBe(version);
		expect(runtimeCaches(version)).toEqual({
			pages: `${CACHE_PREFIX}-pages-${version}`,
			assets: `${CACHE_PREFIX}-assets-${version}`,
		});
	});

	it('deletes this site’s caches it does not use when a new worker activates, and keeps the rest', async () => {
		const keep = [`${CACHE_PREFIX}-precache-v2-https://x/`, `${CACHE_PREFIX}-pages-new`, `${CACHE_PREFIX}-assets-new`];
		const names = [
			...keep,
			// Named after the build, as before the precache kept its name.
			`${CACHE_PREFIX}-mxa58865-precache-v2-https://x/`,
			`${CACHE_PREFIX}-mxa58865-pages`,
			// Runtime caches of older code.
			`${CACHE_PREFIX}-pages-old`,
			`${CACHE_PREFIX}-assets-old`,
			'other-site',
			'implementatiewikiextra',
		];
		const deleted: string[] = [];
		const storage = { keys: async () => names, delete: async (name: string) => deleted.push(name) > 0 };
		expect(await deleteOldCaches(keep, storage)).toEqual(names.slice(3, 7));
		expect(deleted.sort()).toEqual(names.slice(3, 7).sort());
	});
});

describe('what the service worker leaves alone', () => {
	it('never caches the CMS at /admin/, which must be fresh after every deploy', () => {
		const at = (path: string) => workerCaches(new URL(path, 'https://implementatiewiki.nl'));
		expect(at('/admin/')).toBe(false);
		expect(at('/admin/cms.js')).toBe(false);
		expect(at('/admin')).toBe(false);
		expect(at('/administratie/')).toBe(true);
		expect(at('/begrippen/borging/')).toBe(true);
		// The built worker uses the same rule for both of its runtime routes.
		expect(readFileSync('dist/sw.js', 'utf8')).toMatch(/\^\\\/admin/);
	});
});
