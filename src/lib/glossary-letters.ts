/**
 * Groups glossary terms under the letters A to Z for the /begrippen/ index.
 * "Één" sorts under E (diacritics are removed for the letter); a term that
 * does not start with a letter goes under "#", shown only when it has terms.
 */
import { paginate, pageUrl, type Page } from './paging.ts';

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
export const letterId = (letter: string): string =>
	letter === '#' ? 'letter-overig' : `letter-${letter.toLowerCase()}`;

/** Most terms on one page of the /begrippen/ index; a larger glossary is split over several pages. */
export const TERMS_PER_PAGE = 150;

/**
 * Most characters of list text (term, definition, other forms) on one page of
 * the index. The HTML budget is 15 KB gzip a page (`npm run budgets`); this
 * text gzips to about 0.4 byte a character, beside about 3.5 KB for the rest of
 * the page, so long definitions split the index before the term count does.
 */
export const LIST_CHARS_PER_PAGE = 30_000;

/**
 * How many terms go on one page: as many as fit both limits, spread evenly, so
 * a split glossary does not end on a page with a handful of terms.
 */
export function termsPerPage(count: number, chars: number): number {
	const pages = Math.max(1, Math.ceil(count / TERMS_PER_PAGE), Math.ceil(chars / LIST_CHARS_PER_PAGE));
	return Math.max(1, Math.ceil(count / pages));
}

/** One page of the index: its number, address and the letter groups on it. */
export type GlossaryPage<T> = Page<T>;

/** Address of page `n` of the index. */
export const glossaryPageUrl = (n: number): string => pageUrl('/begrippen/', n);

/** The letter groups (empty ones left out) over pages of at most `size` terms; a letter may continue on the next page. */
export const paginateGroups = <T>(
	groups: readonly { letter: string; items: readonly T[] }[],
	size = TERMS_PER_PAGE,
): GlossaryPage<T>[] =>
	paginate(
		groups.map((g) => ({ key: g.letter, items: g.items })),
		size,
		'/begrippen/',
	);

/** Where each letter starts: `#letter-x` on the page that holds it, else that page's address with the anchor. */
export function letterLinks<T>(pages: readonly GlossaryPage<T>[], onPage: number): Map<string, string> {
	const links = new Map<string, string>();
	for (const page of pages) {
		for (const group of page.groups) {
			if (group.continued || links.has(group.key)) continue;
			links.set(group.key, `${page.number === onPage ? '' : page.url}#${letterId(group.key)}`);
		}
	}
	return links;
}
