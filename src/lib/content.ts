/**
 * Reading content for pages: published entries only (drafts never reach the
 * site), references resolved to entries, and a title for any entry.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collections } from '../schemas/index.ts';
import { entryUrl } from './urls.ts';

type AnyEntry = CollectionEntry<CollectionKey>;

const isPublished = (entry: AnyEntry) => !('draft' in entry.data && entry.data.draft === true);

/** All published entries of a collection, sorted by title (steps by number). */
export async function published<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
	const entries = await getCollection(collection, isPublished);
	return entries.sort((a, b) =>
		'step' in a.data && 'step' in b.data
			? a.data.step - b.data.step
			: titleOf(a).localeCompare(titleOf(b), 'nl'),
	);
}

/** The display name of any entry. */
export function titleOf(entry: AnyEntry): string {
	const field = collections[entry.collection].titleField;
	return String((entry.data as Record<string, unknown>)[field]);
}

/** The short description of any entry, for link lists and meta tags. */
export function descriptionOf(entry: AnyEntry): string {
	const field = collections[entry.collection].descriptionField;
	return String((entry.data as Record<string, unknown>)[field] ?? '');
}

/** The URL of any entry. */
export const urlOf = (entry: AnyEntry): string => entryUrl(entry.collection, entry.id);

/** Looks up referenced entries of one collection; references to drafts are skipped. */
export async function resolve<C extends CollectionKey>(
	collection: C,
	refs: readonly { id: string }[] | undefined,
): Promise<CollectionEntry<C>[]> {
	if (!refs || refs.length === 0) return [];
	const all = await published(collection);
	const byId = new Map(all.map((e) => [e.id, e]));
	return refs.flatMap((ref) => byId.get(ref.id) ?? []);
}

let reportsBySource: Promise<Map<string, string>> | undefined;

/**
 * The report page for a source document, if the wiki has one: sources are
 * cited by title, and each report names its own document among its sources.
 * Computed once per build.
 */
export async function reportUrlForSource(title: string): Promise<string | undefined> {
	reportsBySource ??= published('rapporten').then((reports) => {
		const map = new Map<string, string>();
		for (const report of reports) {
			map.set(report.data.title, urlOf(report));
			for (const source of report.data.sources) if (!map.has(source.title)) map.set(source.title, urlOf(report));
		}
		return map;
	});
	return (await reportsBySource).get(title);
}
