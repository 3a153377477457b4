/**
 * The query pipeline over a small stand-in for Pagefind: a page matches when
 * each query word starts one of its words, and a word on no page is dropped
 * from the query, as Pagefind drops it. Pins what each step does to a query.
 */
import { describe, expect, it, vi } from 'vitest';
import { lexicon, type Lexicon } from '../lib/search-suggest.ts';
import { fold } from '../lib/search-text.ts';
import { runPipeline, type PagefindResponse, type PagefindSearch, type SearchRequest } from './search-pipeline.ts';

interface Page {
	url: string;
	content: string;
	meta: Record<string, string>;
}

const PAGES: Page[] = [
	{
		url: '/begrippen/implementatieplan/',
		content: 'Implementatieplan. Een plan voor de invoering. Andere vormen: implementatieplannen.',
		meta: { type: 'Begrip', title: 'Implementatieplan', definition: 'Een plan voor de invoering.' },
	},
	{
		url: '/handleiding/implementatieplan-opstellen/',
		content: 'Implementatieplan opstellen. Maak een plan en voer het uit.',
		meta: { type: 'Stap', title: 'Implementatieplan opstellen', summary: 'Je maakt een plan.' },
	},
	{
		url: '/begrippen/weerstand/',
		content: 'Weerstand. Verzet van medewerkers tegen een verandering.',
		meta: { type: 'Begrip', title: 'Weerstand', definition: 'Verzet tegen een verandering.' },
	},
	{
		url: '/begrippen/implementatie/',
		content: 'Implementatie. Het invoeren van een verandering, met een plan en met medewerkers.',
		meta: { type: 'Begrip', title: 'Implementatie', definition: 'Het invoeren van een verandering.' },
	},
	{
		url: '/begrippen/pilot/',
		content: 'Pilot. Een kleine proef met een nieuwe werkwijze, weer en wind.',
		meta: { type: 'Begrip', title: 'Pilot', definition: 'Een kleine proef.' },
	},
];

/** A Pagefind of PAGES that records what it was asked. */
function fakePagefind() {
	const asked: string[] = [];
	const api: PagefindSearch = {
		async search(term) {
			asked.push(term ?? '');
			const words = (term ?? '').split(/\s+/).filter(Boolean).map(fold);
			const split = PAGES.map((page) => page.content.split(' ').map((w) => fold(w).replace(/[^\p{L}]/gu, '')));
			// A word on no page is left out, as Pagefind leaves it out.
			const known = words.filter((word) => split.some((page) => page.some((w) => w.startsWith(word))));
			const results = PAGES.flatMap((page, i) => {
				const positions = known.map((word) => split[i]!.findIndex((w) => w.startsWith(word)));
				if (known.length === 0 || positions.includes(-1)) return [];
				// Shorter pages first, as a stand-in for Pagefind's ranking.
				return [{ page, positions, rank: page.content.length }];
			})
				.sort((a, b) => a.rank - b.rank)
				.map(({ page, positions }) => ({
					id: page.url,
					words: positions,
					// Pagefind names the meta fields a query word starts a word of.
					...(known.some((word) =>
						fold(page.meta['title'] ?? '')
							.split(' ')
							.some((w) => w.startsWith(word)),
					)
						? { matchedMetaFields: ['title'] }
						: {}),
					data: async () => ({ url: page.url, content: page.content, meta: page.meta }),
				}));
			return { results, filters: {} } satisfies PagefindResponse;
		},
	};
	return { api, asked };
}

const VOCABULARY: Lexicon = lexicon({ words: ['implementatieplan', 'weerstand', 'verandering', 'medewerkers'] });

async function run(text: string, vocabulary = vi.fn(async () => VOCABULARY)) {
	const { api, asked } = fakePagefind();
	const request: SearchRequest = { text, limit: 10, pages: PAGES.length };
	const outcome = await runPipeline(api, request, { vocabulary });
	const results = await Promise.all(outcome.results);
	return { outcome, urls: results.map((r) => r.url), results, asked, vocabulary };
}

