/**
 * The search index in shards on large sites. Pagefind builds one index in one
 * process, whose memory grows with the site; its first query also ranks each
 * result against every matched word in the index, so the time grows with the
 * square of the matches. Past PAGES_PER_SHARD pages the
 * build (scripts/index-search.ts) makes one Pagefind index per shard, two
 * processes at a time, and the browser merges them with Pagefind's own
 * `mergeIndex` (one WebAssembly module for all, results sorted by score,
 * filter counts added up). Today's site is one shard: nothing changes for it.
 */

/** Pages per shard, at most; a site with fewer pages has one index, as Pagefind makes it. */
export const PAGES_PER_SHARD = 3000;

/**
 * File in the main bundle that tells the search what to load with Pagefind:
 * the other shards' bundles, the warm-up word (src/lib/search-warm-up.ts) and
 * the number of pages.
 */
export const SEARCH_MANIFEST_FILE = 'search.json';

/** What SEARCH_MANIFEST_FILE holds. */
export interface SearchManifest {
	/** The other shards' bundles, to merge into the main one; empty when the site has one index. */
	bundles: string[];
	/** Word the search boxes search a few times while they wait for the first key; absent when none fits. */
	warmUp?: string;
	/** Pages in the whole index, over all shards: how rare a query word is (src/lib/search-merge.ts). */
	pages?: number;
}

/**
 * Reads a SearchManifest from parsed JSON, keeping only what has the right
 * shape: the search then still works with what it could read (one index, no
 * warm-up, no page count), as it does when the file is missing.
 */
export function parseSearchManifest(value: unknown): SearchManifest {
	const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	const bundles = Array.isArray(record['bundles'])
		? record['bundles'].filter(
				(item): item is string => typeof item === 'string' && item.startsWith(`/${shardFolder(0)}/`),
			)
		: [];
	const { warmUp, pages } = record;
	return {
		bundles,
		...(typeof warmUp === 'string' && warmUp !== '' ? { warmUp } : {}),
		...(typeof pages === 'number' && Number.isInteger(pages) && pages > 0 ? { pages } : {}),
	};
}

/** How many shards a site of `pages` indexed pages gets. */
export function shardCount(pages: number, perShard = PAGES_PER_SHARD): number {
	if (!Number.isInteger(perShard) || perShard < 1)
		throw new Error(`pages per shard must be a whole number of at least 1, got ${perShard}`);
	return Math.max(1, Math.ceil(pages / perShard));
}

/** The shard of a page: a hash (FNV-1a) of its path, so every shard gets a mix of all kinds of pages. */
export function shardOf(path: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % shards;
}

/** The folder of shard `i` inside the site (shard 0 is Pagefind's own `pagefind/`). */
export function shardFolder(i: number): string {
	return i === 0 ? 'pagefind' : `pagefind/shard-${i}`;
}

/** Where the site serves SEARCH_MANIFEST_FILE: the search and the bench fetch it from here. */
export const SEARCH_MANIFEST_URL = `/${shardFolder(0)}/${SEARCH_MANIFEST_FILE}`;
