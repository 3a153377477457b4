/**
 * The service worker: precaches the handleiding and every term page, each
 * build gets a new cache version, and activating a new worker deletes the
 * caches of the old one (and no one else's).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, deleteOtherBuildCaches, precacheBudget, workerCaches } from '../src/lib/service-worker.ts';
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

	it('gets a new cache version on every build', () => {
		const dist = mkdtempSync(join(tmpdir(), 'iw-sw-'));
		try {
			mkdirSync(join(dist, 'offline'));
			writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home</title>');
			writeFileSync(join(dist, 'offline', 'index.html'), '<!doctype html><title>Offline</title>');
			const build = () => {
				const result = run(process.execPath, ['scripts/build-sw.ts', dist]);
				expect(result.status, result.output).toBe(0);
				const version = /service worker ([a-z0-9]+):/.exec(result.output)?.[1] ?? '';
				return { version, sw: readFileSync(join(dist, 'sw.js'), 'utf8') };
			};
			const first = build();
			const second = build();
			expect(first.version).toMatch(/^[a-z0-9]{6,}$/);
			expect(second.version).not.toBe(first.version);
			expect(first.sw).toContain(`"${first.version}"`);
			expect(second.sw).toContain(`"${second.version}"`);
			expect(second.sw).not.toContain(first.version);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	}, 120_000);

	it('deletes the caches of older builds when a new worker activates, and keeps the rest', async () => {
		const names = [
			`${CACHE_PREFIX}-old1-precache-v2-x`,
			`${CACHE_PREFIX}-old1-pages`,
			// A version that begins with the current one is still another build.
			`${CACHE_PREFIX}-new2a-assets`,
			`${CACHE_PREFIX}-new2-precache-v2-x`,
			`${CACHE_PREFIX}-new2-pages`,
			'other-site',
		];
		const deleted: string[] = [];
		const storage = { keys: async () => names, delete: async (name: string) => deleted.push(name) > 0 };
		expect(await deleteOtherBuildCaches('new2', storage)).toEqual([names[0], names[1], names[2]]);
		expect(deleted.sort()).toEqual([
			`${CACHE_PREFIX}-new2a-assets`,
			`${CACHE_PREFIX}-old1-pages`,
			`${CACHE_PREFIX}-old1-precache-v2-x`,
		]);
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
