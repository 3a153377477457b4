/** Lists split over pages: the generic helper and the tools catalogue built on it. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import Catalogue from '../src/components/Catalogue.astro';
import { ITEMS_PER_PAGE } from '../src/lib/catalogue.ts';
import { pageUrl, paginate } from '../src/lib/paging.ts';
import { loadContent } from '../src/lib/validation/load.ts';

describe('paginate', () => {
	it('numbers pages from the index address on', () => {
		const pages = paginate([{ key: 'x', items: [1, 2, 3] }], 2, '/methoden-en-tools/');
		expect(pages.map((p) => [p.number, p.url])).toEqual([
			[1, '/methoden-en-tools/'],
			[2, '/methoden-en-tools/pagina/2/'],
		]);
		expect(pageUrl('/trainingen/', 7)).toBe('/trainingen/pagina/7/');
	});
});

async function render(entries: readonly { collection: string; id: string; data: unknown }[], current = 1) {
	return parse(
		await (
			await AstroContainer.create()
		).renderToString(Catalogue, { props: { collection: 'tools', entries, current } }),
	);
}

describe('tools catalogue', () => {
	// The real tools as entries (frontmatter as written: enum values and step slugs are what the facets read).
	const real = loadContent('content', process.cwd(), ['tools']).entries.map((e) => ({
		collection: 'tools',
		id: e.id,
		data: e.data,
	}));
	// Enough copies of the real tools to need more than one page.
	const many = Array.from({ length: Math.ceil((ITEMS_PER_PAGE * 1.5) / real.length) }, (_, n) =>
		real.map((tool) => ({ ...tool, id: `${tool.id}-${n}` })),
	).flat();

	it('starts from the real tools', () => {
		expect(real.length).toBeGreaterThan(20);
	});

	it('filters in the browser when it fits on one page', async () => {
		const root = await render(real);
		expect(root.querySelector('catalogue-filter form[data-live]')?.getAttribute('hidden')).toBe('');
		expect(root.querySelector('nav.pages')).toBeNull();
		expect(root.querySelectorAll('li[data-facets]').length).toBeGreaterThanOrEqual(real.length);
	});

	it('splits a larger catalogue over pages, with its filters opening /zoeken/', async () => {
		const first = await render(many);
		const form = first.querySelector('form.facets');
		expect(form?.getAttribute('action')).toBe('/zoeken/');
		expect(form?.querySelector('input[type=hidden][name=type]')?.getAttribute('value')).toBe('Methode of tool');
		// No form for the browser filter, which would only see this page.
		expect(first.querySelector('form[data-live]')).toBeNull();
		expect(first.querySelectorAll('li[data-facets]')).toHaveLength(ITEMS_PER_PAGE);
		expect(first.querySelector('nav.pages a[rel=next]')?.getAttribute('href')).toBe('/methoden-en-tools/pagina/2/');
		const second = await render(many, 2);
		expect(second.querySelector('nav.pages a[rel=prev]')?.getAttribute('href')).toBe('/methoden-en-tools/');
		expect(second.querySelector('nav.pages p')?.text.replace(/\s+/g, ' ').trim()).toMatch(/^Pagina 2 van \d+$/);
	});
});
