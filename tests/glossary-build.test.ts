/** The glossary in the built site: term links, backlinks, the index and the exports. */
import { describe, expect, it } from 'vitest';
import { internalLinks, page } from './site.ts';

describe('backlinks', () => {
	it('lists the pages that mention a term under "Gebruikt in"', () => {
		const links = internalLinks('/begrippen/borging/', '#lijst-gebruikt-in ~ ul a');
		expect(links).toContain('/handleiding/voorbereiding/');
		expect(links).not.toContain('/begrippen/borging/');
	});

	it('lists the pages that mention a tool or step under "Genoemd in"', () => {
		expect(internalLinks('/methoden-en-tools/cfir/', '#lijst-genoemd-in ~ ul a')).toContain(
			'/handleiding/doelgroep-en-setting/',
		);
		expect(internalLinks('/handleiding/voorbereiding/', 'section[aria-labelledby="lijst-genoemd-in"] ul a')).toContain(
			'/begrippen/borging/',
		);
	});

	it('auto-links terms in content and never on the term page itself', () => {
		const own = page('/begrippen/borging/')
			.querySelectorAll('article a.term-link')
			.map((a) => a.getAttribute('href'));
		expect(own.length).toBeGreaterThan(0);
		expect(own).not.toContain('/begrippen/borging/');
		expect(page('/begrippen/borging/').querySelector('h1 a')).toBeNull();
	});
});

describe('/begrippen/ index', () => {
	const index = () => page('/begrippen/');
	it('shows the number of terms and lists each once under its letter', () => {
		const items = index().querySelectorAll('#begrippenlijst li');
		expect(index().querySelector('.term-count')?.text).toBe(`${items.length} begrippen`);
		expect(items.length).toBeGreaterThan(100);
		const borging = index()
			.querySelector('#letter-b')
			?.parentNode?.querySelectorAll('a')
			.map((a) => a.text);
		expect(borging).toContain('Borging');
	});
	it('links letters with terms and shows the others as disabled', () => {
		const nav = index().querySelector('nav.letters');
		expect(nav?.querySelectorAll('a, span').length).toBe(26);
		for (const a of nav?.querySelectorAll('a') ?? []) {
			expect(index().querySelector(a.getAttribute('href') ?? '')).not.toBeNull();
		}
		const disabled = nav?.querySelectorAll('span[aria-disabled="true"]').map((s) => s.text.trim()) ?? [];
		expect(disabled).toContain('Q');
		for (const letter of disabled) expect(index().querySelector(`#letter-${letter.toLowerCase()}`)).toBeNull();
	});
	it('renders the filter box hidden, for the script to show', () => {
		expect(index().querySelector('glossary-filter')?.hasAttribute('hidden')).toBe(true);
	});
});

describe('preview script', () => {
	it('renders the preview card only on pages with term links', () => {
		for (const url of ['/begrippen/borging/', '/handleiding/voorbereiding/', '/over/']) {
			expect(page(url).querySelectorAll('main a.term-link').length).toBeGreaterThan(0);
			expect(page(url).querySelector('term-preview .term-preview-card')).not.toBeNull();
		}
		for (const url of ['/', '/begrippen/', '/toegankelijkheid/']) {
			expect(page(url).querySelector('main a.term-link')).toBeNull();
			expect(page(url).querySelector('term-preview')).toBeNull();
		}
	});

	it('gives every term link a definition to describe it, also on the print edition', () => {
		for (const url of ['/handleiding/voorbereiding/', '/begrippen/borging/', '/handleiding/printen/']) {
			const root = page(url);
			const links = root.querySelectorAll('a.term-link');
			expect(links.length, url).toBeGreaterThan(0);
			for (const link of links) {
				const id = link.getAttribute('aria-describedby') ?? '';
				expect(root.getElementById(id)?.text.length, `${url} ${id}`).toBeGreaterThan(0);
			}
			// One hidden list per page, each term once, and one link per term.
			expect(root.querySelectorAll('.term-definitions'), url).toHaveLength(1);
			const ids = root.querySelectorAll('.term-definitions span').map((s) => s.id);
			expect(new Set(ids).size, url).toBe(ids.length);
			const hrefs = links.map((a) => a.getAttribute('href'));
			expect(new Set(hrefs).size, url).toBe(hrefs.length);
		}
	});
});
