/**
 * The glossary link plugin on Markdown strings: what it links, where it never
 * links, and a property test that it never nests a link in a link or in code.
 */
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadGlossaryTerms } from '../src/markdown/glossary-terms.ts';
import { namesOf } from '../src/markdown/protected-names.ts';
import remarkGlossaryLinks, {
	GLOSSARY_LINKS_KEY,
	createGlossaryMatcher,
	type GlossaryTerm,
} from '../src/markdown/remark-glossary-links.ts';
import { FIXTURE_CONTENT } from './helpers.ts';

const TERMS: GlossaryTerm[] = [
	{ slug: 'netwerk', term: 'Netwerk', aliases: ['netwerken'], definition: 'Mensen die samenwerken.' },
	{
		slug: 'lerend-netwerk',
		term: 'Lerend netwerk',
		aliases: ['lerende netwerken'],
		definition: 'Een netwerk dat samen leert.',
	},
	{ slug: 'borging', term: 'Borging', aliases: ['borgen', 'geborgd'], definition: 'Zorgen dat het blijft.' },
	{ slug: 'doelgroepanalyse', term: 'Doelgroepanalyse', aliases: [], definition: 'Onderzoek naar de doelgroep.' },
	{ slug: 'een-op-een', term: 'Één-op-één', aliases: [], definition: 'Met zijn tweeën.' },
	{ slug: 'pdca', term: 'PDCA-cyclus', aliases: ['PDCA'], definition: 'Plan, do, check, act.' },
];

interface RenderOptions {
	path?: string;
	frontmatter?: Record<string, unknown>;
	terms?: GlossaryTerm[];
}

function renderWithData(
	markdown: string,
	{ path = 'content/tools/x.md', frontmatter = {}, terms = TERMS }: RenderOptions = {},
) {
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkGlossaryLinks, { terms })
		.use(remarkRehype)
		.use(rehypeStringify);
	const file = new VFile({ value: markdown, path, data: { astro: { frontmatter } } });
	const html = String(processor.processSync(file));
	const fm = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
	return { html, linked: fm[GLOSSARY_LINKS_KEY] as string[] | undefined };
}
const render = (markdown: string, options?: RenderOptions) => renderWithData(markdown, options).html;

/** The automatic term links in the HTML, as [text, href] pairs. */
const links = (html: string) =>
	parse(html)
		.querySelectorAll('a.term-link')
		.map((a) => [a.text, a.getAttribute('href')]);

