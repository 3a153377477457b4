/** Reads the built site in `dist/` for tests: pages, their links and text. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Every built HTML page as its URL path (`/begrippen/borging/`). */
export function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(path);
			} else if (name.endsWith('.html')) {
				const rel = path.slice(DIST.length).split('\\').join('/');
				pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(DIST);
	return pages.sort();
}

const cache = new Map<string, HTMLElement>();

/** The parsed HTML of one page. */
export function page(url: string): HTMLElement {
	let root = cache.get(url);
	if (!root) {
		const file = url.endsWith('/') ? join(DIST, url, 'index.html') : join(DIST, url);
		root = parse(readFileSync(file, 'utf8'));
		cache.set(url, root);
	}
	return root;
}

/** True when a URL path resolves to a file in `dist/`. */
export function exists(url: string): boolean {
	const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
	const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
	return existsSync(file);
}

/** Internal link targets on a page (href starting with `/`), without fragments. */
export function internalLinks(url: string, selector = 'a[href]'): string[] {
	return page(url)
		.querySelectorAll(selector)
		.map((a) => a.getAttribute('href') ?? '')
		.filter((href) => href.startsWith('/') && !href.startsWith('//'))
		.map((href) => href.split('#')[0] ?? '');
}
