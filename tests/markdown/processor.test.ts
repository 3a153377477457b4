/**
 * Markdown rendered in worker threads (src/markdown/processor.ts) is the same
 * as Astro's own renderer makes on the main thread, and the pool steps aside
 * when an integration has added plugins it cannot run.
 */
import { unified } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGlossaryTerms } from '../../src/markdown/glossary-terms.ts';
import config from '../../astro.config.mjs';
import { astroMarkdownSettings, markdownOptions } from '../../src/markdown/pipeline.ts';
import { markdownProcessor, MIN_FILES_FOR_WORKERS, RenderPool, workerCount } from '../../src/markdown/processor.ts';

// What Astro's content layer hands createRenderer, less what is unset.
const shared = { ...astroMarkdownSettings, image: {} };
const terms = loadGlossaryTerms();
/** A log that keeps what the processor says. */
const quiet = () => {
	const said = { info: [] as string[], warn: [] as string[] };
	return { said, info: (m: string) => void said.info.push(m), warn: (m: string) => void said.warn.push(m) };
};
const log = quiet();
const pool = await markdownProcessor({ workers: 2, log }).createRenderer(shared);
afterAll(() => (pool instanceof RenderPool ? pool.close() : undefined));
/** Astro's renderer for the same options, on the main thread: what the workers must match. */
const astro = await unified(markdownOptions(terms)).createRenderer(shared);

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
	it('start for a processor with only its own plugins, and say so', () => {
		expect(pool).toBeInstanceOf(RenderPool);
		expect(log.said).toEqual({ info: ['rendering Markdown in 2 worker threads'], warn: [] });
	});

	it("render the same HTML, headings and frontmatter as Astro's own renderer on the main thread", async () => {
		for (const [i, text] of samples.entries()) {
			const opts = {
				frontmatter: { title: `Voorbeeld ${i}` },
				fileURL: new URL(`file:///site/content/tools/voorbeeld-${i}.md`),
			};
			const [inWorker, onMain] = await Promise.all([pool.render(text, opts), astro.render(text, opts)]);
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

describe('plugins and settings added through processor.options', () => {
	/** A remark plugin as an integration would add it: appends a paragraph. */
	function remarkStamp() {
		return (tree: Root) => {
			tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'gestempeld' }] });
		};
	}
	const rehypeNothing = () => () => undefined;

	it('keep the workers from starting, with a warning, and run on the main thread', async () => {
		const log = quiet();
		const processor = markdownProcessor({ workers: 2, log });
		// What Astro does with an integration's `markdown.remarkPlugins` (updateConfig).
		processor.options.remarkPlugins.push(remarkStamp);
		processor.options.rehypePlugins.push([rehypeNothing, {}]);
		const renderer = await processor.createRenderer(shared);
		expect(renderer).not.toBeInstanceOf(RenderPool);
		expect(log.said).toEqual({
			info: [],
			warn: [
				'Markdown render workers not started: plugins were added through processor.options, which a worker ' +
					'cannot load (remarkPlugins: remarkStamp, rehypePlugins: rehypeNothing); rendering on the main thread.',
			],
		});
		const { code } = await renderer.render('Tekst.');
		expect(code).toBe('<p>Tekst.</p>\n<p>gestempeld</p>');
		// Astro asks once per collection; the warning comes once.
		await processor.createRenderer(shared);
		expect(log.said.warn).toHaveLength(1);
	});

	it('keep the workers from starting when a plugin was taken out, too', async () => {
		const log = quiet();
		const processor = markdownProcessor({ workers: 2, log });
		processor.options.rehypePlugins.pop();
		expect(await processor.createRenderer(shared)).not.toBeInstanceOf(RenderPool);
		expect(log.said.warn).toEqual([
			'Markdown render workers not started: processor.options.rehypePlugins were changed, which a worker cannot ' +
				'follow; rendering on the main thread.',
		]);
	});

	it('reach the workers when they are settings, not plugins', async () => {
		const processor = markdownProcessor({ workers: 1, log: quiet() });
		processor.options.remarkRehype['footnoteLabel'] = 'Voetnoten';
		const renderer = await processor.createRenderer(shared);
		expect(renderer).toBeInstanceOf(RenderPool);
		const { code } = await renderer.render('Tekst[^1].\n\n[^1]: Noot.');
		await (renderer as RenderPool).close();
		expect(code).toContain('>Voetnoten</h2>');
	});

	it('keep the workers from starting when a setting cannot be sent to a thread', async () => {
		const log = quiet();
		const processor = markdownProcessor({ workers: 2, log });
		processor.options.remarkRehype['handlers'] = { blockquote: () => undefined };
		expect(await processor.createRenderer(shared)).not.toBeInstanceOf(RenderPool);
		expect(log.said.warn).toEqual([
			expect.stringMatching(
				/^Markdown render workers not started: its options cannot be sent to a worker thread \(.*could not be cloned.*\); rendering on the main thread\.$/,
			),
		]);
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
		const own = new RenderPool(1, {
			shared,
			settings: {},
			terms: [{ slug: 'proeftuin', term: 'Proeftuin', aliases: [], definition: 'Een plek om te oefenen.' }],
			protectedNames: ['Proeftuin Noord'],
		});
		const { code } = await own.render('Een proeftuin voor borging.');
		// The proper names come from the pool too: nothing is linked inside this one.
		const named = await own.render('De Proeftuin Noord.');
		await own.close();
		expect(code).toContain('href="/begrippen/proeftuin/"');
		expect(code).not.toContain('/begrippen/borging/');
		expect(named.code).not.toContain('/begrippen/proeftuin/');
	});
});

describe('a worker that dies', () => {
	it('fails the job with its error, and later jobs at once instead of hanging', async () => {
		const broken = new RenderPool(
			1,
			{ shared, settings: {}, terms, protectedNames: [] },
			new URL('./does-not-exist.ts', import.meta.url),
		);
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
