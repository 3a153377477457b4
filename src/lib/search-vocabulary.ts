/**
 * The search vocabulary: the words the "Bedoelde je …?" suggestions come
 * from. The build writes it from what Pagefind indexed (scripts/index-search.ts):
 * the words of titles, aliases, English equivalents and everyday search
 * words (Pagefind meta), then
 * the content words on at least two pages, most pages first. The search
 * fetches it only when a query word is on no page (src/lib/search-suggest.ts).
 */
import { fold, wordsOf, type StopWordTest } from './search-text.ts';
import { shardFolder } from './search-shards.ts';

/** Where the site serves the vocabulary. */
export const SEARCH_VOCABULARY_URL = `/${shardFolder(0)}/vocabulary.json`;

/** What the vocabulary file holds. */
export interface Vocabulary {
	/** Words as written (lowercase), the best suggestions first. */
	words: string[];
}

/** One indexed page, as Pagefind's fragment has it. */
export interface IndexedPage {
	content: string;
	meta: Readonly<Record<string, string | undefined>>;
}

/** The Pagefind meta field of an entry's everyday search words (`searchTerms`, src/layouts/EntryPage.astro). */
export const SEARCH_TERMS_META = 'searchterms';

/** Meta fields whose words are names: always in the vocabulary, before content words. */
export const NAME_FIELDS = ['title', 'aliases', 'english', SEARCH_TERMS_META] as const;

/** Shortest word worth suggesting; shorter typos are too close to too many words. */
export const MIN_WORD = 4;
/** Content words on fewer pages than this are left out (they are as likely typos as words). */
export const MIN_PAGES = 2;
/** Most words in the vocabulary, so a large site's file stays small. */
export const MAX_WORDS = 20_000;

/**
 * Builds the vocabulary from the indexed pages, without stop words. Each word
 * is counted once per page; for a word written in several ways (with and
 * without diacritics) the most frequent way is kept.
 */
export function buildVocabulary(
	pages: Iterable<IndexedPage>,
	isStopWord: StopWordTest,
	maxWords = MAX_WORDS,
): Vocabulary {
	const words = new Map<string, { key: string; pages: number; name: boolean; forms: Map<string, number> }>();
	const add = (word: string, name: boolean, seen: Set<string>) => {
		const written = word.toLocaleLowerCase('nl');
		const key = fold(written);
		if ([...key].length < MIN_WORD || /^\d/.test(key) || isStopWord(key)) return;
		const entry = words.get(key) ?? { key, pages: 0, name: false, forms: new Map() };
		entry.name ||= name;
		entry.forms.set(written, (entry.forms.get(written) ?? 0) + 1);
		if (!seen.has(key)) entry.pages++;
		seen.add(key);
		words.set(key, entry);
	};
	for (const page of pages) {
		const seen = new Set<string>();
		for (const field of NAME_FIELDS) for (const word of wordsOf(page.meta[field] ?? '')) add(word, true, seen);
		for (const word of wordsOf(page.content)) add(word, false, seen);
	}
	const kept = [...words.values()].filter((entry) => entry.name || entry.pages >= MIN_PAGES);
	// Ties in alphabetical order, so the file does not depend on the order of the pages (or shards).
	const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	kept.sort((a, b) => Number(b.name) - Number(a.name) || b.pages - a.pages || byText(a.key, b.key));
	return {
		words: kept
			.slice(0, maxWords)
			.map(({ forms }) => [...forms].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0] ?? ''),
	};
}

/** Reads a vocabulary from parsed JSON; an unreadable one is empty, so the search just offers no suggestion. */
export function parseVocabulary(value: unknown): Vocabulary {
	const words = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['words'] : undefined;
	return { words: Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string' && w !== '') : [] };
}
