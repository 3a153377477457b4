/** Tables scroll in their own labelled, focusable region, so a wide table no longer widens the page. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeTableScroll from '../../src/markdown/rehype-table-scroll.ts';

const render = (markdown: string, raw = false) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkRehype, { allowDangerousHtml: raw })
			.use(rehypeTableScroll)
			.use(rehypeStringify, { allowDangerousHtml: raw })
			.processSync(markdown),
	);

const table = '| Criterium | Koplopers |\n| --- | --- |\n| Beheer | Globaal |\n';

describe('rehypeTableScroll', () => {
	it('wraps a table in a focusable region named after the heading above it', () => {
		expect(render(`## De zes criteria\n\nTekst.\n\n${table}`)).toContain(
			'<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel: De zes criteria"><table>',
		);
	});

	it('names a table without a heading after its column heads', () => {
		expect(render(table)).toContain('aria-label="Tabel: Criterium, Koplopers"');
	});

	it('takes the nearest heading when there are several', () => {
		expect(render(`## Eerste\n\n### Tweede\n\n${table}`)).toContain('aria-label="Tabel: Tweede"');
	});

	it('wraps every table once, and leaves other content alone', () => {
		const html = render(`Alleen tekst.\n\n${table}\n\nMeer tekst.\n\n${table}`);
		expect(html.match(/class="table-scroll"/g)).toHaveLength(2);
		expect(html.match(/<table>/g)).toHaveLength(2);
		expect(render('Alleen tekst.')).toBe('<p>Alleen tekst.</p>');
	});
});
