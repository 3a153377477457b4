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

/** Terms on one page of the /begrippen/ index; a larger glossary is split over several pages. */
export const TERMS_PER_PAGE = 150;

/** One page of the index: its number, address and the letter groups on it. */
export interface GlossaryPage<T> {
	number: number;
	url: string;
	groups: { letter: string; items: T[]; continued: boolean }[];
}

/** Address of page `n` of the index. */
export const glossaryPageUrl = (n: number): string => (n === 1 ? '/begrippen/' : `/begrippen/pagina/${n}/`);

/**
 * Splits the letter groups (empty ones left out) over pages of at most `size`
 * terms, so an index page stays the same size however large the glossary
 * grows. A letter that does not fit continues on the next page (`continued`).
 */
export function paginateGroups<T>(groups: readonly { letter: string; items: readonly T[] }[], size = TERMS_PER_PAGE): GlossaryPage<T>[] {
	const pages: GlossaryPage<T>[] = [];
	let current: GlossaryPage<T>['groups'] = [];
	let count = 0;
	const close = () => {
		pages.push({ number: pages.length + 1, url: glossaryPageUrl(pages.length + 1), groups: current });
		current = [];
		count = 0;
	};
	for (const { letter, items } of groups) {
		for (let start = 0; start < items.length; ) {
			if (count === size) close();
			const take = items.slice(start, start + size - count);
			current.push({ letter, items: take, continued: start > 0 });
			count += take.length;
			start += take.length;
		}
	}
	if (current.length > 0 || pages.length === 0) close();
	return pages;
}

/** Where each letter starts: `#letter-x` on the page that holds it, else that page's address with the anchor. */
export function letterLinks<T>(pages: readonly GlossaryPage<T>[], onPage: number): Map<string, string> {
	const links = new Map<string, string>();
	for (const page of pages) {
		for (const group of page.groups) {
			if (group.continued || links.has(group.letter)) continue;
			links.set(group.letter, `${page.number === onPage ? '' : page.url}#${letterId(group.letter)}`);
		}
	}
	return links;
}
