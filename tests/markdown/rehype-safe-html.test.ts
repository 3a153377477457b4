/**
 * The sanitiser, run through Astro's own Markdown pipeline with our plugin:
 * what survives, what is removed, and (fast-check) that no generated input
 * ever yields an event-handler attribute or a `javascript:` URL.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import remarkGfm from 'remark-gfm';
import type { Root as MdastRoot } from 'mdast';
import { describe, expect, it } from 'vitest';
import rehypeSafeHtml from '../../src/markdown/rehype-safe-html.ts';

const processor = await createMarkdownProcessor({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSafeHtml] });
const render = async (markdown: string) => (await processor.render(markdown)).code;
// The same pipeline with rehype-raw forced on every tree, as before the fast path for trees without raw HTML.
const alwaysRaw = await createMarkdownProcessor({
	remarkPlugins: [remarkGfm, () => (tree: MdastRoot) => void tree.children.push({ type: 'html', value: '<!--raw-->' })],
	rehypePlugins: [rehypeSafeHtml],
});

const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'srcset',
	'action',
	'formaction',
	'xlink:href',
	'background',
	'poster',
	'cite',
	'data',
	'longdesc',
]);

/** True when any element has an on* attribute or a javascript:/data: URL. */
function unsafe(html: string): string | undefined {
	for (const el of parse(html).querySelectorAll('*')) {
		for (const [name, value] of Object.entries(el.attributes)) {
			if (/^on/i.test(name)) return `${el.tagName} ${name}`;
			if (!URL_ATTRIBUTES.has(name.toLowerCase())) continue;
			// Browsers ignore control characters and spaces inside a scheme.
			// eslint-disable-next-line no-control-regex -- that is exactly what it matches
			const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
			if (/^(javascript|vbscript|data):/.test(compact)) return `${el.tagName} ${name}=${value}`;
		}
		if (['script', 'style', 'iframe', 'object', 'embed', 'svg', 'form'].includes(el.tagName.toLowerCase()))
			return el.tagName;
	}
	return undefined;
}

describe('rehypeSafeHtml', () => {
	it('gives the same HTML without rehype-raw when a page has no raw HTML', async () => {
		const markdown = [
			'## Kop met *nadruk*',
			'',
			'Tekst met [een link](/begrippen/borging/ "Titel"), `code`, ~~doorgehaald~~ en https://example.org.',
			'',
			'| Soort | Kosten |',
			'| :-- | --: |',
			'| gratis | 0 |',
			'',
			'- [x] klaar',
			'- [ ] nog niet',
			'',
			'> Citaat[^1]',
			'',
			'[^1]: Voetnoot.',
			'',
			'![Een plaatje](/img.png)',
		].join('\n');
		// The forced run parses an HTML comment, which the sanitiser removes (leaving a blank line).
		const lines = (html: string) => html.replace(/\n+/g, '\n').trim();
		expect(lines(await render(markdown))).toBe(lines((await alwaysRaw.render(markdown)).code));
	});

	it('keeps the safe subset: tables, details/summary, abbr, figure, images with alt', async () => {
		const html = await render(`
<table><caption>Kosten</caption><thead><tr><th>Soort</th></tr></thead><tbody><tr><td>gratis</td></tr></tbody></table>

<details><summary>Meer</summary>Uitleg</details>

<abbr title="Nederlands Implementatie Collectief">NIC</abbr>

<figure><img src="/plaatje.png" alt="Een schema"><figcaption>Schema</figcaption></figure>
`);
		await expect(html).toMatchFileSnapshot('__snapshots__/safe-subset.html');
		expect(html).toContain('<abbr title="Nederlands Implementatie Collectief">NIC</abbr>');
		expect(html).toContain('<img src="/plaatje.png" alt="Een schema">');
		expect(html).toContain('<details><summary>Meer</summary>');
	});

	it('removes scripts, styles, event handlers and dangerous URLs', async () => {
		const html = await render(`
<script>alert(1)</script>
<style>body { background: url(javascript:alert(2)) }</style>
<img src="x.png" alt="x" onerror="alert(3)">
<svg onload="alert(4)"><circle r="1"/></svg>
<a href="javascript:alert(5)">klik</a>
<iframe srcdoc="<script>alert(6)</script>"></iframe>
<p style="background:url(javascript:alert(7))">tekst</p>

[link](javascript:alert(8)) en [data](data:text/html,<script>alert(9)</script>)
`);
		expect(unsafe(html)).toBeUndefined();
		expect(html).not.toMatch(/alert\(1\)|alert\(2\)/);
		await expect(html).toMatchFileSnapshot('__snapshots__/payloads.html');
	});

	it('removes images without alt text', async () => {
		expect(await render('<img src="/a.png">\n\n![](/b.png)\n\n![Uitleg](/c.png)')).toBe(
			'\n<p></p>\n<p><img src="/c.png" alt="Uitleg"></p>',
		);
	});

	it('keeps GFM footnotes linked to their ids', async () => {
		const html = parse(await render('Tekst[^1].\n\n[^1]: Bron.'));
		const ref = html.querySelector('a[data-footnote-ref]')?.getAttribute('href') ?? '';
		expect(html.querySelector(ref)).not.toBeNull();
	});

	it('never outputs an event handler or a javascript: URL (property)', async () => {
		const tag = fc.constantFrom(
			'a',
			'img',
			'svg',
			'div',
			'p',
			'iframe',
			'details',
			'abbr',
			'figure',
			'math',
			'object',
			'form',
			'input',
			'table',
			'td',
			'video',
			'body',
			'base',
		);
		const attr = fc.oneof(
			fc.constantFrom(
				'onerror',
				'onload',
				'onclick',
				'ONMOUSEOVER',
				'onfocus',
				'href',
				'src',
				'srcdoc',
				'style',
				'formaction',
				'xlink:href',
				'action',
				'background',
				'title',
				'alt',
			),
			fc.stringMatching(/^on[a-z]{1,8}$/),
		);
		const url = fc.oneof(
			fc.constantFrom(
				'javascript:alert(1)',
				'JaVaScRiPt:alert(1)',
				' javascript:alert(1)',
				'java\tscript:alert(1)',
				'java&#x09;script:alert(1)',
				'&#106;avascript:alert(1)',
				'data:text/html,<script>alert(1)</script>',
				'vbscript:x',
				'https://example.org',
				'/pad/',
			),
			fc.string(),
		);
		const element = fc
			.tuple(tag, fc.array(fc.tuple(attr, url), { maxLength: 3 }), fc.string({ maxLength: 20 }))
			.map(
				([t, attrs, text]) =>
					`<${t} ${attrs.map(([a, v]) => `${a}="${v.replace(/"/g, '&quot;')}"`).join(' ')}>${text}</${t}>`,
			);
		const markdownLink = url.map((u) => `[x](${u}) ![y](${u}) <${u}>`);
		const doc = fc
			.array(fc.oneof(element, markdownLink, fc.string()), { minLength: 1, maxLength: 6 })
			.map((parts) => parts.join('\n\n'));
		await fc.assert(
			fc.asyncProperty(doc, async (markdown) => {
				expect(unsafe(await render(markdown)), markdown).toBeUndefined();
			}),
			{ numRuns: 300 },
		);
	});
});
