/**
 * The MDX body check (src/lib/validation/mdx.ts) on its own: what it accepts,
 * the cases the bad-content corpus does not cover, and (fast-check) that it
 * agrees with the sanitiser in the build: an element or attribute is reported
 * exactly when the build would drop it, so nothing disappears in silence.
 */
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../src/lib/validation/mdx.ts';
import { renderMdxHtml } from './helpers.ts';

const check = (body: string, file = 'content/begrippen/proef.mdx') =>
	checkMdx([{ collection: 'begrippen', id: 'proef', file, data: {}, body }]).map((p) => p.message);

describe('checkMdx', () => {
	it('accepts Markdown, safe HTML, comments and a lone < in text', () => {
		expect(
			check(`Tekst met **nadruk**, a < b en een [link](/handleiding/).

<details open>
<summary>Meer</summary>

<abbr title="Nederlands Implementatie Collectief">NIC</abbr> <a href="mailto:info@example.org">mail</a>
</details>

{/* een opmerking */}
`),
		).toEqual([]);
	});

	it('skips .md files: their HTML is raw HTML, handled by the sanitiser', () => {
		expect(check('<script>alert(1)</script> {x}', 'content/begrippen/proef.md')).toEqual([]);
	});

	it('reports expression and spread attributes, fragments and dotted components', () => {
		expect(check('<img src={bron} alt="x" {...rest} /> <>tekst</> <ui.Kaart />')).toEqual([
			'<img> attribute src={bron} is JavaScript (line 1 of the text); content cannot run code: write a plain value in quotes, src="…"',
			'<img> attribute {...rest} is JavaScript (line 1 of the text); content cannot run code: remove it',
			'fragment <>…</> is not allowed (line 1 of the text); remove the <> and </>',
			'component <ui.Kaart> is not allowed (line 1 of the text); content files can use no components yet',
		]);
	});

	it('reports attributes the sanitiser removes, and image URLs it does not allow', () => {
		expect(check('<div style="color: red">x</div>\n\n<img src="data:image/png;base64,AAAA" alt="x" />')).toEqual([
			'<div> attribute style is not allowed (line 1 of the text); remove it',
			'<img> attribute src="data:image/png;base64,AAAA" is not allowed (line 3 of the text); expected a relative address or one starting with http: or https:',
		]);
	});

	it('reports every import and export, and gives the line of a syntax error', () => {
		expect(check('Tekst\n\nexport const x = 1\n')).toEqual([
			'"export const x = 1" is not allowed (line 3 of the text); content files cannot load code: remove it',
		]);
		expect(check('Tekst\n\n<div>\n\nopen')).toEqual([
			'MDX syntax error (line 3 of the text): Expected a closing tag for `<div>`; write \\< or \\{ to show < or { as text',
		]);
	});

	it('reports an element or attribute exactly when the build drops it (property)', async () => {
		const tag = fc.constantFrom(
			'a',
			'img',
			'abbr',
			'details',
			'summary',
			'div',
			'span',
			'p',
			'figure',
			'table',
			'script',
			'iframe',
			'svg',
			'object',
			'form',
		);
		const attr = fc.constantFrom(
			'href',
			'src',
			'title',
			'alt',
			'onclick',
			'onerror',
			'style',
			'class',
			'id',
			'open',
			'width',
			'data-x',
			'aria-label',
			'action',
			'srcdoc',
		);
		const value = fc.constantFrom('https://example.org/', '/pad', 'javascript:alert(1)', 'data:text/html,x', 'tekst');
		await fc.assert(
			fc.asyncProperty(tag, attr, value, async (t, a, v) => {
				// Images need alt text; otherwise the build drops them for that reason.
				const extra = t === 'img' && a !== 'alt' ? ' alt="x"' : '';
				const body = `<${t} ${a}="${v}"${extra}>inhoud</${t}>\n`;
				const html = await renderMdxHtml(body);
				const kept = parse(html)
					.querySelectorAll(t)
					.some((element) => element.getAttribute(a) !== undefined);
				expect(check(body).length === 0, `${body}→ ${html}`).toBe(kept);
			}),
			{ numRuns: 300 },
		);
	});
});
