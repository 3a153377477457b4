/**
 * Splits a long, grouped list (terms under letters, tools under their kind)
 * over pages of at most `size` items, so an index page stays the same size
 * however large its collection grows. A group that does not fit continues on
 * the next page (`continued`).
 */

/** One page: its number, address and the groups (or parts of groups) on it. */
export interface Page<T> {
	number: number;
	url: string;
	groups: { key: string; items: T[]; continued: boolean }[];
}

/** Address of page `n` of an index at `base`: the index itself, then `<base>pagina/<n>/`. */
export const pageUrl = (base: string, n: number): string => (n === 1 ? base : `${base}pagina/${n}/`);

export function paginate<T>(
	groups: readonly { key: string; items: readonly T[] }[],
	size: number,
	base: string,
): Page<T>[] {
	const pages: Page<T>[] = [];
	let current: Page<T>['groups'] = [];
	let count = 0;
	const close = () => {
		pages.push({ number: pages.length + 1, url: pageUrl(base, pages.length + 1), groups: current });
		current = [];
		count = 0;
	};
	for (const { key, items } of groups) {
		for (let start = 0; start < items.length;) {
			if (count === size) close();
			const take = items.slice(start, start + size - count);
			current.push({ key, items: take, continued: start > 0 });
			count += take.length;
			start += take.length;
		}
	}
	if (current.length > 0 || pages.length === 0) close();
	return pages;
}
