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

/** Meta fields that hold names: a result can only be an exact match when Pagefind matched the query in one of them. */
export const NAME_META = ['title', 'aliases', 'english'] as const;

/**
 * How well a result matches `queries` (the query as typed, its content words,
 * its joined compounds) exactly: the index of its type in BEST_MATCH_TYPES,
 * so lower is better; undefined when it is no exact match.
 */
export function exactMatchRank(queries: readonly string[], meta: MatchMeta): number | undefined {
	const rank = (BEST_MATCH_TYPES as readonly (string | undefined)[]).indexOf(meta['type']);
	if (rank === -1) return undefined;
	const names = namesOf(meta);
	const exact = queries.some((query) => {
		const key = matchKey(query);
		return key !== '' && names.has(key);
	});
	return exact ? rank : undefined;
}

/**
 * What a result's name may exactly match, best first: the query (as typed,
 * its content words, with compounds joined); then, for a relaxed query, the
 * runs of its content words with a rare word in them, longer runs first: a
 * question that names a term ("hoe creëer ik draagvlak") has that term as its
 * best match when no name matches the whole.
 */
export function nameQueries(
	plan: { text: string; content: readonly string[] },
	variants: readonly string[],
	rare: ReadonlySet<string>,
): string[][] {
	const tiers = [[plan.text, plan.content.join(' '), ...variants]];
	if (rare.size === 0) return tiers;
	const words = plan.content;
	for (let length = words.length - 1; length >= 1; length--) {
		const runs: string[] = [];
		for (let at = 0; at + length <= words.length; at++) {
			const run = words.slice(at, at + length);
			if (run.some((word) => rare.has(word))) runs.push(run.join(' '));
		}
		if (runs.length > 0) tiers.push(runs);
	}
	return tiers;
}

/** How well a result's name matches: the first tier of `tiers` it matches, then its type; undefined when none. */
export function tieredMatchRank(tiers: readonly (readonly string[])[], meta: MatchMeta): number | undefined {
	for (const [tier, queries] of tiers.entries()) {
		const rank = exactMatchRank(queries, meta);
		if (rank !== undefined) return tier * BEST_MATCH_TYPES.length + rank;
	}
	return undefined;
}
