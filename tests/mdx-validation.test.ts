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
			'<img> attribuut src={bron} is JavaScript (regel 1 van de tekst); tekst op de site mag geen code uitvoeren: schrijf een gewone waarde tussen aanhalingstekens, src="…"',
			'<img> attribuut {...rest} is JavaScript (regel 1 van de tekst); tekst op de site mag geen code uitvoeren: haal het weg',
			'fragment <>…</> is niet toegestaan (regel 1 van de tekst); haal <> en </> weg',
			'component <ui.Kaart> is niet toegestaan (regel 1 van de tekst); teksten kunnen nog geen componenten gebruiken',
		]);
	});

	it('reports attributes the sanitiser removes, and image URLs it does not allow', () => {
		expect(check('<div style="color: red">x</div>\n\n<img src="data:image/png;base64,AAAA" alt="x" />')).toEqual([
			'<div> attribuut style is niet toegestaan (regel 1 van de tekst); haal het weg',
			'<img> attribuut src="data:image/png;base64,AAAA" is niet toegestaan (regel 3 van de tekst); verwacht een adres op deze site of een dat begint met http: of https:',
		]);
	});

	it('reports every import and export, and gives the line of a syntax error', () => {
		expect(check('Tekst\n\nexport const x = 1\n')).toEqual([
			'"export const x = 1" is niet toegestaan (regel 3 van de tekst); een tekst mag geen code laden: haal het weg',
		]);
		expect(check('Tekst\n\n<div>\n\nopen')).toEqual([
			'de MDX klopt niet (regel 3 van de tekst): Expected a closing tag for `<div>`; schrijf \\< of \\{ om < of { als tekst te tonen',
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
