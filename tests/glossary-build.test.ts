/** The glossary in the built site: term links, backlinks, the index and the exports. */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadProtectedNames } from '../src/markdown/protected-names.ts';
import { loadContent } from '../src/lib/validation/load.ts';
import { builtPages, internalLinks, page } from './site.ts';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** The blocks of running text in a page's main that hold automatic term links. */
function linkedBlocks(url: string): HTMLElement[] {
	const blocks = new Set<HTMLElement>();
	for (const link of page(url).querySelectorAll('main a.term-link')) {
		let block = link.parentNode;
		while (block && !['P', 'LI', 'TD', 'TH', 'DD', 'BLOCKQUOTE'].includes(block.tagName)) block = block.parentNode;
		if (block) blocks.add(block);
	}
	return [...blocks];
}

/** A block's own text (without nested lists, which are blocks of their own) with each term link's text between OPEN and CLOSE. */
function markedText(block: HTMLElement): string {
	const clone = block.clone() as HTMLElement;
	for (const list of clone.querySelectorAll('ul, ol')) list.remove();
	for (const link of clone.querySelectorAll('a.term-link')) link.replaceWith(`${OPEN}${link.text}${CLOSE}`);
	return clone.text.replace(/\s+/g, ' ');
}

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

describe('glossary links in the built site', () => {
	const pages = builtPages();
	const names = loadProtectedNames('content');

	it('never links a word inside the name of an organisation, network or report', () => {
		expect(names).toEqual(expect.arrayContaining(['Handleiding Implementatie', 'Zorg Evaluatie & Gepast Gebruik']));
		const patterns = names.map((name) => ({
			name,
			// The name with a link marker allowed between any two characters.
			pattern: new RegExp(
				[...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`[${OPEN}${CLOSE}]?`),
				'g',
			),
		}));
		const cut: string[] = [];
		let checked = 0;
		for (const url of pages) {
			for (const block of linkedBlocks(url)) {
				const text = markedText(block);
				checked++;
				for (const { name, pattern } of patterns)
					for (const match of text.matchAll(pattern))
						if (match[0].includes(OPEN) && match[0] !== name)
							cut.push(`${url}: ${match[0].split(OPEN).join('[').split(CLOSE).join(']')}`);
			}
		}
		expect(checked).toBeGreaterThan(100);
		expect(cut).toEqual([]);
	});

	it('links at most one term per sentence', () => {
		const crowded: string[] = [];
		for (const url of pages)
			for (const block of linkedBlocks(url))
				for (const sentence of markedText(block).split(/(?<=[.!?])\s/))
					if (sentence.split(OPEN).length > 2) crowded.push(`${url}: ${sentence}`);
		expect(crowded).toEqual([]);
	});

	it('gives a concept that is a term and a tool one definition, with the two pages pointing to each other', () => {
		const { entries } = loadContent('content');
		const pairs = entries.flatMap((e) => {
			const tool = (e.data as { tool?: string }).tool;
			return e.collection === 'begrippen' && tool ? [{ term: e, tool }] : [];
		});
		expect(pairs.length).toBeGreaterThanOrEqual(14);
		for (const { term, tool } of pairs) {
			const termUrl = `/begrippen/${term.id}/`;
			const toolUrl = `/methoden-en-tools/${tool}/`;
			const definition = (term.data as { definition: string }).definition;
			expect(term.body.trim(), `${term.file} has a text of its own next to ${toolUrl}`).toBe('');
			expect(internalLinks(termUrl, 'main a[href]'), termUrl).toContain(toolUrl);
			expect(internalLinks(toolUrl, 'main a[href]'), toolUrl).toContain(termUrl);
			expect(page(toolUrl).querySelector('.term-definition')?.text, toolUrl).toContain(definition);
		}
	});
});
