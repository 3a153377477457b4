/** The backlink scanner: auto-linked terms, explicit links and frontmatter references. */
import { describe, expect, it } from 'vitest';
import { createMentionScanner, targetOf, targetsInRendered } from '../src/markdown/glossary-mentions.ts';

const scan = createMentionScanner([
	{ slug: 'borging', term: 'Borging', aliases: ['borgen'], definition: 'x' },
	{ slug: 'netwerk', term: 'Netwerk', aliases: [], definition: 'y' },
]);

describe('createMentionScanner', () => {
	it('finds terms the plugin links, explicit links and frontmatter references', () => {
		const targets = scan({
			collection: 'tools',
			id: 'a',
			body: 'Over borgen. Zie [CFIR](/methoden-en-tools/cfir/) en [stap](/handleiding/voorbereiding/#doel).',
			data: { steps: [{ collection: 'stappen', id: 'plan' }], reviewed: new Date() },
		});
		expect(targets.sort()).toEqual(['begrippen/borging', 'stappen/plan', 'stappen/voorbereiding', 'tools/cfir']);
	});

	it('ignores mentions in headings and code, and the page itself', () => {
		expect(
			scan({ collection: 'begrippen', id: 'borging', body: '# Netwerk\n\n`netwerk` en borging', data: {} }),
		).toEqual([]);
	});

	it('respects the autolink opt-out but still counts explicit links', () => {
		expect(
			scan({ collection: 'tools', id: 'a', body: 'borging en [n](/begrippen/netwerk/)', data: { autolink: false } }),
		).toEqual(['begrippen/netwerk']);
	});
});

describe('targetOf', () => {
	it('maps entry URLs to collection/id and ignores others', () => {
		expect(targetOf('/begrippen/borging/')).toBe('begrippen/borging');
		expect(targetOf('/trainingen/x')).toBe('trainingen/x');
		expect(targetOf('/begrippen/')).toBeUndefined();
		expect(targetOf('https://example.org/begrippen/borging/')).toBeUndefined();
	});
});

describe('targetsInRendered', () => {
	it('reads term links and entry links from rendered HTML, plus frontmatter references', () => {
		const html =
			'<p><a href="/begrippen/borging/" class="term-link">borging</a> <a href="/methoden-en-tools/cfir/#a">x</a> <a href="https://example.org/">y</a></p>';
		expect(
			targetsInRendered({
				collection: 'begrippen',
				id: 'netwerk',
				html,
				data: { related: [{ collection: 'begrippen', id: 'netwerk' }] },
			}),
		).toEqual(['begrippen/borging', 'tools/cfir']);
	});
});
