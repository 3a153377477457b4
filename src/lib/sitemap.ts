/**
 * What goes into the sitemap and with which date. Drafts and utility pages
 * stay out; `lastmod` is the entry's `reviewed` date.
 *
 * The plan is made when the sitemap is written, at the end of the build, from
 * the entries the content sync parsed in the same process (`keptEntries`).
 * Only when those are not there is every content file read again (the same
 * loader as the validator), which on a large site holds up the main thread
 * before the sync begins.
 */
import { keptEntries } from '../integrations/data-store-file.ts';
import { collectionNames, type CollectionName } from '../schemas/index.ts';
import { loadContent } from './validation/load.ts';
import { entryUrl } from './urls.ts';

/** What the plan needs of an entry. */
export interface SitemapEntry {
	collection: string;
	id: string;
	data: unknown;
}

/** Paths that are never listed: the CMS, search results, the offline fallback, print copies, errors. */
export const UTILITY_PATHS = [
	'/admin/',
	'/redactie/',
	'/zoeken/',
	'/offline/',
	'/handleiding/printen/',
	'/404/',
	'/404.html',
];

export interface SitemapPlan {
	/** Path → `reviewed` date (YYYY-MM-DD) for published entries that have one. */
	lastmod: Map<string, string>;
	/** Paths of draft entries. */
	drafts: Set<string>;
}

const isCollection = (name: string): name is CollectionName => (collectionNames as readonly string[]).includes(name);

/** Works out drafts and review dates per URL path, from the given entries or else the content folder's files. */
export function planSitemap(
	contentDir: string,
	entries: Iterable<SitemapEntry> = loadContent(contentDir).entries,
): SitemapPlan {
	const lastmod = new Map<string, string>();
	const drafts = new Set<string>();
	for (const entry of entries) {
		if (!isCollection(entry.collection)) continue;
		const data = (entry.data ?? {}) as { draft?: unknown; reviewed?: unknown };
		const path = entryUrl(entry.collection, entry.id);
		if (data.draft === true) drafts.add(path);
		else if (typeof data.reviewed === 'string') lastmod.set(path, data.reviewed);
		else if (data.reviewed instanceof Date) lastmod.set(path, data.reviewed.toISOString().slice(0, 10));
	}
	return { lastmod, drafts };
}

/** True when a page URL belongs in the sitemap. */
export function includeInSitemap(plan: SitemapPlan, url: string): boolean {
	const path = new URL(url).pathname;
	if (UTILITY_PATHS.some((utility) => path === utility || path.startsWith(utility))) return false;
	return !plan.drafts.has(path);
}

/** The `lastmod` of a page, or undefined when its content has no review date. */
export const lastmodOf = (plan: SitemapPlan, url: string): string | undefined =>
	plan.lastmod.get(new URL(url).pathname);

/**
 * Options for `@astrojs/sitemap`: filter and serialize, both driven by the
 * content. `entries` is asked when the sitemap is written (see the top).
 */
export function sitemapOptions(contentDir: string, entries: () => Iterable<SitemapEntry> | undefined = keptEntries) {
	let planned: SitemapPlan | undefined;
	const plan = () => (planned ??= planSitemap(contentDir, entries()));
	return {
		filter: (page: string) => includeInSitemap(plan(), page),
		serialize<T extends { url: string }>(item: T): T & { lastmod?: string } {
			const lastmod = lastmodOf(plan(), item.url);
			return lastmod ? { ...item, lastmod } : item;
		},
	};
}
