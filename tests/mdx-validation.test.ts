/**
 * The MDX body checks (src/lib/validation/mdx.ts for code, body.ts for what
 * the sanitiser removes while rendering): what they accept, the cases the
 * bad-content corpus does not cover, and (fast-check) that they agree with the
 * build: an element or attribute is reported exactly when the build would
 * drop it, so nothing disappears in silence.
 */
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkBodies } from '../src/lib/validation/body.ts';
import { checkMdx } from '../src/lib/validation/mdx.ts';
import { renderMdxHtml } from './helpers.ts';

const check = async (body: string, file = 'content/begrippen/proef.mdx') => {
	const entries = [{ collection: 'begrippen' as const, id: 'proef', file, data: {}, body }];
	return [...checkMdx(entries), ...(await checkBodies(entries, []))].map((p) => p.message);
};

describe('checkMdx', () => {
	it('accepts Markdown, safe HTML, comments and a lone < in text', async () => {
		expect(
			await check(`Tekst met **nadruk**, a < b en een [link](/handleiding/).

<details open>
<summary>Meer</summary>

<abbr title="Nederlands Implementatie Collectief">NIC</abbr> <a href="mailto:info@example.org">mail</a>
</details>

{/* een opmerking */}
`),
		).toEqual([]);
	});

	it('reads {x} in .md files as text, and their HTML as raw HTML for the sanitiser', async () => {
		expect(await check('<script>alert(1)</script> {x}', 'content/begrippen/proef.md')).toEqual([
			'<script> is niet toegestaan (regel 1 van de tekst) en verdwijnt met de tekst erin; gebruik Markdown, of veilige HTML zoals <details>, <abbr>, <figure> of <table>',
		]);
	});

	it('reports expression and spread attributes, fragments and dotted components', async () => {
		expect(await check('<img src={bron} alt="x" {...rest} /> <>tekst</> <ui.Kaart />')).toEqual([
			'<img> attribuut src={bron} is JavaScript (regel 1 van de tekst); tekst op de site mag geen code uitvoeren: schrijf een gewone waarde tussen aanhalingstekens, src="…"',
			'<img> attribuut {...rest} is JavaScript (regel 1 van de tekst); tekst op de site mag geen code uitvoeren: haal het weg',
			'fragment <>…</> is niet toegestaan (regel 1 van de tekst); haal <> en </> weg',
			'component <ui.Kaart> is niet toegestaan (regel 1 van de tekst); teksten kunnen nog geen componenten gebruiken',
		]);
	});

	it('reports attributes the sanitiser removes, and image URLs it does not allow', async () => {
		expect(await check('<div style="color: red">x</div>\n\n<img src="data:image/png;base64,AAAA" alt="x" />')).toEqual([
			'<div> attribuut style is niet toegestaan (regel 1 van de tekst); haal het weg',
			'<img> attribuut src="data:image/png;base64,AAAA" is niet toegestaan (regel 3 van de tekst); verwacht een adres op deze site of een dat begint met http: of https:',
		]);
	});

	it('reports every import and export, and gives the line of a syntax error', async () => {
		expect(await check('Tekst\n\nexport const x = 1\n')).toEqual([
			'"export const x = 1" is niet toegestaan (regel 3 van de tekst); een tekst mag geen code laden: haal het weg',
		]);
		expect(await check('Tekst\n\n<div>\n\nopen')).toEqual([
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
				// Kept as written: a boolean attribute comes back empty, an id with the content prefix.
				const kept = parse(html)
					.querySelectorAll(t)
					.some((element) => {
						const got = element.getAttribute(a);
						return got === v || (got === '' && a === 'open') || (a === 'id' && got === `user-content-${v}`);
					});
				expect((await check(body)).length === 0, `${body}→ ${html}`).toBe(kept);
			}),
			{ numRuns: 300 },
		);
	});
});
