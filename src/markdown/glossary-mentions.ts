/**
 * Which entries a page points to: the glossary terms the link plugin links in
 * its Markdown body, every explicit link to an entry page in the body, and
 * every reference in its frontmatter. Targets are `collection/id` keys. Pure,
 * so it can be tested on strings; `src/lib/glossary.ts` runs it once per build
 * over all content to find backlinks, reading the HTML Astro already rendered
 * and parsing only what has no rendered HTML (MDX).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { collections, collectionNames } from '../schemas/index.ts';
import remarkGlossaryLinks, { type GlossaryTerm } from './remark-glossary-links.ts';

/** One page to scan. */
export interface MentionSource {
	collection: string;
	id: string;
	/** Markdown body. */
	body: string;
	/** Frontmatter as parsed by the schema (references as `{ collection, id }`). */
	data: Record<string, unknown>;
}

/** URL prefix → collection, for entries that live at `<base><slug>/`. */
const bases = collectionNames.flatMap((name) => {
	const base = collections[name].base;
	return base && name !== 'paginas' ? [[base, name] as const] : [];
});

/** The `collection/id` key of an internal entry URL such as `/begrippen/borging/#x`. */
export function targetOf(url: string): string | undefined {
	const path = url.split(/[#?]/)[0] ?? '';
	for (const [base, name] of bases) {
		const rest = path.startsWith(base) ? path.slice(base.length) : '';
		const match = /^([a-z0-9-]+)\/?$/.exec(rest);
		if (match) return `${name}/${match[1]}`;
	}
	return undefined;
}

/** Collects `{ collection, id }` references anywhere in frontmatter. */
function frontmatterRefs(value: unknown, out: Set<string>): void {
	if (Array.isArray(value)) {
		for (const item of value) frontmatterRefs(item, out);
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		const ref = value as { collection?: unknown; id?: unknown };
		if (typeof ref.collection === 'string' && typeof ref.id === 'string') out.add(`${ref.collection}/${ref.id}`);
	}
}

const HREF = /\shref="([^"]*)"/g;

/**
 * The same targets read from HTML the Markdown pipeline already rendered (the
 * term links are in it), so backlinks need no second parse: every internal
 * entry link plus the frontmatter references.
 */
export function targetsInRendered(page: Omit<MentionSource, 'body'> & { html: string }): string[] {
	const found = new Set<string>();
	for (const match of page.html.matchAll(HREF)) {
		const target = targetOf((match[1] ?? '').replace(/&#x26;|&amp;/g, '&'));
		if (target) found.add(target);
	}
	for (const value of Object.values(page.data)) frontmatterRefs(value, found);
	found.delete(`${page.collection}/${page.id}`);
	return [...found];
}

/** Builds a scanner for one term list (the matcher is compiled once); it returns `collection/id` keys. */
export function createMentionScanner(terms: readonly GlossaryTerm[]) {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGlossaryLinks, { terms }).freeze();
	return (page: MentionSource): string[] => {
		const found = new Set<string>();
		const file = new VFile({
			value: page.body,
			path: `${page.collection}/${page.id}.md`,
			data: { astro: { frontmatter: page.data } },
		});
		const tree = processor.runSync(processor.parse(file), file) as Root;
		visit(tree, 'link', (node) => {
			const target = targetOf(node.url);
			if (target) found.add(target);
		});
		for (const value of Object.values(page.data)) frontmatterRefs(value, found);
		found.delete(`${page.collection}/${page.id}`);
		return [...found];
	};
}
