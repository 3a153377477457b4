/**
 * What the build gives Pagefind and the search, read from the built site:
 * labels and values apart in the indexed text, English equivalents weighed
 * like aliases, the meta the best match and compounds need, and the
 * vocabulary and page count the search fetches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readFragments } from '../scripts/pagefind-files.ts';
import { parseSearchManifest, SEARCH_MANIFEST_URL } from '../src/lib/search-shards.ts';
import { parseVocabulary, SEARCH_TERMS_META, SEARCH_VOCABULARY_URL } from '../src/lib/search-vocabulary.ts';
import { loadContent } from '../src/lib/validation/load.ts';
import { isStopWord } from '../src/lib/stopwords.ts';
import { DIST, page } from './site.ts';

const fragments = [...readFragments(join(DIST, 'pagefind'))];
const fragment = (url: string) => {
	const found = fragments.find((f) => f.url === url);
	if (!found) throw new Error(`no indexed page ${url}`);
	return found;
};

describe('the indexed text', () => {
	it('keeps every label apart from its value, with a colon, and ends each field with a full stop', () => {
		const opschaling = fragment('/begrippen/opschaling/');
		expect(opschaling.content).toContain(
			'Andere vormen: opschalen, opgeschaald, opschalingsproces. In het Engels: scale-up, scaling up. Uitleg.',
		);
		// Every field label of every indexed page, of every collection, is followed by its colon in the index.
		const labels = fragments.flatMap((f) =>
			page(f.url)
				.querySelectorAll('dl.fields dt')
				.map((dt) => ({ url: f.url, label: dt.textContent.replace(/:\s*$/, '').trim() })),
		);
		expect(new Set(labels.map(({ url }) => url.split('/')[1]))).toEqual(
			new Set([
				'begrippen',
				'methoden-en-tools',
				'trainingen',
				'rapporten',
				'werkgroepen',
				'netwerken',
				'organisaties',
			]),
		);
		const glued = labels.filter(({ url, label }) => !fragment(url).content.includes(`${label}: `));
		expect(glued).toEqual([]);
		expect(fragment('/netwerken/expertisenetwerk-implementatie/').content).toContain('Soort: Implementatienetwerk.');
		expect(fragment('/organisaties/cibg/').content).toContain('Rol in de bronnen: Taak in de landelijke');
	});

	it('weighs English equivalents as much as aliases, and has both as meta', () => {
		const dd = page('/begrippen/opschaling/').querySelectorAll('dl.fields dd > div');
		expect(dd.map((d) => [d.getAttribute('data-pagefind-weight'), d.getAttribute('data-pagefind-meta')])).toEqual([
			['8', 'aliases'],
			['8', 'english'],
		]);
		expect(fragment('/begrippen/opschaling/').meta).toMatchObject({
			aliases: 'opschalen, opgeschaald, opschalingsproces',
			english: 'scale-up, scaling up',
		});
	});

	it('has the summary of a step or tool right after its title, where the best-match card reads it', () => {
		expect(fragment('/handleiding/voorbereiding/').content).toMatch(/^Stap 1 van 6\. Voorbereiding\. \S+/);
		expect(fragment('/methoden-en-tools/cfir/').content).toMatch(
			/^CFIR \(Consolidated Framework for Implementation Research\)\. \S+/,
		);
	});

	it('gives compound titles and aliases their parts as meta, from the glossary', () => {
		expect(fragment('/begrippen/implementatiecoach/').meta['parts']).toBe('implementatie coach coaches');
		expect(fragment('/begrippen/implementatiedeskundige/').meta['parts']).toContain('deskundigheid');
		expect(fragment('/begrippen/borging/').meta['parts']).toBeUndefined();
	});

	it('has the everyday search words of every term and tool as meta, not as text on the page', () => {
		const withTerms = loadContent('content')
			.entries.map((e) => ({ ...e, data: e.data as Record<string, unknown> }))
			.filter(
				(e) =>
					(e.collection === 'begrippen' || e.collection === 'tools') &&
					((e.data['searchTerms'] as string[] | undefined) ?? []).length > 0,
			);
		expect(withTerms.length).toBeGreaterThan(0);
		for (const { collection, id, data } of withTerms) {
			const url = `/${collection === 'tools' ? 'methoden-en-tools' : collection}/${id}/`;
			const terms = (data['searchTerms'] as string[]).join(', ');
			expect(fragment(url).meta[SEARCH_TERMS_META], url).toBe(terms);
			expect(fragment(url).content, url).not.toContain(terms);
			// On the page only in the hidden meta element.
			const article = page(url).querySelector('article')?.clone() as HTMLElement | undefined;
			const meta = article?.querySelector(`[data-pagefind-meta="${SEARCH_TERMS_META}"]`);
			expect(meta?.hasAttribute('hidden'), url).toBe(true);
			meta?.remove();
			expect(article?.textContent, url).not.toContain(terms);
		}
	});

	it('reads a key figure of a report as "label: value." and leaves the chart out', () => {
		const report = fragments.find((f) => /^Netwerken voor zorgverbetering/.test(f.meta['title'] ?? ''));
		expect(report?.content).toMatch(/Interviews \(respondenten\): 18 interviews\./);
		expect(report?.content).not.toMatch(/Kerncijfers in/);
	});
});

describe('what the search fetches', () => {
	it('counts the indexed pages in the manifest', () => {
		const manifest = parseSearchManifest(JSON.parse(readFileSync(join(DIST, SEARCH_MANIFEST_URL), 'utf8')));
		expect(manifest.pages).toBe(fragments.length);
	});

	it('writes a vocabulary of names and frequent words, without stop words', () => {
		const { words } = parseVocabulary(JSON.parse(readFileSync(join(DIST, SEARCH_VOCABULARY_URL), 'utf8')));
		for (const word of ['implementatieplan', 'weerstand', 'strategie', 'scale-up', 'doorbraakmethode'])
			expect(words, word).toContain(word);
		expect(words.filter((word) => isStopWord(word))).toEqual([]);
		expect(new Set(words).size).toBe(words.length);
	});
});
