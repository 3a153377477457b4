/**
 * Relaxing a query: when no page (or hardly any) has every content word, the
 * pipeline searches each word on its own and merges the ranked lists here.
 * A page scores for each list it is in, more the higher it ranks there
 * (reciprocal rank), and a list counts more the rarer its word: a page high
 * for "implementatiestrategie" beats one high for "kies". Pages in several
 * lists add up, so the pages with most of the words come first; the few
 * pages with every word join as one more list, of average weight. Pure.
 */

/** One ranked list of page ids, and how much it counts. */
export interface RankedList {
	ids: readonly string[];
	weight: number;
}

/**
 * Added to every rank before taking the reciprocal: with 1, the second
 * result of a list scores 2/3 of the first, so ranks matter but the top
 * of one list does not drown the others.
 */
export const RANK_OFFSET = 1;

/** Page ids of all lists, best first; ties keep the order in which the ids were first seen. */
export function mergeByRank(lists: readonly RankedList[], offset = RANK_OFFSET): string[] {
	const scores = new Map<string, number>();
	for (const { ids, weight } of lists)
		ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (offset + rank + 1)));
	return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * How much a word's list counts: its inverse document frequency, from the
 * number of pages it is on (`found`) among all indexed `pages`. A word on
 * every page still counts a little.
 */
export const wordWeight = (found: number, pages: number): number =>
	Math.log(1 + Math.max(pages, found, 1) / Math.max(found, 1));

/** Fewer pages than this with every content word, and the pipeline relaxes the query. */
export const FEW_RESULTS = 5;

/**
 * The lists of a relaxed query merged: each word's list (`words`, weighed by
 * how rare the word is among `pages`) and the list of the pages with every
 * word (`complete`), weighed as an average word. Those pages are in every
 * word's list too, so they lead unless they rank low everywhere: with so few
 * of them, a page is often there by chance (a common verb of a question).
 */
export function relax(complete: readonly string[], words: readonly (readonly string[])[], pages: number): string[] {
	const lists = words.map((ids) => ({ ids, weight: wordWeight(ids.length, pages) }));
	const average = lists.reduce((sum, list) => sum + list.weight, 0) / Math.max(lists.length, 1);
	return mergeByRank(complete.length > 0 ? [{ ids: complete, weight: average }, ...lists] : lists);
}
