/**
 * Exact matches: a query that is the name of a term (or one of its aliases or
 * English equivalents), a step or a tool gets that page first, shown as the
 * best match with its definition or summary. Pagefind ranks by words, so
 * "NIC" put a training with NIC in its title above the NIC itself. The names
 * come from each result's Pagefind meta (title, aliases, english; see
 * src/components/FieldList.astro). Pure.
 */
import { matchKey, META_LIST_SEPARATOR } from './search-text.ts';

/** Result types that can be a best match, in the order they win a tie (Pagefind meta `type`). */
export const BEST_MATCH_TYPES = ['Begrip', 'Stap', 'Methode of tool'] as const;

/** The Pagefind meta of a result, as far as exact matches need it. */
export type MatchMeta = Readonly<Record<string, string | undefined>>;

/**
 * The names a page answers to, as match keys: its title, the title without
 * a part in brackets and that part ("CFIR (Consolidated Framework …)" answers
 * to "CFIR" too), its aliases and its English equivalents.
 */
export function namesOf(meta: MatchMeta): Set<string> {
	const names: string[] = [];
	const title = meta['title'];
	if (title) {
		names.push(title);
		const bracketed = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(title);
		if (bracketed) names.push(`${bracketed[1] ?? ''} ${bracketed[3] ?? ''}`, bracketed[2] ?? '');
	}
	for (const field of ['aliases', 'english']) names.push(...(meta[field]?.split(META_LIST_SEPARATOR) ?? []));
	return new Set(names.map(matchKey).filter(Boolean));
}

/** Whether a result of this type can be a best match. */
const canBeBest = (meta: MatchMeta) => (BEST_MATCH_TYPES as readonly (string | undefined)[]).includes(meta['type']);

/** Whether one of `queries` (the query as typed, and its content words) is a name of the page. */
export function isExactMatch(queries: readonly string[], meta: MatchMeta): boolean {
	if (!canBeBest(meta)) return false;
	const names = namesOf(meta);
	return queries.some((query) => {
		const key = matchKey(query);
		return key !== '' && names.has(key);
	});
}

/**
 * The results with the exact matches moved to the front, terms before steps
 * before tools and otherwise in rank order; `best` is how many moved.
 */
export function exactFirst<T extends { meta: MatchMeta }>(
	results: readonly T[],
	queries: readonly string[],
): { results: T[]; best: number } {
	const typeRank = (result: T) => (BEST_MATCH_TYPES as readonly (string | undefined)[]).indexOf(result.meta['type']);
	const exact = results.filter((result) => isExactMatch(queries, result.meta));
	exact.sort((a, b) => typeRank(a) - typeRank(b));
	return { results: [...exact, ...results.filter((result) => !exact.includes(result))], best: exact.length };
}
