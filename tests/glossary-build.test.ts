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
		expect(internalLinks('/methoden-en-tools/cfir/', '#lijst-genoemd-in ~ ul a')).toContain('/handleiding/doelgroep-en-setting/');
		expect(internalLinks('/handleiding/voorbereiding/', '#lijst-genoemd-in ~ ul a')).toContain('/begrippen/borging/');
	});

	it('auto-links terms in content and never on the term page itself', () => {
		const own = page('/begrippen/borging/').querySelectorAll('article a.term-link').map((a) => a.getAttribute('href'));
		expect(own.length).toBeGreaterThan(0);
		expect(own).not.toContain('/begrippen/borging/');
		expect(page('/begrippen/borging/').querySelector('h1 a')).toBeNull();
	});
});
