/**
 * How the search compares words: the one place that says what counts as the
 * same word. Pagefind folds case and diacritics and drops punctuation; the
 * query pipeline (src/scripts/search-pipeline.ts), the build's vocabulary and
 * its compound parts compare the same way, so "Implementatiestrategieën",
 * "implementatiestrategieen" and "IMPLEMENTATIESTRATEGIEËN" are one word.
 */

/** Lowercase by Dutch rules, without diacritics. */
export const fold = (text: string): string => text.toLocaleLowerCase('nl').normalize('NFD').replace(/\p{M}/gu, '');

/** A word: letters and digits, with inner hyphens and apostrophes ("scale-up", "risico's"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text, as written. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/**
 * A text as a key for exact comparison: folded, apostrophes dropped (as
 * Pagefind does), every other run of punctuation and space one space. "RE-AIM",
 * "re aim" and "Re-Aim" share the key "re aim".
 */
export const matchKey = (text: string): string =>
	fold(text)
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Number of leading characters two words share. */
export function sharedPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** Separator of the values of a list in Pagefind meta (`aliases`, `english`): FieldList joins with it. */
export const META_LIST_SEPARATOR = ', ';

/** Whether a folded word is a stop word: src/lib/stopwords.ts in the build, src/scripts/stop-words.ts in the browser. */
export type StopWordTest = (folded: string) => boolean;
