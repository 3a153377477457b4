/**
 * A static file server for a built site, as a host serves it: it listens on
 * port 0 (the system picks a free port, so two servers never race for one),
 * redirects `/x` to `/x/` when `x` is a folder, answers unknown paths with the
 * site's `404.html` and status 404, gzips text when the browser accepts it,
 * and sends the headers of the site's `_headers` file (the Netlify/Cloudflare
 * format of public/_headers), so tests see the production headers.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by extension; anything else (Pagefind's `.pf_*` and `.pagefind` files) is binary. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.ics': 'text/calendar; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.ttl': 'text/turtle; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};
const BINARY = 'application/octet-stream';
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;

/** One block of a `_headers` file: a path pattern, the headers it sets and the ones it drops (`! Name`). */
export interface HeaderRule {
	pattern: RegExp;
	set: [string, string][];
	drop: string[];
}

/** Parses a `_headers` file: a path line (`*` matches anything), then indented `Name: value` or `! Name` lines. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replaceAll('*', '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), set: [], drop: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers: a header before any path: ${line.trim()}`);
		const drop = /^\s*!\s*(\S+)\s*$/.exec(line);
		const header = /^\s*([^:\s]+)\s*:\s*(.*)$/.exec(line);
		if (drop?.[1]) rule.drop.push(drop[1].toLowerCase());
		else if (header?.[1]) rule.set.push([header[1].toLowerCase(), header[2]?.trim() ?? '']);
		else throw new Error(`_headers: cannot read "${line.trim()}"`);
	}
	return rules;
}

/** The headers for a path: every matching rule in order, a later rule's `! Name` dropping what an earlier one set. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const name of rule.drop) delete headers[name];
		for (const [name, value] of rule.set) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

const isDirectory = (path: string) =>
	stat(path).then(
		(s) => s.isDirectory(),
		() => false,
	);

/** Serves `root` on a free port of 127.0.0.1; resolves with its origin and the server. */
export function serveStatic(root: string): Promise<{ origin: string; server: Server }> {
	const base = resolve(root);
	let rules: HeaderRule[] = [];
	try {
		rules = parseHeaders(readFileSync(join(base, '_headers'), 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}

	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			path = '/404';
		}
		const send = async (status: number, file: string) => {
			const type = CONTENT_TYPES[extname(file)] ?? BINARY;
			let body = await readFile(file);
			const headers: Record<string, string> = { ...headersFor(rules, path), 'content-type': type };
			if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				body = gzipSync(body);
				headers['content-encoding'] = 'gzip';
			}
			headers['content-length'] = String(body.length);
			res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
		};

		let file = resolve(base, `.${path}`);
		// Outside the site, or the host's own configuration: not found.
		const servable = (file === base || file.startsWith(base + sep)) && path !== '/_headers';
		if (servable && (await isDirectory(file))) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		try {
			if (!servable) throw new Error('not servable');
			await send(200, file);
		} catch {
			await send(404, join(base, '404.html')).catch(() =>
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
			);
		}
	});
	return new Promise((done, fail) => {
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			done({ origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
		});
	});
}
