/**
 * Dutch stop words: words so common that they carry no meaning of their own
 * ("de", "een", "van"). One list for the whole site: a glossary term or alias
 * may not be one (it would be linked on nearly every page, src/schemas/begrip.ts),
 * and search leaves them out of queries. The list is the maintained Dutch list
 * of the `stopword` package, not one of our own.
 */
import { nld } from 'stopword';

const STOP_WORDS: ReadonlySet<string> = new Set(nld.map((word) => word.toLocaleLowerCase('nl')));

/** True when `text`, as a whole (case and surrounding spaces ignored), is a Dutch stop word. */
export const isStopWord = (text: string): boolean => STOP_WORDS.has(text.trim().toLocaleLowerCase('nl'));