describe('remarkGlossaryLinks', () => {
	it('links only the first occurrence of a term on a page', () => {
		const html = render('Borging is lastig.\n\nOver borging later meer, want borgen kost tijd.');
		expect(links(html)).toEqual([['Borging', '/begrippen/borging/']]);
	});

	it('prefers the longest match: "lerend netwerk" over "netwerk"', () => {
		expect(links(render('Een lerend netwerk is veel.\n\nOok een netwerk.'))).toEqual([
			['lerend netwerk', '/begrippen/lerend-netwerk/'],
			['netwerk', '/begrippen/netwerk/'],
		]);
	});

	it('matches case-insensitively and across a line break', () => {
		expect(links(render('Het LERENDE\nNETWERKEN werkt.'))).toEqual([
			['LERENDE\nNETWERKEN', '/begrippen/lerend-netwerk/'],
		]);
	});

	it('links aliases to the term page', () => {
		expect(links(render('Het is nu geborgd.'))).toEqual([['geborgd', '/begrippen/borging/']]);
	});

	it('does not link a term inside a compound: "borgingsplan" is not linked by "borging"', () => {
		expect(links(render('Maak een borgingsplan en een borging-plan.'))).toEqual([]);
		expect(links(render('Maak een borgingsplan; borging telt.'))).toEqual([['borging', '/begrippen/borging/']]);
	});

	it('handles diacritics and hyphens as part of a word', () => {
		expect(links(render('Een gesprek één-op-één.'))).toEqual([['één-op-één', '/begrippen/een-op-een/']]);
		expect(links(render('Volg de pdca-cyclus.'))).toEqual([['pdca-cyclus', '/begrippen/pdca/']]);
		// "PDCA" is an alias, but not when it is the start of the hyphenated "PDCA-aanpak".
		expect(links(render('De PDCA-aanpak.'))).toEqual([]);
		// A letter with a diacritic is a word character, not a boundary.
		expect(links(render('Het netwerkë en ënetwerk.'))).toEqual([]);
		// A trailing hyphen before a space ("borging- en …") still ends the word.
		expect(links(render('Borging- en financieringsplan.'))).toEqual([['Borging', '/begrippen/borging/']]);
	});

	it('never links in headings, links, inline code or code blocks', () => {
		const html = render(
			[
				'# Borging',
				'',
				'[borging](https://example.org) en `borging` en <a href="/x">borging</a>.',
				'',
				'```',
				'borging',
				'```',
				'',
				'Nu wel: borging.',
			].join('\n'),
		);
		const root = parse(html);
		expect(root.querySelector('h1')?.innerHTML).toBe('Borging');
		expect(root.querySelector('pre')?.querySelector('a')).toBeNull();
		expect(root.querySelector('code a')).toBeNull();
		expect(links(html)).toEqual([['borging', '/begrippen/borging/']]);
		expect(html).toContain('Nu wel: <a href="/begrippen/borging/"');
	});

	it('never links a term on its own page', () => {
		expect(links(render('Borging en netwerk.', { path: '/site/content/begrippen/borging.md' }))).toEqual([
			['netwerk', '/begrippen/netwerk/'],
		]);
	});

	it('links nothing on drafts or when the page opts out', () => {
		expect(links(render('Borging.', { frontmatter: { draft: true } }))).toEqual([]);
		expect(links(render('Borging.', { frontmatter: { autolink: false } }))).toEqual([]);
		expect(links(render('Borging.', { frontmatter: { autolink: true } }))).toHaveLength(1);
	});

	it('links in a table and a list', () => {
		const html = render(
			['| a | b |', '| - | - |', '| netwerk | borging |', '', '- een doelgroepanalyse', '- weer borging'].join('\n'),
		);
		const root = parse(html);
		expect(root.querySelectorAll('td a.term-link').map((a) => a.text)).toEqual(['netwerk', 'borging']);
		expect(root.querySelectorAll('li a.term-link').map((a) => a.text)).toEqual(['doelgroepanalyse']);
	});

	it('points each link at its definition and reports the linked slugs for the page to render them', () => {
		const { html, linked } = renderWithData('Netwerk.\n\nBorging.');
		const root = parse(html);
		const link = root.querySelector('a.term-link');
		expect(link?.getAttribute('aria-describedby')).toBe('begrip-uitleg-netwerk');
		expect(Object.keys(link?.attributes ?? {}).sort()).toEqual(['aria-describedby', 'class', 'href']);
		// The definitions are the page's job (TermDefinitions.astro), not stored with every entry's HTML.
		expect(root.querySelector('.term-definitions')).toBeNull();
		expect(html).not.toContain('Mensen die samenwerken.');
		expect(linked).toEqual(['netwerk', 'borging']);
		expect(renderWithData('Niets.').linked).toBeUndefined();
	});

	it('links nothing inside a proper name, and the name as a whole when it is a term', () => {
		const protectedNames = ['Handleiding Implementatie', 'Zorg Evaluatie & Gepast Gebruik', 'Lerend Netwerk Noord'];
		const terms: GlossaryTerm[] = [
			...TERMS,
			{ slug: 'implementatie', term: 'Implementatie', aliases: [], definition: 'Invoeren.' },
			{ slug: 'evaluatie', term: 'Evaluatie', aliases: [], definition: 'Nagaan.' },
		];
		const named = (markdown: string, frontmatter: Record<string, unknown> = {}) =>
			links(
				String(
					unified()
						.use(remarkParse)
						.use(remarkGlossaryLinks, { terms, protectedNames })
						.use(remarkRehype)
						.use(rehypeStringify)
						.processSync(new VFile({ value: markdown, path: 'content/tools/x.md', data: { astro: { frontmatter } } })),
				),
			);
		expect(named('Volgens de Handleiding Implementatie.')).toEqual([]);
		expect(named('Het programma Zorg Evaluatie & Gepast Gebruik.')).toEqual([]);
		// Longest first: the name wins over the term "lerend netwerk" at the same place.
		expect(named('In Lerend Netwerk Noord.')).toEqual([]);
		// Outside the name the same words are terms again.
		expect(named('De Handleiding Implementatie.\n\nOver implementatie.')).toEqual([
			['implementatie', '/begrippen/implementatie/'],
		]);
		// A page adds names of its own in its frontmatter.
		expect(named('De Wet Borging Netwerken.', { properNames: ['Wet Borging Netwerken'] })).toEqual([]);
		expect(named('De Wet Borging Netwerken.')).toEqual([['Borging', '/begrippen/borging/']]);
		// A name keeps the case of its first letter: in running text the same words are terms.
		expect(named('Over de handleiding implementatie.')).toEqual([['implementatie', '/begrippen/implementatie/']]);
	});

	it('reads a title as its name, its abbreviation and its name without article', () => {
		expect(namesOf('Zorg Evaluatie & Gepast Gebruik (ZE&GG)')).toEqual([
			'Zorg Evaluatie & Gepast Gebruik (ZE&GG)',
			'Zorg Evaluatie & Gepast Gebruik',
			'ZE&GG',
		]);
		expect(namesOf('Het Instituut voor Briljante Mislukkingen')).toEqual([
			'Het Instituut voor Briljante Mislukkingen',
			'Instituut voor Briljante Mislukkingen',
		]);
	});

	it('links at most one term per sentence, and none soon after another link', () => {
		// Four terms in one sentence: one link.
		expect(links(render('Een netwerk, borging, een doelgroepanalyse en de PDCA-cyclus.'))).toEqual([
			['netwerk', '/begrippen/netwerk/'],
		]);
		// The next sentence may link once the gap since the last link is long enough.
		const long = 'Een netwerk is een groep mensen die samen werken aan een doel dat zij delen. Daarna komt borging.';
		expect(links(render(long))).toEqual([
			['netwerk', '/begrippen/netwerk/'],
			['borging', '/begrippen/borging/'],
		]);
		// Too close: a short sentence right after a link stays plain; the term is linked at its next mention.
		expect(links(render('Een netwerk helpt. Borging ook.\n\nHier weer borging.'))).toEqual([
			['netwerk', '/begrippen/netwerk/'],
			['borging', '/begrippen/borging/'],
		]);
		// A hand-written link is the sentence's link.
		expect(links(render('Zie [de site](https://example.org) over borging.'))).toEqual([]);
	});

	it('pins a rendered page', async () => {
		const markdown = [
			'## Over lerende netwerken',
			'',
			'Een lerend netwerk helpt bij borging. Een netwerk alleen is niet genoeg; borging ook niet.',
			'',
			'- Start met een doelgroepanalyse.',
			'- Gebruik de PDCA-cyclus en `PDCA`.',
			'',
			'Zie [het netwerk](/begrippen/netwerk/).',
		].join('\n');
		await expect(render(markdown)).toMatchFileSnapshot('__snapshots__/remark-glossary-links.html');
	});

	it('refuses to run without a term list', () => {
		const processor = unified()
			.use(remarkParse)
			.use(remarkGlossaryLinks, {} as never);
		expect(() => processor.runSync(processor.parse('x'))).toThrow(
			'remarkGlossaryLinks: expected options.terms to be a list of glossary terms',
		);
	});

	it('loads the published terms of a content folder, without drafts', () => {
		const terms = loadGlossaryTerms(FIXTURE_CONTENT);
		expect(terms.map((t) => t.slug)).toEqual(['borging', 'implementatie']);
		expect(terms[0]?.aliases.length).toBeGreaterThan(0);
	});

	it('builds one matcher that handles 50,000 terms over a text of as many mentions', () => {
		// A matcher that tried every form at every word (or compiled a pattern per form) would not finish
		// within the test's timeout on this input; the index by first word does it in well under a second.
		const count = 50_000;
		const many: GlossaryTerm[] = Array.from({ length: count }, (_, i) => ({
			slug: `term-${i}`,
			term: `begrip${i}`,
			aliases: [`begrip${i} plus`],
			definition: 'x',
		}));
		const matcher = createGlossaryMatcher(many);
		// Every third mention is the longer alias, every third a compound (no match), every third the term.
		const mentions = Array.from({ length: count }, (_, i) =>
			i % 3 === 0 ? `begrip${i} plus` : i % 3 === 1 ? `begrip${i}-plan` : `begrip${i}`,
		);
		const found = matcher.matches(`Zie ${mentions.join(', ')}.`).map((m) => `${m.term.slug}:${m.text}`);
		expect(found).toEqual(mentions.flatMap((text, i) => (i % 3 === 1 ? [] : [`term-${i}:${text}`])));
		expect(found).toHaveLength(33_333);
	});

	it('matches forms with punctuation between or after their words, as written', () => {
		const forms: GlossaryTerm[] = [
			{ slug: 'pdca', term: 'Plan-Do-Check-Act', aliases: ['plan / do'], definition: 'x' },
			{ slug: 'cpp', term: 'C++', aliases: [], definition: 'x' },
			{ slug: 'c', term: 'C', aliases: [], definition: 'x' },
		];
		const matcher = createGlossaryMatcher(forms);
		const found = (text: string) => matcher.matches(text).map((m) => `${m.term.slug}:${m.text}`);
		expect(found('De plan-do-check-act cyclus.')).toEqual(['pdca:plan-do-check-act']);
		expect(found('Eerst Plan /\n do, dan C++ en C.')).toEqual(['pdca:Plan /\n do', 'cpp:C++', 'c:C']);
		// A different separator, a missing word or a longer compound is no match.
		expect(found('plan-do of plan do-check of plan-do-check-acties')).toEqual([]);
	});
});

