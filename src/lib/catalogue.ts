/**
 * A catalogue's content, computed once for its index page and for the pages
 * after it: every entry with its facet values, the counts per value, and the
 * entries grouped by the main facet ("soort") and split over pages.
 */
import type { CollectionEntry } from 'astro:content';
import { published } from './content.ts';
import { facetsOf, facetValues, type Facet } from './facets.ts';
import { facetCounts } from './filter-state.ts';
import { paginate, type Page } from './paging.ts';
import { indexUrl } from './urls.ts';

/** The collections with a catalogue page. */
export type CatalogueCollection = 'tools' | 'trainingen' | 'netwerken' | 'organisaties';

/** Every collection with a catalogue page, for the routes of its later pages. */
export const CATALOGUES: readonly CatalogueCollection[] = ['tools', 'trainingen', 'netwerken', 'organisaties'];

/** Entries (counted once per group they appear in) on one catalogue page; beyond it the list continues on `pagina/2/`. */
export const ITEMS_PER_PAGE = 100;

export interface CatalogueItem {
	entry: CollectionEntry<CatalogueCollection>;
	facets: Record<string, string[]>;
}

export async function catalogue(
	collection: CatalogueCollection,
	entries: readonly CollectionEntry<CatalogueCollection>[],
) {
	const facets = facetsOf(collection);
	const [main] = facets;
	if (!main) throw new Error(`collection ${collection} has no facets`);
	const steps = new Map((await published('stappen')).map((s) => [s.id, s.data.step]));
	const items: CatalogueItem[] = entries.map((entry) => ({
		entry,
		facets: facetValues(facets, entry.data as Record<string, unknown>, (slug) => steps.get(slug)),
	}));
	const groups = Object.fromEntries(facets.map((f) => [f.name, f.values]));
	const counts = facetCounts(
		items.map((i) => i.facets),
		{},
		groups,
	);
	const sections = main.values
		.map((value) => ({ key: value, items: items.filter((i) => i.facets[main.name]?.includes(value)) }))
		.filter((s) => s.items.length > 0);
	const pages: Page<CatalogueItem>[] = paginate(sections, ITEMS_PER_PAGE, indexUrl(collection));
	return { facets: offeredFacets(facets, counts), main, items, counts, pages };
}

/**
 * The facets a catalogue offers as filters: only values that at least one
 * entry has, and only groups with such a value. A filter that can only ever
 * empty the list (a level no training states) says nothing and is left out.
 */
export function offeredFacets(facets: readonly Facet[], counts: Record<string, Record<string, number>>): Facet[] {
	return facets
		.map((facet) => ({ ...facet, values: facet.values.filter((value) => (counts[facet.name]?.[value] ?? 0) > 0) }))
		.filter((facet) => facet.values.length > 0);
}
