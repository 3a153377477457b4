/**
 * A minimal static file server for a second built site (Astro 7 allows only one
 * `astro preview` at a time, and the main suite already runs one).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/** Serves `root` on a free port of 127.0.0.1; resolves with its origin and the server. */
export function serveStatic(root: string): Promise<{ origin: string; server: Server }> {
	const server = createServer(async (req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
			/^(\.\.[/\\])+/,
			'',
		);
		let file = join(root, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve({ origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
		}),
	);
}
