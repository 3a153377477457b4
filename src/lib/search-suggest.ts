/**
 * "Bedoelde je …?": the closest word of the build's vocabulary
 * (src/lib/search-vocabulary.ts) for a query word that is on no page, by
 * Levenshtein distance. Longer words may be further off ("effectevaulatie"
 * is two edits from "effectevaluatie"); among equally close words the one
 * earlier in the vocabulary wins (names, then the words on most pages). Pure.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from './search-text.ts';
import type { Vocabulary } from './search-vocabulary.ts';

/** Most edits between a query word of `length` letters and a suggestion for it. */
export function maxEdits(length: number): number {
	if (length < 5) return 0;
	if (length < 8) return 1;
	if (length < 12) return 2;
	return 3;
}

/** A vocabulary, folded once for many lookups. */
export interface Lexicon {
	words: readonly string[];
	folded: readonly string[];
	known: ReadonlySet<string>;
}

export function lexicon(vocabulary: Vocabulary): Lexicon {
	const folded = vocabulary.words.map(fold);
	return { words: vocabulary.words, folded, known: new Set(folded) };
}

/**
 * The suggestion for one word, as the vocabulary writes it; undefined when
 * the word is in the vocabulary, begins a word in it (it is still being
 * typed), or nothing is close enough.
 */
export function suggestWord(word: string, words: Lexicon): string | undefined {
	const key = fold(word);
	const limit = maxEdits([...key].length);
	if (limit === 0 || words.known.has(key) || words.folded.some((w) => w.startsWith(key))) return undefined;
	let best: { index: number; edits: number } | undefined;
	words.folded.forEach((candidate, index) => {
		if (Math.abs(candidate.length - key.length) > limit) return;
		const edits = distance(key, candidate);
		if (edits <= limit && (!best || edits < best.edits)) best = { index, edits };
	});
	return best === undefined ? undefined : words.words[best.index];
}

/**
 * The query with each of `unknown` (words of it that are on no page)
 * replaced by its suggestion, keeping everything else as typed; undefined
 * when no word has one.
 */
export function suggestQuery(text: string, unknown: readonly string[], words: Lexicon): string | undefined {
	let changed = false;
	let suggestion = text;
	for (const word of unknown) {
		const better = suggestWord(word, words);
		if (!better) continue;
		changed = true;
		const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		suggestion = suggestion.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), better);
	}
	return changed ? suggestion : undefined;
}
