/**
 * Dutch compounds in search. Pagefind matches a query word at the start of a
 * word only: "coach" does not find Implementatiecoach, and "implementatie
 * deskundige" ranks other pages above Implementatiedeskundige. Both ways are
 * covered here, with the glossary as the vocabulary:
 * - split: the build splits compound titles and aliases into their parts
 *   ("implementatie" + "coach") and gives them to Pagefind as hidden meta
 *   (src/components/SearchKeys.astro), so a page is also found by its parts;
 * - join: the query pipeline also searches two adjacent query words as one
 *   word ("implementatie plan" → "implementatieplan"), and keeps the joined
 *   form when the index has it.
 * Pure; the glossary words come from the caller.
 */
import { fold, wordsOf } from './search-text.ts';

/** Shortest known part of a compound: "plan", "team". */
const MIN_KNOWN = 4;
/** Shortest part that is not a glossary word itself: "besef", "deskundige"; shorter rests are too often a suffix ("-ning"). */
const MIN_UNKNOWN = 5;

/** A glossary entry, as far as compounds need it. */
export interface GlossaryForms {
	term: string;
	aliases?: readonly string[];
	english?: readonly string[];
}

/**
 * The words compounds are split into: every word of every glossary term,
 * alias and English equivalent, folded. The English helps too: "specification
 * canvas" says where Specificatiecanvas splits.
 */
export function splitVocabulary(entries: Iterable<GlossaryForms>): Set<string> {
	const vocabulary = new Set<string>();
	for (const { term, aliases = [], english = [] } of entries)
		for (const form of [term, ...aliases, ...english])
			for (const word of wordsOf(form).flatMap((w) => w.split('-')))
				if (word.length >= MIN_KNOWN) vocabulary.add(fold(word));
	return vocabulary;
}

/**
 * Splits one word in two where one part is a known word (and the other long
 * enough to be a word): "implementatiecoach" → ["implementatie", "coach"]. A
 * linking s counts with the first part ("kwaliteitsstandaard" → "kwaliteit",
 * "standaard"). Prefers a split into two known words, then the longest known
 * part. Undefined when no split fits.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): [string, string] | undefined {
	const folded = fold(word);
	let best: { parts: [string, string]; known: number; longest: number } | undefined;
	for (let at = 3; at <= folded.length - 3; at++) {
		const tail = folded.slice(at);
		let head = folded.slice(0, at);
		if (!vocabulary.has(head) && head.endsWith('s') && vocabulary.has(head.slice(0, -1))) head = head.slice(0, -1);
		const headKnown = head.length >= MIN_KNOWN && vocabulary.has(head);
		const tailKnown = tail.length >= MIN_KNOWN && vocabulary.has(tail);
		const fits =
			(headKnown && tailKnown) ||
			(headKnown && tail.length >= MIN_UNKNOWN) ||
			(tailKnown && head.length >= MIN_UNKNOWN);
		if (!fits) continue;
		const known = Number(headKnown) + Number(tailKnown);
		const longest = Math.max(headKnown ? head.length : 0, tailKnown ? tail.length : 0);
		if (!best || known > best.known || (known === best.known && longest > best.longest))
			best = { parts: [head, tail], known, longest };
	}
	return best?.parts;
}

/**
 * The parts of every compound in `forms` (a title and its aliases), each part
 * once, in order of appearance. Empty when nothing splits.
 */
export function compoundParts(forms: readonly string[], vocabulary: ReadonlySet<string>): string[] {
	const parts = new Set<string>();
	for (const form of forms)
		for (const word of wordsOf(form)) {
			if (word.includes('-')) continue; // Pagefind indexes the parts of a hyphenated word itself.
			for (const part of splitCompound(word, vocabulary) ?? []) parts.add(part);
		}
	return [...parts];
}

/**
 * The ways two adjacent words can be written as one: joined, and joined
 * with a linking s ("kwaliteit standaard" → "kwaliteitsstandaard"). None when
 * either is too short to be part of a compound.
 */
export function joinForms(first: string, second: string): string[] {
	const [a, b] = [fold(first), fold(second)];
	if (a.length < 3 || b.length < 3 || a.includes('-') || b.includes('-')) return [];
	return a.endsWith('s') ? [a + b] : [a + b, `${a}s${b}`];
}

/** One place in a query where two adjacent words may be one compound. */
export interface JoinCandidate {
	/** Index of the first of the two words. */
	at: number;
	/** The joined forms to try, in order. */
	forms: string[];
}

/** Every pair of adjacent words that may be written as one, with the forms to try. */
export function joinCandidates(words: readonly string[]): JoinCandidate[] {
	return words.slice(0, -1).flatMap((word, at) => {
		const forms = joinForms(word, words[at + 1] ?? '');
		return forms.length > 0 ? [{ at, forms }] : [];
	});
}

/** The words with the pair at `at` replaced by `joined`. */
export const joinAt = (words: readonly string[], at: number, joined: string): string[] => [
	...words.slice(0, at),
	joined,
	...words.slice(at + 2),
];
