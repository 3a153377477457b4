/**
 * MDX bodies through the sanitiser: rehype-safe-html (with rehype-mdx-html)
 * turns plain JSX HTML into elements and drops what would run as code. First
 * at the HTML level (remark-mdx → hast → our plugin → HTML), then through
 * Astro's own MDX compiler, to see that its plugins (frontmatter and headings
 * exports) still work after ours and no payload reaches the compiled module.
 */
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeSafeHtml from '../../src/markdown/rehype-safe-html.ts';
import { renderMdxHtml as render } from '../helpers.ts';

const PAYLOADS = `import gevaar from 'node:child_process'
export const x = alert('export')

# Kop

<script>alert('script')</script>

<img src="/a.png" alt="Plaatje" onerror="alert('onerror')" />

<a href="javascript:alert('href')" onclick="alert('onclick')">klik</a> en {alert('expressie')}

<img src={'javascript:alert(1)'} alt="expressie" /> <div {...{ onclick: 'alert(2)' }}>spreiding</div>

<Foo onload="alert('component')">geheim</Foo>

<svg onload="alert('svg')"><circle r="1" /></svg>

<iframe src="javascript:alert('iframe')" />

{/* een opmerking */}
`;

describe('rehypeSafeHtml on MDX', () => {
	it('drops scripts, event handlers, javascript: URLs, expressions, ESM and components', async () => {
		const html = await render(PAYLOADS);
		expect(html).not.toContain('<script');
		expect(html).not.toMatch(/\son\w+=/i);
		expect(html).not.toContain('javascript:');
		expect(html).not.toContain('alert');
		expect(html).not.toContain('geheim');
		expect(html).toContain('<img src="/a.png" alt="Plaatje">');
		await expect(html).toMatchFileSnapshot('__snapshots__/mdx-payloads.html');
	});

	it('keeps the safe subset written as JSX', async () => {
		const html = await render(`<details open>
<summary>Meer weten</summary>

Uitleg met **nadruk** en <abbr title="Nederlands Implementatie Collectief">NIC</abbr>.
</details>

<figure><img src="/schema.png" alt="Een schema" /><figcaption>Schema</figcaption></figure>

| Soort | Kosten |
| ----- | ------ |
| tool  | gratis |
`);
		expect(html).toContain('<details open>');
		expect(html).toContain('<summary>Meer weten</summary>');
		expect(html).toContain('<strong>nadruk</strong>');
		expect(html).toContain('<abbr title="Nederlands Implementatie Collectief">NIC</abbr>');
		expect(html).toContain('<figure><img src="/schema.png" alt="Een schema"><figcaption>Schema</figcaption></figure>');
	});

	it('leaves plain Markdown in .mdx as it is in .md', async () => {
		expect(await render('Een [link](https://example.org) en *nadruk*.')).toBe(
			'<p>Een <a href="https://example.org">link</a> en <em>nadruk</em>.</p>',
		);
	});
});

describe('Astro MDX compiler with our plugins', async () => {
	const renderer = await astroUnified({ rehypePlugins: [rehypeSafeHtml] }).createMdxRenderer?.(
		{},
		{ srcDir: new URL('../../src/', import.meta.url), optimize: false },
	);
	const compile = async (mdx: string) =>
		(await renderer?.process(mdx, '/tmp/proef.mdx', { title: 'Proef' }))?.code ?? '';

	it('compiles no payload into the module', async () => {
		const code = await compile(PAYLOADS);
		expect(code).not.toMatch(/alert|child_process|gevaar|\bFoo\b|onerror|onclick|onload|javascript:/);
		expect(code).not.toMatch(/"script"|"svg"|"iframe"/);
	});

	it('still gets Astro’s frontmatter and headings exports and keeps safe elements', async () => {
		const code = await compile('# Kop\n\n<details>\n<summary>Meer</summary>\n\nUitleg\n</details>\n');
		expect(code).toContain('export const frontmatter');
		expect(code).toContain('"title": "Proef"');
		expect(code).toMatch(/export function getHeadings\(\)[\s\S]*"slug": "kop"/);
		expect(code).toContain('details: "details"');
		expect(code).toContain('summary: "summary"');
	});
});
