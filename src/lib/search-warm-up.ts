/**
 * The warm-up word of the search. Pagefind's first query in a fresh browser
 * runs its WebAssembly and JavaScript cold, and a query that arrives whole
 * (pasted) pays for that. A few searches for a word on a few hundred pages
 * warm that code; a word on no page fetches nothing and helps little
 * (figures in docs/performance.md).
 * The header dialog runs those searches while it waits for the visitor's
 * first key (src/scripts/search-core.ts), for a word the build picks here:
 * one whose index chunks are the smallest to fetch, so the warm-up costs the
 * least bytes. Pure logic; scripts/index-search.ts reads Pagefind's files.
 */

/** One index chunk of a Pagefind bundle: the words from `from` to `to`, in a file of `bytes`. */
export interface IndexChunk {
	/** First word in the chunk. */
	from: string;
	/** Last word in the chunk. */
	to: string;
	/** Size of the chunk's file, as fetched (gzip). */
	bytes: number;
	/** Words in the chunk → number of pages with that word; only for the chunks that were read. */
	words?: ReadonlyMap<string, number>;
}

/** A word on about this many pages of the main bundle warms Pagefind well without keeping it busy long. */
export const WARM_UP_PAGES = 400;

const utf8 = new TextEncoder();

/** Compares two byte strings as Rust compares `str`s: byte by byte, then by length. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return a.length - b.length;
}

/**
 * The chunk Pagefind fetches to search `word`, as `request_indexes` in
 * pagefind_web 1.5 finds it: the first chunk whose range holds the word, else
 * the first whose bounds, cut to the word's length, hold the word cut to
 * theirs (the bounds in the metadata are shortened words).
 */
export function chunkFor(word: string, chunks: readonly IndexChunk[]): IndexChunk | undefined {
	const term = utf8.encode(word);
	const bounds = chunks.map((chunk) => ({ chunk, from: utf8.encode(chunk.from), to: utf8.encode(chunk.to) }));
	const cut = (bytes: Uint8Array, length: number) => bytes.subarray(0, Math.min(term.length, length));
	return (
		bounds.find(({ from, to }) => compareBytes(term, from) >= 0 && compareBytes(term, to) <= 0) ??
		bounds.find(
			({ from, to }) =>
				compareBytes(cut(term, from.length), cut(from, term.length)) >= 0 &&
				compareBytes(cut(term, to.length), cut(to, term.length)) <= 0,
		)
	)?.chunk;
}

/** Bytes fetched to search `word` in every bundle. */
export function warmUpBytes(word: string, bundles: readonly (readonly IndexChunk[])[]): number {
	return bundles.reduce((sum, chunks) => sum + (chunkFor(word, chunks)?.bytes ?? 0), 0);
}

/**
 * Picks the warm-up word from the words of the main bundle's chunks that were
 * read (`words`): the cheapest to fetch over all bundles, and among those the
 * one on the most pages up to `maxPages` (else the one on the fewest). A
 * word on a single page would warm too little. Undefined when no read chunk
 * holds a word on two pages or more.
 */
export function pickWarmUpWord(
	bundles: readonly (readonly IndexChunk[])[],
	maxPages = WARM_UP_PAGES,
): string | undefined {
	const [main = []] = bundles;
	const candidates = main
		.flatMap((chunk) => [...(chunk.words ?? [])])
		.filter(([, pages]) => pages >= 2)
		.map(([word, pages]) => ({ word, pages, bytes: warmUpBytes(word, bundles) }));
	const fits = (pages: number) => pages <= maxPages;
	candidates.sort(
		(a, b) =>
			a.bytes - b.bytes ||
			Number(fits(b.pages)) - Number(fits(a.pages)) ||
			(fits(a.pages) ? b.pages - a.pages : a.pages - b.pages) ||
			(a.word < b.word ? -1 : 1),
	);
	return candidates[0]?.word;
}
