/**
 * Result excerpts that read as sentences. Pagefind cuts a fixed window of
 * words around the densest matches, so an excerpt often starts and ends in
 * the middle of a sentence. This starts the excerpt at the start of the
 * sentence with the best match where that is near, ends it at a sentence end
 * where one fits, and marks the rest with "…". The words to mark are the
 * positions Pagefind matched for the content words only, so stop words of a
 * question are never marked. Pure: works on Pagefind's page text, in which
 * every word is one space-separated item and the positions count those items.
 */

/** Words in an excerpt, at most. */
export const EXCERPT_WORDS = 24;

/** How far back from the best match an excerpt may start to begin with its sentence. */
const MAX_LEAD = 10;

/** Words that end a sentence; Pagefind ends each heading, paragraph and list item with one. */
const endsSentence = (word: string | undefined) => word !== undefined && /[.!?]["”’)]?$/.test(word);

/**
 * The excerpt of `content` (Pagefind's HTML-escaped page text) around the
 * matched word positions `locations`, at most `length` words, with `<mark>`
 * around the matched words. Without matches, the start of the page.
 */
export function sentenceExcerpt(content: string, locations: readonly number[], length = EXCERPT_WORDS): string {
	const words = content.split(/\s+/).filter(Boolean);
	if (words.length === 0) return '';
	const marked = new Set(locations.filter((at) => at >= 0 && at < words.length));
	const anchor = bestAnchor(
		[...marked].sort((a, b) => a - b),
		length,
	);

	let start = anchor;
	while (start > 0 && anchor - start < MAX_LEAD && !endsSentence(words[start - 1])) start--;
	if (start > 0 && !endsSentence(words[start - 1])) start = Math.max(0, anchor - 3);
	let end = Math.min(words.length, start + length);
	// End at the last sentence end in the window, if that keeps the best match and some words after it.
	for (let i = end - 1; i > anchor; i--)
		if (endsSentence(words[i])) {
			if (i - start >= length / 2) end = i + 1;
			break;
		}
	const text = words
		.slice(start, end)
		.map((word, i) => (marked.has(start + i) ? markWord(word) : word))
		.join(' ');
	const lead = start > 0 && !endsSentence(words[start - 1]) ? '… ' : '';
	const tail = end < words.length && !endsSentence(words[end - 1]) ? ' …' : '';
	return `${lead}${text}${tail}`;
}

/** Punctuation (or an HTML entity of it) at the edge of a word in Pagefind's escaped text. */
const EDGE = String.raw`(?:&(?:[a-z]+|#\d+);|[^\p{L}\p{N}&])*`;
const WORD_PARTS = new RegExp(`^(${EDGE})(.*?)(${EDGE})$`, 'u');

/** `<mark>` around a word, with the punctuation around it left outside ("<mark>borging</mark>."). */
function markWord(word: string): string {
	const [, before = '', core = '', after = ''] = WORD_PARTS.exec(word) ?? [];
	return core ? `${before}<mark>${core}</mark>${after}` : `<mark>${word}</mark>`;
}

/** The first matched position of the window of `length` words with the most matches. */
function bestAnchor(sorted: readonly number[], length: number): number {
	let best = { at: sorted[0] ?? 0, count: 0 };
	for (let i = 0, j = 0; i < sorted.length; i++) {
		while (j < sorted.length && (sorted[j] ?? 0) < (sorted[i] ?? 0) + length) j++;
		if (j - i > best.count) best = { at: sorted[i] ?? 0, count: j - i };
	}
	return best.at;
}

/** Words of a page's lead, at most: a step's or tool's summary in the best-match card. */
export const LEAD_WORDS = 40;

/**
 * The start of a page's text after its title (within the first words, so
 * "Stap 5 van 6." before a step's title is skipped too): the summary of a
 * step or tool, which its page shows right below the title. Ends at a
 * sentence end where one fits in `length` words.
 */
export function leadText(content: string, title: string, length = LEAD_WORDS): string {
	const words = content.split(/\s+/).filter(Boolean);
	const bare = (word: string) => word.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]/gu, '');
	const titleWords = title.split(/\s+/).filter(Boolean).map(bare);
	let start = 0;
	for (let at = 0; at <= Math.min(MAX_LEAD, words.length - titleWords.length); at++)
		if (titleWords.every((word, i) => bare(words[at + i] ?? '') === word)) {
			start = at + titleWords.length;
			break;
		}
	let end = Math.min(words.length, start + length);
	for (let i = end - 1; i > start; i--)
		if (endsSentence(words[i])) {
			end = i + 1;
			break;
		}
	const tail = end < words.length && !endsSentence(words[end - 1]) ? ' …' : '';
	return `${words.slice(start, end).join(' ')}${tail}`;
}
