/**
 * The proper names the glossary linker must leave whole: the names of the
 * organisations, networks, reports and steps the site has pages for. "Handleiding
 * Implementatie" is a document, "Zorg Evaluatie & Gepast Gebruik" a programme;
 * a link on one word inside them reads as if the word were a term there.
 * Names the collections do not hold (a law, a programme without a page) go in
 * a page's own `properNames` field, which the linker reads per page.
 *
 * Read at config time, like the glossary (src/markdown/glossary-terms.ts).
 */
import { contentRoot } from '../lib/content-root.ts';
import { loadContent } from '../lib/validation/load.ts';
import type { CollectionName } from '../schemas/common.ts';

/** Collections whose titles are proper names; a step's title names that step ("Doelgroep en setting"). */
const NAMED: CollectionName[] = ['organisaties', 'netwerken', 'rapporten', 'stappen'];

/**
 * The forms of one title: the title, and for "Name (ABBR)" also the name and
 * the abbreviation; a leading article ("Het Instituut …") is optional.
 */
export function namesOf(title: string): string[] {
	const names = new Set<string>([title.trim()]);
	const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(title.trim());
	if (bracketed) {
		names.add((bracketed[1] ?? '').trim());
		names.add((bracketed[2] ?? '').trim());
	}
	for (const name of [...names]) {
		const bare = /^(?:de|het|een)\s+(.+)$/i.exec(name)?.[1];
		if (bare) names.add(bare);
	}
	return [...names].filter((name) => name.length > 0);
}

/** Every proper name from the titles in `<root>/{organisaties,netwerken,rapporten,stappen}/`, drafts included. */
export function loadProtectedNames(root: string = contentRoot()): string[] {
	const { entries } = loadContent(root, process.cwd(), NAMED);
	const names = entries.flatMap((entry) => {
		const title = (entry.data as { title?: unknown }).title;
		return typeof title === 'string' ? namesOf(title) : [];
	});
	return [...new Set(names)].sort();
}
