/**
 * Backlinks, computed once per build and shared by every page: for each entry
 * the published pages that mention it (glossary terms after auto-linking), link
 * to it in their text or refer to it in their frontmatter. Term pages show them
 * as "Gebruikt in", tools and steps as "Genoemd in". Also the definitions
 * that the term links on a page point to.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { createMentionScanner, targetsInRendered } from '../markdown/glossary-mentions.ts';
import { GLOSSARY_LINKS_KEY } from '../markdown/remark-glossary-links.ts';
import { collectionNames } from '../schemas/common.ts';
import { published, titleOf } from './content.ts';
import { readEntry } from './validation/load.ts';
import { resolve as resolvePath } from 'node:path';

type AnyEntry = CollectionEntry<CollectionKey>;

let index: Promise<Map<string, AnyEntry[]>> | undefined;

/** The Markdown body of an entry without rendered HTML (MDX): the data store does not keep bodies. */
function bodyOf(entry: AnyEntry): string {
	if (entry.body !== undefined) return entry.body;
	return entry.filePath ? (readEntry(entry.collection, resolvePath(entry.filePath)).entry?.body ?? '') : '';
}

async function build(): Promise<Map<string, AnyEntry[]>> {
	const terms = (await published('begrippen')).map((e) => ({
		slug: e.id,
		term: e.data.term,
		aliases: e.data.aliases,
		definition: e.data.definition,
	}));
	// Only needed for entries without pre-rendered HTML (MDX); built on first use.
	let scan: ReturnType<typeof createMentionScanner> | undefined;
	const backlinks = new Map<string, AnyEntry[]>();
	for (const collection of collectionNames) {
		for (const entry of (await published(collection)) as AnyEntry[]) {
			const page = { collection, id: entry.id, data: entry.data as Record<string, unknown> };
			const html = entry.rendered?.html;
			const targets =
				typeof html === 'string'
					? targetsInRendered({ ...page, html })
					: (scan ??= createMentionScanner(terms))({ ...page, body: bodyOf(entry) });
			for (const target of targets) {
				const list = backlinks.get(target) ?? [];
				list.push(entry);
				backlinks.set(target, list);
			}
		}
	}
	const order = (e: AnyEntry) => collectionNames.indexOf(e.collection);
	for (const list of backlinks.values()) {
		list.sort((a, b) => order(a) - order(b) || titleOf(a).localeCompare(titleOf(b), 'nl'));
	}
	return backlinks;
}

/** Published pages that mention, link or refer to an entry (built on first use, then shared). */
export async function backlinksTo(entry: AnyEntry): Promise<AnyEntry[]> {
	index ??= build();
	return (await index).get(`${entry.collection}/${entry.id}`) ?? [];
}

/** Backlinks shown on a page; the rest are a search away, so pages do not grow with the site. */
export const BACKLINK_LIMIT = 12;

/** The "more" link under a capped backlink list: a search for the entry's title. */
export const searchMore = (title: string): { href: string; label: string } => ({
	href: `/zoeken/?${new URLSearchParams({ q: title })}`,
	label: `Zoek alle pagina’s over “${title}”`,
});

/** A term's definition, as the hidden definitions list on a page holds it. */
export interface TermDefinition {
	slug: string;
	/** The term as its heading writes it: the preview card's title. */
	term: string;
	definition: string;
}

let definitions: Promise<Map<string, TermDefinition>> | undefined;

/**
 * The definitions of the linked terms a page's `glossaryLinks` lists, in that
 * order; unknown slugs are skipped. The map is built once per build.
 */
export async function definitionsOf(slugs: readonly string[]): Promise<TermDefinition[]> {
	definitions ??= published('begrippen').then(
		(terms) => new Map(terms.map((t) => [t.id, { slug: t.id, term: t.data.term, definition: t.data.definition }])),
	);
	const map = await definitions;
	return slugs.flatMap((slug) => map.get(slug) ?? []);
}

/** The linked slugs a `render()` result reports (see remark-glossary-links), or none. */
export function linkedTerms(frontmatter: Record<string, unknown> | undefined): string[] {
	const links = frontmatter?.[GLOSSARY_LINKS_KEY];
	return Array.isArray(links) ? links.filter((slug): slug is string => typeof slug === 'string') : [];
}
