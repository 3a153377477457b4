/**
 * Search engines and feeds, on the built site: the sitemap lists every public
 * page (no /admin/, drafts or utility pages) with `reviewed` as lastmod, every
 * page has a canonical URL, a description and social meta, and the JSON-LD
 * parses with the right @type per page type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { includeInSitemap, planSitemap, sitemapOptions } from '../src/lib/sitemap.ts';
import { breadcrumbList, organizationEntry } from '../src/lib/structured-data.ts';
import { FIXTURE_CONTENT } from './helpers.ts';
import { builtPages, exists, page } from './site.ts';

const SITE = 'https://implementatiewiki.nl';
// The CMS at /admin/ is an app, not a page for readers or search engines.
const pages = builtPages().filter((url) => !url.startsWith('/admin/'));
const sitemapUrls = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
	(m) => new URL(m[1] ?? '').pathname,
);

/** All JSON-LD objects on a page, parsed. */
const jsonLd = (url: string): Record<string, unknown>[] =>
	page(url)
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
const types = (url: string) => jsonLd(url).map((data) => data['@type']);

describe('sitemap', () => {
	it('leaves out drafts and utility pages (fixture content with a draft)', () => {
		const options = sitemapOptions(FIXTURE_CONTENT);
		expect(options.filter(`${SITE}/begrippen/concept-begrip/`)).toBe(false);
		expect(options.filter(`${SITE}/begrippen/borging/`)).toBe(true);
		for (const path of ['/admin/', '/admin/config.yml', '/zoeken/', '/404/', '/offline/']) {
			expect(options.filter(`${SITE}${path}`), path).toBe(false);
		}
	});

	it('takes lastmod from reviewed, and none for content without a review date', () => {
		const options = sitemapOptions(FIXTURE_CONTENT);
		expect(options.serialize({ url: `${SITE}/begrippen/borging/` }).lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(options.serialize({ url: `${SITE}/trainingen/bijeenkomst/` }).lastmod).toBeUndefined();
		const plan = planSitemap(FIXTURE_CONTENT);
		expect(plan.lastmod.has('/begrippen/concept-begrip/')).toBe(false);
		expect(includeInSitemap(plan, `${SITE}/begrippen/concept-begrip/`)).toBe(false);
	});

	it('plans from the entries the content sync kept when there are any, without reading the folder', () => {
		const options = sitemapOptions('/does/not/exist', () => [
			{ collection: 'begrippen', id: 'borging', data: { reviewed: new Date('2026-03-01') } },
			{ collection: 'tools', id: 'concept-tool', data: { draft: true } },
		]);
		expect(options.serialize({ url: `${SITE}/begrippen/borging/` }).lastmod).toBe('2026-03-01');
		expect(options.filter(`${SITE}/methoden-en-tools/concept-tool/`)).toBe(false);
		expect(options.filter(`${SITE}/methoden-en-tools/andere-tool/`)).toBe(true);
	});

	it('lists every public built page and nothing else', () => {
		const expected = pages.filter(
			(url) =>
				!url.endsWith('.html') &&
				!page(url).querySelector('meta[name=robots][content~=noindex]') &&
				!['/zoeken/', '/offline/', '/handleiding/printen/'].includes(url),
		);
		expect([...sitemapUrls].sort()).toEqual(expected.sort());
		expect(sitemapUrls.some((url) => url.startsWith('/admin'))).toBe(false);
	});

	it('is named in robots.txt', () => {
		expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
	});
});

describe('meta', () => {
	it('gives every page a canonical URL, a description, OpenGraph and Twitter meta', () => {
		for (const url of pages) {
			const html = page(url);
			const canonical = html.querySelector('link[rel=canonical]')?.getAttribute('href');
			if (!url.endsWith('.html')) expect(canonical, url).toBe(`${SITE}${url}`);
			expect(html.querySelector('meta[name=description]')?.getAttribute('content')?.length, url).toBeGreaterThan(10);
			for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) {
				expect(
					html.querySelector(`meta[property="${property}"]`)?.getAttribute('content'),
					`${url} ${property}`,
				).toBeTruthy();
			}
			expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), url).toBe('summary_large_image');
		}
	});

	it('links the RSS feed and the manifest, and both exist', () => {
		const html = page('/');
		expect(html.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href')).toBe(
			'/feed.xml',
		);
		expect(exists('/feed.xml')).toBe(true);
		expect(exists('/og-image.png')).toBe(true);
		const feed = readFileSync('dist/feed.xml', 'utf8');
		expect(feed).toContain('<rss version="2.0"');
		expect(feed.match(/<item>/g)?.length).toBeGreaterThan(10);
	});
});

