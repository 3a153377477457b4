/**
 * `npm run budgets [dist]`: the page-weight budgets as a check, not prose. Fails
 * when a reader page's HTML is over 15 KB gzip, or when the JavaScript a page
 * loads before any interaction is over 5 KB gzip: its module scripts, every
 * module they import statically (dynamic `import()` loads later, on demand),
 * module preloads and inline scripts. Each file is gzipped on its own, as a host
 * serves it. `/admin/` (the CMS, for editors only) is left out.
 *
 * The figures are for the built site as readers get it, so CI runs this after
 * the build (`npm run ci`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';

/** Largest HTML of one page, gzipped. */
export const HTML_BUDGET = 15 * 1024;
/** Largest total of JavaScript before interaction on one page, gzipped. */
export const JS_BUDGET = 5 * 1024;

/**
 * Pages with an HTML budget of their own, and why. The print edition is the
 * whole handleiding on one page by design (it is for printing or saving as a
 * PDF, and is not indexed); it still has a ceiling, so it cannot grow unseen.
 */
export const HTML_BUDGET_EXCEPTIONS: Readonly<Record<string, { budget: number; why: string }>> = {
	'/handleiding/printen/': { budget: 24 * 1024, why: 'the whole handleiding on one page, for printing' },
};

/** The HTML budget of a page. */
export const htmlBudgetOf = (path: string): number => HTML_BUDGET_EXCEPTIONS[path]?.budget ?? HTML_BUDGET;

/**
 * Pages with a JavaScript budget of their own, and why. "Mijn implementatieplan"
 * is an application: it saves, switches and checks plans (with the plan
 * schema, Zod included) before the first keystroke; its builder loads on no
 * other page, and the Word export (the `docx` library) loads only on demand.
 * On 5 December 2026 it ran 31.4 KB gzip; the ceiling keeps it from growing
 * unseen.
 */
export const JS_BUDGET_EXCEPTIONS: Readonly<Record<string, { budget: number; why: string }>> = {
	'/mijn-plan/': { budget: 36 * 1024, why: 'the plan builder, an application on its own page' },
};

/** The JavaScript budget of a page. */
export const jsBudgetOf = (path: string): number => JS_BUDGET_EXCEPTIONS[path]?.budget ?? JS_BUDGET;

/** What one page weighs. */
export interface PageWeight {
	/** URL path of the page, such as `/begrippen/borging/`. */
	path: string;
	/** Gzipped size of its HTML. */
	htmlGzip: number;
	/** Gzipped size of the JavaScript it runs before any interaction. */
	jsGzip: number;
	/** The script files counted in `jsGzip`, as URL paths. */
	scripts: string[];
}

const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** The URL path of a built HTML file. */
const urlPath = (dist: string, file: string): string =>
	`/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/');

/**
 * Follows the static imports of a module script, depth first; `seen` holds the
 * URL paths already counted, so a shared chunk counts once per page.
 */
function staticGraph(dist: string, url: string, seen: Set<string>): void {
	if (seen.has(url) || !url.startsWith('/')) return;
	seen.add(url);
	const source = readFileSync(join(dist, url), 'utf8');
	const [imports] = parse(source);
	for (const specifier of imports) {
		// d === -1: a static import or re-export; dynamic import() has d >= 0.
		if (specifier.d !== -1 || !specifier.n) continue;
		staticGraph(dist, posix.resolve(posix.dirname(url), specifier.n), seen);
	}
}

/** Weighs one built page. */
export function weighPage(dist: string, file: string): PageWeight {
	const html = readFileSync(file, 'utf8');
	const root = parseHtml(html);
	const pageUrl = urlPath(dist, file);
	const scripts = new Set<string>();
	let inline = 0;
	for (const script of root.querySelectorAll('script')) {
		const type = script.getAttribute('type') ?? '';
		const src = script.getAttribute('src');
		if (type !== '' && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD and other data
		if (src) staticGraph(dist, new URL(src, `http://site${pageUrl}`).pathname, scripts);
		else inline += gzipSize(script.text);
	}
	for (const link of root.querySelectorAll('link[rel=modulepreload]')) {
		const href = link.getAttribute('href');
		if (href) staticGraph(dist, new URL(href, `http://site${pageUrl}`).pathname, scripts);
	}
	const jsGzip = [...scripts].reduce((sum, url) => sum + gzipSize(readFileSync(join(dist, url))), inline);
	return { path: pageUrl, htmlGzip: gzipSize(html), jsGzip, scripts: [...scripts].sort() };
}

/** Weighs every reader page of a built site. */
export async function weighSite(dist: string): Promise<PageWeight[]> {
	await init;
	return htmlFiles(dist)
		.map((file) => weighPage(dist, file))
		.filter((page) => !page.path.startsWith('/admin/'))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One line per page over a budget; empty when every page is within them. */
export function overBudget(pages: readonly PageWeight[]): string[] {
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	return pages.flatMap((page) => [
		...(page.htmlGzip > htmlBudgetOf(page.path)
			? [`${page.path}: HTML is ${kb(page.htmlGzip)} gzip; the budget is ${kb(htmlBudgetOf(page.path))}`]
			: []),
		...(page.jsGzip > jsBudgetOf(page.path)
			? [
					`${page.path}: JavaScript before interaction is ${kb(page.jsGzip)} gzip (${page.scripts.join(', ')}); the budget is ${kb(jsBudgetOf(page.path))}`,
				]
			: []),
	]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dist = resolve(process.argv[2] ?? 'dist');
	const pages = await weighSite(dist);
	const problems = overBudget(pages);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const largest = (list: PageWeight[], key: 'htmlGzip' | 'jsGzip') => list.reduce((a, b) => (b[key] > a[key] ? b : a));
	const html = largest(
		pages.filter((p) => !(p.path in HTML_BUDGET_EXCEPTIONS)),
		'htmlGzip',
	);
	const js = largest(
		pages.filter((p) => !(p.path in JS_BUDGET_EXCEPTIONS)),
		'jsGzip',
	);
	console.log(
		`${pages.length} pages. Largest HTML: ${kb(html.htmlGzip)} gzip (${html.path}); ` +
			`most JS before interaction: ${kb(js.jsGzip)} gzip (${js.path}).`,
	);
	for (const [path, { budget, why }] of Object.entries(HTML_BUDGET_EXCEPTIONS)) {
		const page = pages.find((p) => p.path === path);
		if (page) console.log(`${path} (${why}): ${kb(page.htmlGzip)} gzip of its own ${kb(budget)}.`);
	}
	for (const [path, { budget, why }] of Object.entries(JS_BUDGET_EXCEPTIONS)) {
		const page = pages.find((p) => p.path === path);
		if (page) console.log(`${path} (${why}): JavaScript ${kb(page.jsGzip)} gzip of its own ${kb(budget)}.`);
	}
	if (problems.length > 0) {
		console.error(problems.join('\n'));
		process.exit(1);
	}
	console.log(`Every page is within the budgets (HTML ≤ ${kb(HTML_BUDGET)}, JS ≤ ${kb(JS_BUDGET)}, gzip).`);
}
