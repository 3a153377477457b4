/**
 * The Dutch notices of the search boxes' status line, one per outcome of the
 * query pipeline: plain, relaxed (no page or few pages with every word),
 * corrected ("Bedoelde je …?" searched instead) and nothing found.
 */
import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from './search-pipeline.ts';
import { countText, showsExcerpt, statusText, typeLabel } from './search-view.ts';

const outcome = (extra: Partial<SearchOutcome> = {}): SearchOutcome => ({
	query: 'implementatieplan',
	total: 12,
	results: [],
	filters: {},
	best: false,
	corrected: false,
	...extra,
});

describe('the status line', () => {
	it('counts the results for the query as typed', () => {
		expect(statusText(outcome(), 'implementatieplan')).toBe('12 resultaten voor “implementatieplan”.');
		expect(statusText(outcome({ total: 1 }), 'pdca')).toBe('1 resultaat voor “pdca”.');
		expect(countText(0)).toBe('0 resultaten');
	});

	it('says when no page has every word and these are the best pages', () => {
		expect(statusText(outcome({ relaxed: 'none', total: 50 }), 'verschil procesevaluatie effectevaluatie')).toBe(
			'Geen pagina met alle woorden; dit zijn de beste treffers (50 resultaten).',
		);
	});

	it('says when few pages have every word, unless a best match leads', () => {
		expect(statusText(outcome({ relaxed: 'few', total: 8 }), 'hoe zet ik een lerend netwerk op')).toBe(
			"Weinig pagina's met alle woorden; dit zijn de beste treffers (8 resultaten).",
		);
		expect(statusText(outcome({ relaxed: 'few', total: 8, best: true }), 'lerend netwerk')).toBe(
			'8 resultaten voor “lerend netwerk”.',
		);
	});

	it('says that a misspelt query was searched as its suggestion', () => {
		expect(
			statusText(outcome({ corrected: true, suggestion: 'implementatieplan', total: 21 }), 'implemetatieplan'),
		).toBe('Niets gevonden voor “implemetatieplan”. Dit zijn de resultaten voor “implementatieplan”: 21 resultaten.');
	});

	it('says when nothing is found, and counts a search on filters only', () => {
		expect(statusText(outcome({ total: 0 }), 'xyzzy')).toBe('Geen resultaten voor “xyzzy”.');
		expect(statusText(outcome({ total: 0 }), '')).toBe('Geen resultaten.');
		expect(statusText(outcome({ total: 3 }), '')).toBe('3 resultaten.');
	});

	it('labels a step with its number', () => {
		expect(typeLabel({ type: 'Stap', stap: '4' })).toBe('Stap 4');
		expect(typeLabel({ type: 'Begrip' })).toBe('Begrip');
		expect(typeLabel({})).toBe('Pagina');
	});
});

describe('a result', () => {
	it('shows its excerpt, unless it has a definition and no matched word in the excerpt', () => {
		const definition = { type: 'Begrip', definition: 'Een afgesproken route.' };
		expect(showsExcerpt({ excerpt: 'Hij <mark>escaleert</mark> het.', meta: definition })).toBe(true);
		// Found by its search words: the excerpt is the definition again.
		expect(showsExcerpt({ excerpt: 'Een afgesproken route.', meta: definition })).toBe(false);
		expect(showsExcerpt({ excerpt: 'Een vaste route.', meta: { type: 'Methode of tool' } })).toBe(true);
		expect(showsExcerpt({ excerpt: '', meta: { type: 'Methode of tool' } })).toBe(false);
		// The matched word is in the definition sentence: the excerpt is that sentence again.
		const strategie = { type: 'Begrip', definition: 'Een methode die de invoering van een werkwijze bevordert.' };
		expect(showsExcerpt({ excerpt: 'Een methode die de <mark>invoering</mark> van een …', meta: strategie })).toBe(
			false,
		);
		expect(
			showsExcerpt({
				excerpt: 'Een methode die de <mark>invoering</mark> van een werkwijze bevordert. Zoals scholing …',
				meta: strategie,
			}),
		).toBe(false);
		expect(showsExcerpt({ excerpt: 'Scholing helpt bij de <mark>invoering</mark>.', meta: strategie })).toBe(true);
		// Escaped page text against plain meta.
		const rsv = { type: 'Begrip', definition: "Regio's & netwerken samen." };
		expect(showsExcerpt({ excerpt: 'Regio&#39;s &amp; <mark>netwerken</mark> samen.', meta: rsv })).toBe(false);
	});
});
