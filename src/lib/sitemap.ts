/**
 * What goes into the sitemap and with which date. Read from the raw content
 * files (the same loader as the validator), because `astro.config.mjs` runs
 * before Astro's content layer exists. Drafts and utility pages stay out;
 * `lastmod` is the entry's `reviewed` date.
 */
import { loadContent } from './validation/load.ts';
import { entryUrl } from './urls.ts';

/** Paths that are never listed: the CMS, search results, the offline fallback, print copies, errors. */
export const UTILITY_PATHS = ['/admin/', '/redactie/', '/zoeken/', '/offline/', '/handleiding/printen/', '/404/', '/404.html'];

export interface SitemapPlan {
	/** Path → `reviewed` date (YYYY-MM-DD) for published entries that have one. */
	lastmod: Map<string, string>;
	/** Paths of draft entries. */
	drafts: Set<string>;
}

/** Reads the content folder and works out drafts and review dates per URL path. */
export function planSitemap(contentDir: string): SitemapPlan {
	const lastmod = new Map<string, string>();
	const drafts = new Set<string>();
	for (const entry of loadContent(contentDir).entries) {
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
export const lastmodOf = (plan: SitemapPlan, url: string): string | undefined => plan.lastmod.get(new URL(url).pathname);

/** Options for `@astrojs/sitemap`: filter and serialize, both driven by the content. */
export function sitemapOptions(contentDir: string) {
	const plan = planSitemap(contentDir);
	return {
		filter: (page: string) => includeInSitemap(plan, page),
		serialize<T extends { url: string }>(item: T): T & { lastmod?: string } {
			const lastmod = lastmodOf(plan, item.url);
			return lastmod ? { ...item, lastmod } : item;
		},
	};
}
