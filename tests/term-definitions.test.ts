/** What a page adds to its term links: the hidden definitions, and one link per term on pages that join entries. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import TermDefinitions from '../src/components/TermDefinitions.astro';
import { linkedTerms } from '../src/lib/glossary.ts';
import { firstTermLinksOnly } from '../src/lib/term-links.ts';
import rehypeSafeHtml from '../src/markdown/rehype-safe-html.ts';
import remarkGlossaryLinks from '../src/markdown/remark-glossary-links.ts';

async function render(terms: { slug: string; term: string; definition: string }[]) {
	const container = await AstroContainer.create();
	return parse(await container.renderToString(TermDefinitions, { props: { terms } }));
}

describe('TermDefinitions', () => {
	it('renders one hidden, unindexed element with each definition under the id the links point to, with the name of the term', async () => {
		const root = await render([
			{ slug: 'borging', term: 'Borging', definition: 'Zorgen dat het blijft.' },
			{ slug: 'netwerk', term: 'Netwerk', definition: 'Mensen die <samenwerken>.' },
		]);
		const block = root.querySelector('div.term-definitions');
		expect(block?.hasAttribute('hidden')).toBe(true);
		expect(block?.hasAttribute('data-pagefind-ignore')).toBe(true);
		expect(block?.querySelectorAll('span').map((s) => [s.id, s.getAttribute('data-term'), s.text.trim()])).toEqual([
			['begrip-uitleg-borging', 'Borging', 'Zorgen dat het blijft.'],
			['begrip-uitleg-netwerk', 'Netwerk', 'Mensen die <samenwerken>.'],
		]);
		expect(block?.innerHTML).toContain('&lt;samenwerken&gt;');
	});

	it('renders nothing for a page without term links', async () => {
		expect((await render([])).toString().trim()).toBe('');
	});
});

describe('linkedTerms', () => {
	it('reads the slugs remark-glossary-links reports, and nothing else', () => {
		expect(linkedTerms({ glossaryLinks: ['borging', 3, 'netwerk'] })).toEqual(['borging', 'netwerk']);
		expect(linkedTerms({ glossaryLinks: 'borging' })).toEqual([]);
		expect(linkedTerms({})).toEqual([]);
		expect(linkedTerms(undefined)).toEqual([]);
	});
});

describe('firstTermLinksOnly', () => {
	it('keeps the first link to each term in the whole document and leaves later mentions as text', async () => {
		// The site's own pipeline, so the test holds the helper to the markup the plugin really makes.
		const terms = [
			{ slug: 'borging', term: 'Borging', aliases: ['borgen'], definition: 'Zorgen dat het blijft.' },
			{ slug: 'netwerk', term: 'Netwerk', aliases: [], definition: 'Mensen die samenwerken.' },
		];
		const processor = await createMarkdownProcessor({
			remarkPlugins: [[remarkGlossaryLinks, { terms }]],
			rehypePlugins: [rehypeSafeHtml],
		});
		const step = async (markdown: string) => (await processor.render(markdown)).code;
		// One term per paragraph: the linker links at most one term per sentence.
		const html = [
			await step('Borging in een project.\n\nEen netwerk helpt.'),
			await step('Wie borgt?\n\nBorgen vraagt tijd.\n\nDat vraagt een *netwerk*.'),
		].join('\n');
		expect(parse(html).querySelectorAll('a.term-link')).toHaveLength(4);

		const root = parse(firstTermLinksOnly(html));
		expect(root.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text])).toEqual([
			['/begrippen/borging/', 'Borging'],
			['/begrippen/netwerk/', 'netwerk'],
		]);
		expect(root.text).toContain('Borgen vraagt tijd.');
		expect(root.text).toContain('Dat vraagt een netwerk.');
	});

	it('leaves other links alone', () => {
		const html = '<a href="/begrippen/borging/">Borging</a> en <a href="/begrippen/borging/">nog eens</a>';
		expect(firstTermLinksOnly(html)).toBe(html);
	});
});
