/**
 * Dutch stop words: the words that carry no subject of their own ("de", "een",
 * "hoe", "ik", "waarom"). Search leaves them out of a query, and the validator
 * refuses a glossary term or alias that is one, since such a word would be
 * linked on almost every page.
 *
 * The list is the Dutch list of stopwords-iso, a maintained collection, not
 * one of our own.
 */
import lists from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

/** Every Dutch stop word, lowercase. */
export const STOP_WORDS: ReadonlySet<string> = new Set(lists.nl);

/** True when `word` as a whole (case and surrounding spaces ignored) is a Dutch stop word. */
export const isStopWord = (word: string): boolean => STOP_WORDS.has(word.trim().toLocaleLowerCase('nl'));
