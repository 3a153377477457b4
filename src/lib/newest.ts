/**
 * "Nieuw en bijgewerkt" on the home page: the entries changed last, by the
 * date of their file's last commit (git-dates.ts), newest first. One entry per
 * title, so a concept that is both a term and a tool shows once (the newer).
 * When the dates cannot tell the entries apart (all the same day: no git
 * history, or everything changed at once), the list is empty and the page
 * leaves the section out rather than show an order that means nothing.
 */

/** What the list needs of an entry. */
export interface Dated<T> {
	item: T;
	title: string;
	/** Last change, or undefined when unknown. */
	date: Date | undefined;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The `count` most recently changed items, one per title; empty when their dates do not differ. */
export function newest<T>(
	items: readonly Dated<T>[],
	count: number,
	compare: (a: string, b: string) => number,
): Dated<T>[] {
	const dated = items.filter((entry): entry is Dated<T> & { date: Date } => entry.date !== undefined);
	if (new Set(dated.map((entry) => day(entry.date))).size < 2) return [];
	const sorted = [...dated].sort((a, b) => b.date.getTime() - a.date.getTime() || compare(a.title, b.title));
	const seen = new Set<string>();
	const out: Dated<T>[] = [];
	for (const entry of sorted) {
		const key = entry.title.toLocaleLowerCase('nl');
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(entry);
		if (out.length === count) break;
	}
	return out;
}