describe('property: random Markdown', () => {
	const words = ['borging', 'netwerk', 'lerend netwerk', 'PDCA-cyclus', 'tekst', 'één-op-één', 'x'];
	const inline = fc.oneof(
		fc.constantFrom(...words),
		fc.constantFrom(...words).map((w) => `[${w}](/x/)`),
		fc.constantFrom(...words).map((w) => `\`${w}\``),
		fc.constantFrom(...words).map((w) => `*${w}*`),
		fc.constantFrom(...words).map((w) => `<a href="/y">${w}</a>`),
		fc.constantFrom(...words).map((w) => `<code>${w}</code>`),
		fc.string({ maxLength: 12 }),
	);
	const line = fc.array(inline, { maxLength: 6 }).map((parts) => parts.join(' '));
	const block = fc.oneof(
		line,
		line.map((l) => `# ${l}`),
		line.map((l) => `- ${l}`),
		line.map((l) => `> ${l}`),
		line.map((l) => `| ${l.replace(/\|/g, '')} | a |\n| - | - |\n| b | ${l.replace(/\|/g, '')} |`),
		fc.constantFrom(...words).map((w) => '```\n' + w + '\n```'),
	);
	const markdown = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));

	it('never throws and never puts a link inside a link or inside code', () => {
		fc.assert(
			fc.property(markdown, (md) => {
				const root = parse(render(md));
				for (const link of root.querySelectorAll('a.term-link')) {
					for (let el = link.parentNode; el; el = el.parentNode) {
						const tag = el.tagName?.toLowerCase();
						expect(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']).not.toContain(tag);
					}
				}
			}),
			{ numRuns: 300 },
		);
	});
});
