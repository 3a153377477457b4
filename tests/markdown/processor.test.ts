/** Markdown rendered in worker threads is the same as on the main thread. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGlossaryTerms } from '../../src/markdown/glossary-terms.ts';
import config from '../../astro.config.mjs';
import { astroMarkdownSettings, markdownOptions } from '../../src/markdown/pipeline.ts';
import { MIN_FILES_FOR_WORKERS, RenderPool, workerCount } from '../../src/markdown/processor.ts';

const shared = { ...astroMarkdownSettings, gfm: true };
const terms = loadGlossaryTerms();
const pool = new RenderPool(2, shared, terms);
afterAll(() => pool.close());

// The workers skip Astro's closing rehype-raw on trees without raw HTML
// (src/markdown/rehype-raw-when-needed.ts); these must still come out the same.
const body = (file: string) => readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const samples = [
	'# Borging\n\nBorging en **implementatie** hangen samen. Zie ook [de handleiding](/handleiding/).',
	'| Stap | Wie |\n| --- | --- |\n| 1 | team |\n\n<details><summary>Meer</summary>\n\nTekst over een pilot.\n</details>',
	'<script>alert(1)</script><img src="x" onerror="alert(2)" alt="x"> en [klik](javascript:alert(3))',
	// The sanitiser leaves a table inside a paragraph here; parse5 must still repair it.
	'<form action="/x"><table><tr><td>cel</td></tr></table></form> na',
	'- lijst met `code` en &amp; &copy;\n  1. genest\n\n> citaat met [link](https://example.org) en www.example.org\n\nVoetnoot[^1].\n\n[^1]: De noot.',
	body('tests/fixtures/xss/payloads.md'),
	'Een voorbeeld:\n\n```yaml\nterm: Borging\n```\n\n    ingesprongen code',
	...['content/stappen', 'content/tools', 'content/begrippen'].flatMap((dir) =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.md'))
			.slice(0, 8)
			.map((f) => body(join(dir, f))),
	),
];

describe('render workers', () => {
	it('render the same HTML, headings and frontmatter as the main thread', async () => {
		const options = markdownOptions(terms);
		const main = await createMarkdownProcessor({
			...shared,
			remarkPlugins: options.remarkPlugins,
			rehypePlugins: options.rehypePlugins,
			smartypants: options.smartypants,
		});
		for (const [i, text] of samples.entries()) {
			const opts = {
				frontmatter: { title: `Voorbeeld ${i}` },
				fileURL: new URL(`file:///site/content/tools/voorbeeld-${i}.md`),
			};
			const [inWorker, onMain] = await Promise.all([pool.render(text, opts), main.render(text, opts)]);
			expect(inWorker).toEqual(onMain);
		}
	});

	it('spread the work: many renders at once all come back, each with its own result', async () => {
		const results = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.render(`Pagina ${i} over borging.`)));
		expect(results.map((r) => /Pagina (\d+)/.exec(r.code)?.[1])).toEqual(
			Array.from({ length: 20 }, (_, i) => String(i)),
		);
		expect(results.every((r) => r.code.includes('class="term-link"'))).toBe(true);
	});
});

describe('code blocks', () => {
	it('come out as plain <pre><code> with their language class, without Shiki', async () => {
		expect(config.markdown?.syntaxHighlight).toBe(astroMarkdownSettings.syntaxHighlight);
		const { code } = await pool.render('```js\nconst a = 1; // uitleg\n```');
		// Shiki's coloured spans would lose their style to the sanitiser, and the class with them.
		expect(code).toBe('<pre><code class="language-js">const a = 1; // uitleg\n</code></pre>');
	});
});

describe('the glossary in the workers', () => {
	it('is the list the pool was given, not a fresh read of the content folder', async () => {
		const own = new RenderPool(1, shared, [
			{ slug: 'proeftuin', term: 'Proeftuin', aliases: [], definition: 'Een plek om te oefenen.' },
		]);
		const { code } = await own.render('Een proeftuin voor borging.');
		await own.close();
		expect(code).toContain('href="/begrippen/proeftuin/"');
		expect(code).not.toContain('/begrippen/borging/');
	});
});

describe('a worker that dies', () => {
	it('fails the job with its error, and later jobs at once instead of hanging', async () => {
		const broken = new RenderPool(1, shared, terms, new URL('./does-not-exist.ts', import.meta.url));
		await expect(broken.render('Tekst')).rejects.toThrow(/does-not-exist/);
		await expect(broken.render('Meer tekst')).rejects.toThrow(/does-not-exist/);
		await broken.close();
	});
});

describe('workerCount', () => {
	it('uses workers only for larger sites on more than one core, at most four', () => {
		expect(workerCount(MIN_FILES_FOR_WORKERS - 1, {}, 8)).toBe(0);
		expect(workerCount(MIN_FILES_FOR_WORKERS, {}, 1)).toBe(0);
		expect(workerCount(MIN_FILES_FOR_WORKERS, {}, 2)).toBe(2);
		expect(workerCount(10_000, {}, 16)).toBe(4);
	});
	it('follows IW_MARKDOWN_WORKERS', () => {
		expect(workerCount(10_000, { IW_MARKDOWN_WORKERS: '0' }, 8)).toBe(0);
		expect(workerCount(10, { IW_MARKDOWN_WORKERS: '3' }, 2)).toBe(3);
	});
});
