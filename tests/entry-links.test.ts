/** Link lists that grow with the site are capped, with a way to the rest. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import EntryLinks from '../src/components/EntryLinks.astro';
import { searchMore } from '../src/lib/glossary.ts';

const terms = Array.from({ length: 15 }, (_, i) => ({
	collection: 'begrippen',
	id: `term-${i + 1}`,
	data: { term: `Term ${i + 1}`, definition: `Uitleg ${i + 1}` },
}));

async function render(props: Record<string, unknown>) {
	const container = await AstroContainer.create();
	return parse(
		await container.renderToString(EntryLinks, {
			props: { title: 'Gebruikt in', entries: terms, describe: false, ...props },
		}),
	);
}

describe('EntryLinks', () => {
	it('shows every entry when no limit is given', async () => {
		const root = await render({});
		expect(root.querySelectorAll('li')).toHaveLength(15);
		expect(root.querySelector('.more')).toBeNull();
	});

	it('shows the first entries up to the limit, says how many there are and links to the rest', async () => {
		const root = await render({ limit: 12, more: searchMore('Borging') });
		expect(root.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual(
			terms.slice(0, 12).map((t) => `/begrippen/${t.id}/`),
		);
		expect(root.querySelector('.more')?.text).toContain('12 van 15 pagina’s.');
		const more = root.querySelector('.more a');
		expect(more?.getAttribute('href')).toBe('/zoeken/?q=Borging');
		expect(more?.text).toBe('Zoek alle pagina’s over “Borging”');
	});

	it('is left out of the search index, so a page does not match the titles it links to', async () => {
		const root = await render({});
		expect(root.querySelector('section')?.hasAttribute('data-pagefind-ignore')).toBe(true);
	});

	it('needs no "more" line when the list fits', async () => {
		const root = await render({ limit: 20, more: searchMore('Borging') });
		expect(root.querySelectorAll('li')).toHaveLength(15);
		expect(root.querySelector('.more')).toBeNull();
	});
});
