/** Published terms as export records, for the glossary pages and the open-data routes; the glossary's words for search. */
import type { CollectionEntry } from 'astro:content';
import { published } from './content.ts';
import { groupByLetter, paginateGroups, termsPerPage, type GlossaryPage } from './glossary-letters.ts';
import { toExportTerm, type ExportTerm } from './glossary-export.ts';
import { splitVocabulary } from './search-compounds.ts';

/** Every published term as an export record, sorted by term. */
export async function exportTerms(site: URL | undefined): Promise<ExportTerm[]> {
	const base = site ?? 'https://implementatiewiki.nl';
	return (await published('begrippen')).map((e) => toExportTerm(e.id, e.data as Record<string, unknown>, base));
}

/** The pages of the /begrippen/ index: every published term under its letter, split into pages. */
export async function glossaryPages(): Promise<GlossaryPage<CollectionEntry<'begrippen'>>[]> {
	const terms = await published('begrippen');
	const groups = groupByLetter(terms, (entry) => entry.data.term).filter((g) => g.items.length > 0);
	const chars = terms.reduce(
		(sum, { data }) => sum + [data.term, data.definition, ...data.aliases, ...data.english].join(' ').length,
		0,
	);
	return paginateGroups(groups, termsPerPage(terms.length, chars));
}

let compounds: Promise<Set<string>> | undefined;

/**
 * The words compound titles and aliases are split into for the search
 * (src/lib/search-compounds.ts): the words of every published term, alias
 * and English equivalent. Built once per build; afresh in the dev server.
 */
export function compoundVocabulary(): Promise<Set<string>> {
	const build = async () => splitVocabulary((await published('begrippen')).map((entry) => entry.data));
	if (import.meta.env.DEV) return build();
	return (compounds ??= build());
}