describe('the query pipeline', () => {
	it('searches the content words of a question, and shows the exact match as the best match', async () => {
		const { outcome, urls, asked, vocabulary } = await run('wat is een implementatieplan?');
		expect(asked).toEqual(['implementatieplan']);
		expect(urls).toEqual(['/begrippen/implementatieplan/', '/handleiding/implementatieplan-opstellen/']);
		expect(outcome).toMatchObject({ query: 'wat is een implementatieplan?', total: 2, best: true, corrected: false });
		expect(outcome.relaxed).toBeUndefined();
		expect(vocabulary).not.toHaveBeenCalled();
	});

	it('relaxes a query no page has every word of, and merges the words by rank', async () => {
		const { outcome, urls, asked } = await run('hoe ga ik om met weerstand bij een pilot');
		// "ga" is too short to start a compound; "weerstand pilot" is none the index has.
		expect(asked).toEqual(['ga weerstand pilot', 'weerstandpilot', 'weerstandspilot', 'ga', 'weerstand', 'pilot']);
		expect(outcome.relaxed).toBe('none');
		expect(urls).toEqual(['/begrippen/weerstand/', '/begrippen/pilot/']);
		// The term the question names is its best match.
		expect(outcome.best).toBe(true);
	});

	it('also merges the words of a long question apart when many pages have them all', async () => {
		// Five pages with every word, and the page that answers the question without the common one.
		const extra: Page[] = [
			...[1, 2, 3, 4, 5].map((n) => ({
				url: `/verslag-${n}/`,
				content: `Verslag ${n}. We volgden de voortgang van de invoering op afdeling ${n}, lang en breed.`,
				meta: { type: 'Pagina', title: `Verslag ${n}` },
			})),
			{
				url: '/begrippen/monitoring/',
				content: 'Monitoring. Het volgen van de voortgang.',
				meta: { type: 'Begrip', title: 'Monitoring', definition: 'Het volgen van de voortgang.' },
			},
		];
		PAGES.push(...extra);
		try {
			const { outcome, urls, asked } = await run('hoe volg je de voortgang van de invoering');
			expect(asked.slice(0, 1)).toEqual(['volg voortgang invoering']);
			expect(asked).toEqual(expect.arrayContaining(['volg', 'voortgang', 'invoering']));
			expect(urls).toContain('/begrippen/monitoring/');
			// Many pages have every word: the status line does not say the query was relaxed.
			expect(outcome.relaxed).toBeUndefined();
			// Two words are not a long question: no searches of the words apart.
			const short = await run('voortgang invoering');
			expect(short.asked).not.toContain('voortgang');
			expect(short.urls).not.toContain('/begrippen/monitoring/');
		} finally {
			PAGES.splice(PAGES.length - extra.length, extra.length);
		}
	});

	it('shows no best match for a part of a relaxed query that is on many pages', async () => {
		// "implementatie" starts words on three of five pages, more than RARE_SHARE.
		const { outcome, urls } = await run('hoe ga ik om met implementatie bij een pilot');
		expect(outcome.relaxed).toBe('none');
		expect(urls[0]).toBe('/begrippen/pilot/');
		expect(outcome.best).toBe(true);
		// The term Implementatie is no best match: no name matches "verzet", the rare word.
		const { outcome: common, urls: commonUrls } = await run('implementatie verzet');
		expect(common).toMatchObject({ relaxed: 'none', best: false });
		expect(commonUrls).toContain('/begrippen/implementatie/');
	});

	it('searches two words as the compound the index has, and matches that exactly', async () => {
		const { outcome, urls, asked } = await run('implementatie plan');
		// The joined word alone is the whole joined query: searched once.
		expect(asked.slice(0, 2)).toEqual(['implementatie plan', 'implementatieplan']);
		expect(urls[0]).toBe('/begrippen/implementatieplan/');
		expect(outcome.best).toBe(true);
	});

	it('corrects a word that is on no page with the vocabulary, and says so', async () => {
		const { outcome, urls, vocabulary } = await run('weerstant');
		expect(vocabulary).toHaveBeenCalledOnce();
		expect(outcome).toMatchObject({ query: 'weerstand', suggestion: 'weerstand', corrected: true, best: true });
		expect(urls).toEqual(['/begrippen/weerstand/']);
	});

	it('keeps the results and offers no suggestion when the vocabulary cannot load', async () => {
		const { outcome } = await run(
			'weerstant',
			vi.fn(async () => {
				throw new Error('offline');
			}),
		);
		expect(outcome).toMatchObject({ query: 'weerstant', total: 0, corrected: false });
		expect(outcome.suggestion).toBeUndefined();
	});

	it('builds excerpts from the matched words only', async () => {
		const { results } = await run('hoe verandering');
		expect(results.map((r) => r.excerpt)).toContain('Verzet van medewerkers tegen een <mark>verandering</mark>.');
	});
});