describe('JSON-LD', () => {
	it('parses on every page and always includes a BreadcrumbList that ends at the page', () => {
		for (const url of pages) {
			const crumbs = jsonLd(url).find((data) => data['@type'] === 'BreadcrumbList') as
				{ itemListElement: { item: string; position: number }[] } | undefined;
			expect(crumbs, url).toBeDefined();
			const items = crumbs?.itemListElement ?? [];
			expect(items[0]?.item).toBe(`${SITE}/`);
			if (!url.endsWith('.html')) expect(items.at(-1)?.item, url).toBe(`${SITE}${url}`);
			expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
		}
	});

	it('has the right @type for each page type', () => {
		expect(types('/')).toEqual(expect.arrayContaining(['Organization', 'WebSite']));
		const howTo = jsonLd('/handleiding/').find((data) => data['@type'] === 'HowTo') as { step: { '@type': string }[] };
		expect(howTo.step).toHaveLength(6);
		expect(new Set(howTo.step.map((s) => s['@type']))).toEqual(new Set(['HowToStep']));
		// Courses always; meetings only as Events with dates (an Event needs a start date).
		for (const url of pages.filter((u) => /^\/trainingen\/.+\//.test(u))) {
			const hasDates = page(url).querySelector('section[aria-labelledby=data] time') !== null;
			const kind = page(url).querySelector('[data-pagefind-filter^="soort"]')?.text ?? '';
			if (hasDates || !/bijeenkomst|congres/i.test(kind)) {
				expect(
					types(url).some((t) => t === 'Course' || t === 'Event'),
					url,
				).toBe(true);
			}
		}
		for (const url of pages.filter((u) => /^\/rapporten\/.+\//.test(u))) expect(types(url), url).toContain('Report');
		const organisations = pages.filter((u) => /^\/(netwerken|organisaties)\/.+\//.test(u));
		expect(organisations.length).toBeGreaterThan(40);
		for (const url of organisations) expect(types(url), url).toContain('Organization');
	});

	it('escapes < so content can never close the script element', () => {
		const scripts = pages.flatMap((url) =>
			page(url)
				.querySelectorAll('script[type="application/ld+json"]')
				.map((s) => s.textContent),
		);
		expect(scripts.every((text) => !text.includes('<'))).toBe(true);
	});
});

describe('structured-data builders', () => {
	it('describes a network or organisation with only what its page states', () => {
		expect(organizationEntry({ title: 'NIC', summary: 'Een netwerk.', url: '/netwerken/nic/' }, SITE)).toEqual({
			'@type': 'Organization',
			name: 'NIC',
			description: 'Een netwerk.',
			url: `${SITE}/netwerken/nic/`,
		});
		expect(
			organizationEntry(
				{
					title: 'EIC',
					summary: 'Een Europees netwerk.',
					url: '/netwerken/eic/',
					externalUrl: 'https://www.implementation.eu/',
					founded: 2015,
					knowsAbout: ['Netwerken met elkaar verbinden'],
				},
				SITE,
			),
		).toMatchObject({
			sameAs: 'https://www.implementation.eu/',
			foundingDate: '2015',
			knowsAbout: ['Netwerken met elkaar verbinden'],
		});
	});

	it('starts every breadcrumb trail at Home', () => {
		expect(breadcrumbList([], SITE)).toMatchObject({
			itemListElement: [{ position: 1, name: 'Home', item: `${SITE}/` }],
		});
	});
});
