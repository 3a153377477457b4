/**
 * The static server the browser tests use (tests/e2e/static-server.ts) serves
 * the built site as a host would: every file type with its content type, the
 * headers of public/_headers, the 404 page, and `/x` redirected to `/x/`.
 */
import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPolicyHeader, policyHeader } from '../src/lib/csp.ts';
import { CONTENT_TYPES, headersFor, parseHeaders, serveStatic } from './e2e/static-server.ts';
import { DIST } from './site.ts';

let origin = '';
let server: Server | undefined;
beforeAll(async () => {
	({ origin, server } = await serveStatic(DIST));
});
afterAll(() => server?.close());

const get = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, { redirect: 'manual', ...init });

describe('static server for the browser tests', () => {
	it('listens on a port the system picked', () => {
		expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(origin).not.toMatch(/:0$/);
	});

	it('knows the content type of every kind of file in the site; only Pagefind’s index files are binary', () => {
		const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
		const unknown = new Set(files.map((f) => extname(f.name)).filter((ext) => !(ext in CONTENT_TYPES)));
		// `_headers` is the host's configuration; it is never served.
		expect([...unknown].sort()).toEqual(['', '.pagefind', '.pf_filter', '.pf_fragment', '.pf_index', '.pf_meta']);
		expect(files.filter((f) => extname(f.name) === '').map((f) => f.name)).toEqual(['_headers']);
	});

	it.each([
		['/', 'text/html; charset=utf-8'],
		['/feed.xml', 'application/xml'],
		['/begrippen.csv', 'text/csv; charset=utf-8'],
		['/begrippen.ttl', 'text/turtle; charset=utf-8'],
		['/manifest.webmanifest', 'application/manifest+json'],
		['/icons/icon-192.png', 'image/png'],
		['/robots.txt', 'text/plain; charset=utf-8'],
		['/pagefind/wasm.nl.pagefind', 'application/octet-stream'],
	])('serves %s as %s', async (path, type) => {
		const response = await get(path);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(type);
	});

	it('sends the production headers, with the CMS’s own policy on /admin/', async () => {
		const home = await get('/');
		expect(home.headers.get('content-security-policy')).toBe(policyHeader());
		expect(home.headers.get('x-frame-options')).toBe('DENY');
		const admin = await get('/admin/');
		expect(admin.headers.get('content-security-policy')).toBe(adminPolicyHeader());
		expect(admin.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('answers an unknown path with the 404 page and status 404', async () => {
		const response = await get('/bestaat-niet/');
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await response.text()).toContain('<h1');
		expect((await get('/_headers')).status).toBe(404);
		// dist/../package.json exists, but lies outside the site.
		expect((await get('/..%2fpackage.json')).status).toBe(404);
	});

	it('redirects a folder without its slash, keeping the query', async () => {
		const response = await get('/zoeken?q=borging');
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/zoeken/?q=borging');
	});

	it('gzips text when the browser accepts it', async () => {
		// fetch() asks for gzip and unpacks it.
		const response = await get('/');
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(await response.text()).toMatch(/^<!DOCTYPE html>/i);
	});
});

describe('_headers', () => {
	const rules = parseHeaders(
		['# comment', '/*', '  A: 1', '  B: 2', '', '/admin/*', '  ! A', '  A: 3', '  C: 4'].join('\n'),
	);

	it('applies every matching block in order; a later block drops with "! Name"', () => {
		expect(headersFor(rules, '/x/')).toEqual({ a: '1', b: '2' });
		expect(headersFor(rules, '/admin/')).toEqual({ a: '3', b: '2', c: '4' });
	});

	it('refuses a line it cannot read', () => {
		expect(() => parseHeaders('  A: 1')).toThrow('_headers: a header before any path: A: 1');
		expect(() => parseHeaders('/*\n  nonsense')).toThrow('_headers: cannot read "nonsense"');
	});
});
