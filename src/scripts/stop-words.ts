/**
 * The Dutch stop words in the browser, for the query pipeline: the same Dutch
 * list of stopwords-iso that src/lib/stopwords.ts reads for the build. That
 * module imports the whole JSON file (Node has no named imports from JSON),
 * which would put every language, 200 KB, into the bundle; this named import
 * lets the bundler keep only the Dutch list.
 */
import { nl } from 'stopwords-iso/stopwords-iso.json';

const STOP_WORDS: ReadonlySet<string> = new Set(nl);

/** Whether a folded (lowercase) word is a Dutch stop word. */
export const isStopWord = (folded: string): boolean => STOP_WORDS.has(folded);
