/**
 * The real content, built: every collection has an index and a page per
 * published entry, indexes link to their entries, and no internal link or
 * asset points to a page that does not exist. (The real content has no
 * drafts; tests/drafts.test.ts builds fixture content that has.)
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/validation/load.ts';
import { entryUrl, indexUrl } from '../src/lib/urls.ts';
import { collectionNames } from '../src/schemas/index.ts';
import { builtPages, exists, internalLinks, page } from './site.ts';

const { entries } = loadContent('content');
const published = entries.filter((e) => (e.data as { draft?: boolean }).draft !== true);
// /admin/ is the CMS, a bare app page with its own tests (tests/contribute.test.ts, tests/e2e/cms.test.ts).
const pages = builtPages().filter((url) => url !== '/admin/');

describe('built site', () => {
	it.each([
		'/',
		'/handleiding/',
		'/begrippen/',
		'/methoden-en-tools/',
		'/trainingen/',
		'/rapporten/',
		'/werkgroepen/',
		'/netwerken/',
		'/organisaties/',
		'/zoeken/',
		'/over/',
		'/toegankelijkheid/',
		'/404.html',
	])('has %s', (url) => expect(pages).toContain(url));

	it.each(collectionNames.filter((c) => c !== 'paginas'))(
		'builds a page for every %s entry, linked from its index',
		(collection) => {
			const own = published.filter((e) => e.collection === collection);
			expect(own.length).toBeGreaterThan(0);
			const indexLinks = new Set(internalLinks(indexUrl(collection)));
			for (const entry of own) {
				const url = entryUrl(collection, entry.id);
				expect(pages, `${entry.file} has no page`).toContain(url);
				expect(indexLinks.has(url), `${indexUrl(collection)} does not link to ${url}`).toBe(true);
			}
		},
	);

	it('has no internal link or asset that points to a missing file', () => {
		const broken: string[] = [];
		for (const url of pages) {
			const targets = [
				...internalLinks(url, 'a[href]'),
				...internalLinks(url, 'link[href]'),
				...page(url)
					.querySelectorAll('[src]')
					.map((el) => el.getAttribute('src') ?? '')
					.filter((src) => src.startsWith('/') && !src.startsWith('//')),
			];
			for (const target of targets) if (target && !exists(target)) broken.push(`${url} → ${target}`);
		}
		expect(broken).toEqual([]);
	});

	it('has no link to an anchor that does not exist', () => {
		const broken: string[] = [];
		const ids = (url: string) =>
			new Set(
				page(url)
					.querySelectorAll('[id]')
					.map((el) => el.id),
			);
		for (const url of pages) {
			for (const a of page(url).querySelectorAll('a[href*="#"]')) {
				const href = a.getAttribute('href') ?? '';
				const [path = '', fragment = ''] = href.split('#');
				if (!fragment || (path && (!path.startsWith('/') || path.startsWith('//')))) continue;
				// The CMS routes with the hash (/admin/#/collections/…); those are not anchors.
				if (path?.startsWith('/admin/')) continue;
				const target = path ? (path.split('?')[0] ?? '') : url;
				if (!exists(target) || !/\/$|\.html$/.test(target)) continue; // Missing pages are reported above.
				if (!ids(target).has(decodeURIComponent(fragment))) broken.push(`${url} → ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('links step pages to the previous and next step', () => {
		const steps = published
			.filter((e) => e.collection === 'stappen')
			.sort((a, b) => (a.data as { step: number }).step - (b.data as { step: number }).step);
		steps.forEach((step, i) => {
			const html = page(entryUrl('stappen', step.id));
			const next = steps[i + 1];
			const prev = steps[i - 1];
			expect(html.querySelector('a[rel=next]')?.getAttribute('href')).toBe(
				next ? entryUrl('stappen', next.id) : undefined,
			);
			expect(html.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(
				prev ? entryUrl('stappen', prev.id) : undefined,
			);
		});
	});

	it('marks every page as Dutch and gives it one h1, a main landmark and a skip link', () => {
		for (const url of pages) {
			const html = page(url);
			expect(html.querySelector('html')?.getAttribute('lang'), url).toBe('nl');
			expect(html.querySelectorAll('h1'), url).toHaveLength(1);
			expect(html.querySelectorAll('main#inhoud'), url).toHaveLength(1);
			expect(html.querySelector('a.skip-link')?.getAttribute('href'), url).toBe('#inhoud');
		}
	});

	it('renders review dates as <time> elements', () => {
		const withReviewed = published.find((e) => e.collection === 'begrippen');
		const time = page(entryUrl('begrippen', withReviewed?.id ?? '')).querySelector('.reviewed time');
		expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('indexes only the main content of content pages', () => {
		expect(page('/begrippen/').querySelector('[data-pagefind-body]')).toBeNull();
		expect(page('/404.html').querySelector('[data-pagefind-body]')).toBeNull();
		const term = published.find((e) => e.collection === 'begrippen');
		const main = page(entryUrl('begrippen', term?.id ?? '')).querySelector('main');
		expect(main?.hasAttribute('data-pagefind-body')).toBe(true);
		expect(main?.querySelector('[data-pagefind-filter=type]')?.text).toBe('Begrip');
		expect(exists('/pagefind/pagefind-ui.js')).toBe(true);
	});

	it('says in the footer what the site is built on, and not that it is an NIC initiative (no source says so)', () => {
		const footer = page('/').querySelector('body > footer.site-footer')?.text.replace(/\s+/g, ' ') ?? '';
		expect(footer).toContain('gebouwd op de bronnen van het Nederlands Implementatie Collectief (NIC)');
		expect(footer).not.toMatch(/initiatief in het kader van/i);
	});

	it('keeps the navigation the same size on every page', () => {
		const sizes = new Set(pages.map((url) => page(url).querySelectorAll('header a').length));
		expect(sizes.size).toBe(1);
	});
});
