/** The glossary index component: one page for a small glossary, pages with navigation for a large one. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import GlossaryIndex from '../src/components/GlossaryIndex.astro';
import { groupByLetter, paginateGroups } from '../src/lib/glossary-letters.ts';

const entry = (term: string) => ({
	collection: 'begrippen',
	id: term.toLowerCase(),
	data: { term, definition: `Uitleg van ${term}.`, aliases: [], english: [] },
});
const terms = ['Aanpak', 'Borging', 'Cyclus', 'Doelgroep', 'Evaluatie'].map(entry);
const groups = groupByLetter(terms, (e) => e.data.term).filter((g) => g.items.length > 0);

async function render(size: number, current: number) {
	const container = await AstroContainer.create();
	return parse(
		await container.renderToString(GlossaryIndex, { props: { pages: paginateGroups(groups, size), current } }),
	);
}

describe('GlossaryIndex', () => {
	it('shows a small glossary on one page, with the filter box and in-page letter links', async () => {
		const root = await render(150, 1);
		expect(root.querySelectorAll('#begrippenlijst li')).toHaveLength(5);
		expect(root.querySelector('glossary-filter')).not.toBeNull();
		expect(root.querySelector('form.term-search')).toBeNull();
		expect(root.querySelector('nav.pages')).toBeNull();
		expect(root.querySelector('nav.letters a')?.getAttribute('href')).toBe('#letter-a');
	});

	it('splits a large glossary: letters link to their page, a term search replaces the filter, pages link on', async () => {
		const root = await render(2, 2);
		expect(root.querySelectorAll('#begrippenlijst li a').map((a) => a.text)).toEqual(['Cyclus', 'Doelgroep']);
		const letters = Object.fromEntries(
			root.querySelectorAll('nav.letters a').map((a) => [a.text, a.getAttribute('href')]),
		);
		expect(letters).toEqual({
			A: '/begrippen/#letter-a',
			B: '/begrippen/#letter-b',
			C: '#letter-c',
			D: '#letter-d',
			E: '/begrippen/pagina/3/#letter-e',
		});
		expect(root.querySelector('glossary-filter')).toBeNull();
		const form = root.querySelector('form.term-search');
		expect(form?.getAttribute('action')).toBe('/zoeken/');
		expect(form?.querySelector('input[type=hidden]')?.getAttribute('value')).toBe('Begrip');
		const nav = root.querySelector('nav.pages');
		expect(nav?.querySelector('p')?.text.replace(/\s+/g, ' ').trim()).toBe('Pagina 2 van 3');
		expect(nav?.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/begrippen/');
		expect(nav?.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/begrippen/pagina/3/');
	});
});
