/**
 * Reading content for pages: published entries only (drafts never reach the
 * site), references resolved to entries, and a title for any entry.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collections } from '../schemas/index.ts';
import { entryUrl } from './urls.ts';

type AnyEntry = CollectionEntry<CollectionKey>;

const isPublished = (entry: AnyEntry) => !('draft' in entry.data && entry.data.draft === true);

/** Dutch sort order; one collator is much faster than `localeCompare(…, 'nl')` per comparison. */
export const compareNl = new Intl.Collator('nl').compare;

async function loadPublished(collection: CollectionKey): Promise<AnyEntry[]> {
	const entries: AnyEntry[] = await getCollection(collection, isPublished);
	return entries.sort((a, b) =>
		'step' in a.data && 'step' in b.data ? a.data.step - b.data.step : compareNl(titleOf(a), titleOf(b)),
	);
}

// Every page calls published() and resolve(); in a build the content does not
// change, so each collection is read and sorted once (and indexed by id once)
// instead of once per page. The dev server reads afresh, so edits show up.
const sortedCache = new Map<CollectionKey, Promise<AnyEntry[]>>();
const byIdCache = new Map<CollectionKey, Promise<Map<string, AnyEntry>>>();
const memo = <V>(cache: Map<CollectionKey, Promise<V>>, key: CollectionKey, load: () => Promise<V>): Promise<V> => {
	if (import.meta.env.DEV) return load();
	let value = cache.get(key);
	if (!value) cache.set(key, (value = load()));
	return value;
};

/** All published entries of a collection, sorted by title (steps by number). */
export async function published<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
	// A copy, so a caller that sorts or splices its list cannot change anyone else's.
	return [...(await memo(sortedCache, collection, () => loadPublished(collection)))] as CollectionEntry<C>[];
}

/** The collections that have a page per entry (src/layouts/EntryPage.astro); `paginas` are pages of their own. */
export type EntryCollection = Exclude<CollectionKey, 'paginas'>;

/** `getStaticPaths` of an entry page: a page per published entry, with the entry as its prop. */
export async function entryPaths<C extends EntryCollection>(collection: C) {
	return (await published(collection)).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
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
	const byId = await memo(byIdCache, collection, async () => {
		const all = await memo(sortedCache, collection, () => loadPublished(collection));
		return new Map(all.map((e) => [e.id, e]));
	});
	return refs.flatMap((ref) => (byId.get(ref.id) as CollectionEntry<C> | undefined) ?? []);
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

const referrerIndex = new Map<string, Promise<Map<string, AnyEntry[]>>>();

/**
 * Published entries of `from` whose frontmatter field `field` refers to
 * `target`: a reference read backwards, so a page can list who refers to it
 * (the networks a report describes, the organisations around a network).
 * Indexed once per collection and field, like `published`.
 */
export async function referrers<C extends CollectionKey>(
	from: C,
	field: string,
	target: { collection: CollectionKey; id: string },
): Promise<CollectionEntry<C>[]> {
	const key = `${from}.${field}`;
	const build = async () => {
		const index = new Map<string, AnyEntry[]>();
		for (const entry of await published(from)) {
			const value = (entry.data as Record<string, unknown>)[field];
			for (const ref of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
				const { collection, id } = ref as { collection: string; id: string };
				const list = index.get(`${collection}/${id}`) ?? [];
				list.push(entry);
				index.set(`${collection}/${id}`, list);
			}
		}
		return index;
	};
	let index = import.meta.env.DEV ? undefined : referrerIndex.get(key);
	if (!index) {
		index = build();
		if (!import.meta.env.DEV) referrerIndex.set(key, index);
	}
	return [...((await index).get(`${target.collection}/${target.id}`) ?? [])] as CollectionEntry<C>[];
}

/** Entries in both lists once, in title order: a page's own references plus those that refer to it. */
export function mergeEntries<E extends AnyEntry>(...lists: readonly (readonly E[])[]): E[] {
	const seen = new Map<string, E>();
	for (const entry of lists.flat()) seen.set(`${entry.collection}/${entry.id}`, entry);
	return [...seen.values()].sort((a, b) => compareNl(titleOf(a), titleOf(b)));
}
