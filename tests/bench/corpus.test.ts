import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distribution, generateCorpus, loadGlossary, toMarkdown, writeCorpus } from '../../scripts/bench/corpus.ts';
import { validateContent } from '../../src/lib/validation/check.ts';

const glossary = loadGlossary();
const corpus = generateCorpus({ pages: 60, seed: 7, glossary });
const dir = mkdtempSync(join(tmpdir(), 'iw-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench corpus generator', () => {
	it('is deterministic for a seed and differs for another seed', () => {
		const again = generateCorpus({ pages: 60, seed: 7, glossary });
		expect(again.map(toMarkdown)).toEqual(corpus.map(toMarkdown));
		const other = generateCorpus({ pages: 60, seed: 8, glossary });
		expect(other.map(toMarkdown)).not.toEqual(corpus.map(toMarkdown));
	});

	it('writes N pages that pass the validator, with exactly six steps', async () => {
		expect(corpus).toHaveLength(60);
		writeCorpus(dir, corpus);
		const { entries, problems } = await validateContent(dir);
		expect(problems).toEqual([]);
		expect(entries).toHaveLength(60);
		expect(
			entries
				.filter((e) => e.collection === 'stappen')
				.map((e) => e.data['step'])
				.sort(),
		).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('has about 900 words per page, internal links and real glossary terms', () => {
		const names = glossary.flatMap((t) => [t.term.toLowerCase(), ...t.aliases.map((a) => a.toLowerCase())]);
		for (const page of corpus) {
			const words = page.body.split(/\s+/).filter(Boolean).length;
			expect(words).toBeGreaterThanOrEqual(900);
			expect(words).toBeLessThan(1000);
			expect(page.body).toMatch(/\]\(\/[a-z-]+\/([a-z0-9-]+\/)?\)/);
			expect(names.some((name) => page.body.toLowerCase().includes(name))).toBe(true);
		}
	});

	it('keeps terms unique beyond the real glossary, at 10,000 pages', () => {
		const big = generateCorpus({ pages: 10_000, seed: 1, glossary });
		const terms = big.filter((p) => p.collection === 'begrippen').map((p) => String(p.data['term']).toLowerCase());
		expect(terms).toHaveLength(distribution(10_000).begrippen);
		expect(new Set(terms).size).toBe(terms.length);
		expect(new Set(big.map((p) => `${p.collection}/${p.id}`)).size).toBe(10_000);
	});

	it('refuses a corpus too small for the six steps and the fixed pages', () => {
		expect(() => generateCorpus({ pages: 10, glossary })).toThrow(
			'--pages must be a whole number of at least 20, got 10',
		);
	});
});
