/**
 * Groups glossary terms under the letters A to Z for the /begrippen/ index.
 * "Één" sorts under E (diacritics are removed for the letter); a term that
 * does not start with a letter goes under "#", shown only when it has terms.
 */

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The index letter of a term. */
export function letterOf(term: string): string {
	const first = term.normalize('NFD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
	return ALPHABET.includes(first) ? first : '#';
}

/** Every letter A–Z (plus "#" when used) with its items, sorted by term in Dutch order. */
export function groupByLetter<T>(items: readonly T[], termOf: (item: T) => string): { letter: string; items: T[] }[] {
	const groups = new Map<string, T[]>(ALPHABET.map((letter) => [letter, []]));
	const sorted = [...items].sort((a, b) => termOf(a).localeCompare(termOf(b), 'nl'));
	for (const item of sorted) {
		const letter = letterOf(termOf(item));
		if (!groups.has(letter)) groups.set(letter, []);
		groups.get(letter)?.push(item);
	}
	return [...groups].map(([letter, list]) => ({ letter, items: list }));
}

/** The id of a letter's section on the index page. */
export const letterId = (letter: string): string => (letter === '#' ? 'letter-overig' : `letter-${letter.toLowerCase()}`);
