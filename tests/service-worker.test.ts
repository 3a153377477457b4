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
import { CACHE_PREFIX, cleanupScript } from '../src/lib/service-worker.ts';
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
