/**
 * remark plugin: links the first mention of every glossary term (or one of its
 * aliases) on a page to that term's page, so a reader can look a word up
 * wherever they meet it.
 *
 * - One matcher for all terms, built once: an index from each term's first word
 *   to the forms starting with it, longest first, so "lerend netwerk" wins over
 *   "netwerk" and the cost per text node does not grow with the number of terms.
 * - Case-insensitive and on whole words. A word boundary is any character that
 *   is not a letter, mark or digit (Unicode-aware, so "geïmplementeerd" is one
 *   word); a hyphen joining two letters belongs to the word. Decision: a term
 *   inside a compound is not linked: "borging" does not link "borgingsplan" or
 *   "borging-plan", because the compound often means something else.
 * - Only the first mention per page, never inside headings, links, code or raw
 *   HTML links, never on the term's own page, never on drafts, and never when the
 *   frontmatter says `autolink: false`.
 * - Never inside a proper name: "Handleiding Implementatie" or "Zorg Evaluatie &
 *   Gepast Gebruik" is one name, not a term with words around it. The names come
 *   in as `protectedNames` (src/markdown/protected-names.ts) and from the page's
 *   own `properNames` field; the matcher reads a name as one unit and links nothing in it.
 * - Sparing: at most one link per sentence (a hand-written link counts), and at
 *   least MIN_WORDS_BETWEEN words after the previous link in the same block, so
 *   a dense sentence does not become a row of dotted words. A term skipped
 *   here is linked at a later mention.
 * - The link points at the definition through `aria-describedby` and carries
 *   nothing else. The page renders the hidden definitions, with the terms'
 *   names (src/components/TermDefinitions.astro), so screen readers hear them
 *   (also without JavaScript) and the preview script reads them from there.
 *   They are not part of the rendered Markdown: Astro stores that HTML for
 *   every entry, and the definitions were 40% of it.
 *
 * The slugs of the linked terms are added to the frontmatter Astro returns from
 * `render()` as `glossaryLinks`: the page renders their definitions from it, and
 * loads the preview script only when there are any.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';

/** What the plugin needs to know about one glossary term. */
export interface GlossaryTerm {
	/** Slug: the file name in `content/begrippen/` and the last URL segment. */
	slug: string;
	/** The term as it is written in a heading. */
	term: string;
	/** Other forms that also link to the term. */
	aliases: readonly string[];
	/** The short definition shown in the preview. */
	definition: string;
}

export interface GlossaryLinksOptions {
	/** Published terms; drafts must be left out by the caller. */
	terms: readonly GlossaryTerm[];
	/** Proper names (organisations, documents, laws, programmes) inside which nothing is linked. */
	protectedNames?: readonly string[];
	/** URL of a term page; defaults to `/begrippen/<slug>/`. */
	href?: (slug: string) => string;
}

/** Frontmatter field with a page's own proper names, on top of `protectedNames`. */
export const PROPER_NAMES_KEY = 'properNames';

/** Words a link needs after the previous one in the same block (paragraph, list item, cell). */
export const MIN_WORDS_BETWEEN = 12;

/** Blocks that start a fresh count of sentences and words. */
const BLOCKS = new Set(['paragraph', 'listItem', 'tableCell', 'blockquote', 'mdxJsxFlowElement']);

/** End of a sentence: . ! or ? before white space or the end of the text. */
const SENTENCE_END = /[.!?](?=\s|$)/g;

/** Frontmatter key under which the linked slugs are returned. */
export const GLOSSARY_LINKS_KEY = 'glossaryLinks';

/** Class on every automatic term link; the preview script looks for it. */
export const TERM_LINK_CLASS = 'term-link';

/** Id of the hidden element that holds a term's definition on a page. */
export const definitionId = (slug: string): string => `begrip-uitleg-${slug}`;

/** Nodes whose text is never linked. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'definition', 'code', 'inlineCode', 'html', 'yaml', 'toml']);
/** JSX/HTML elements whose text is never linked (MDX or raw HTML). */
const SKIP_TAGS = new Set([
	'a',
	'code',
	'pre',
	'kbd',
	'samp',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'button',
	'label',
	'summary',
	'script',
	'style',
]);

// Plain toLowerCase: Dutch has no locale-specific lowercasing, and the locale-aware call is much slower per word.
const key = (text: string) => text.normalize('NFC').toLowerCase();

/** The compiled matcher: one index of first words plus a lookup from matched text to term. */
export interface GlossaryMatcher {
	/** Finds all whole-word matches in `text`, leftmost and longest first. */
	matches(text: string): { index: number; text: string; term: GlossaryTerm }[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Runs of letters, marks and digits: the places where a term can start. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Candidate {
	/** The form's key (lowercase, single spaces); the sort key, longest first. */
	form: string;
	/** Its first word: the key of the index. */
	first: string;
	/** The form's words after the first, each with the separator before it (" ", "-", " / "…). */
	rest: { separator: string; word: string }[];
	/** What follows the last word, such as the "+" of "C++"; usually empty. */
	tail: string;
	/** The term it links to; none for a proper name, which is matched only to be skipped whole. */
	term: GlossaryTerm | undefined;
	/** For a proper name: its first letter as written. A name matches only with that letter's case, so "Voorbereiding" (a step) does not swallow "voorbereiding". */
	initial?: string;
}

/** From a position: the separator up to the next word, and that word. */
const NEXT_WORD = /([^\p{L}\p{M}\p{N}]*)([\p{L}\p{M}\p{N}]+)/uy;

/** A separator as a form compares it: every run of whitespace is one space (line breaks in a paragraph). */
const separatorKey = (text: string) => text.replace(/\s+/g, ' ');

/** True when a word character, or a hyphen joining one, follows `index`: then the match would end inside a word. */
const joinedAt = (text: string, index: number) =>
	WORD_CHAR.test(text[index] ?? '') || (text[index] === '-' && WORD_CHAR.test(text[index + 1] ?? ''));

/** Splits a form's key into its first word, the later words with their separators, and a tail. */
function candidateOf(form: string, term: GlossaryTerm | undefined): Candidate | undefined {
	const words = [...form.matchAll(WORD)];
	const first = words[0];
	if (!first || first.index !== 0) return undefined;
	const rest = words.slice(1).map((word, i) => {
		const previous = words[i] ?? first;
		return { separator: form.slice(previous.index + previous[0].length, word.index), word: word[0] };
	});
	const last = words.at(-1) ?? first;
	return { form, first: first[0], rest, tail: form.slice(last.index + last[0].length), term };
}

/**
 * Builds the matcher once for a term list: an index from the first word of
 * every term and alias to the forms that start with it, longest first. A text
 * is scanned once, word by word; at each word only the few forms starting with
 * that word are tried, by comparing the next words and what lies between them. No
 * regular expression per form: a site has thousands of forms, and compiling a
 * Unicode pattern for each is slow, again in every render worker.
 */
export function createGlossaryMatcher(
	terms: readonly GlossaryTerm[],
	protectedNames: readonly string[] = [],
): GlossaryMatcher {
	const seen = new Set<string>();
	const byFirstWord = new Map<string, Candidate[]>();
	// Terms first: a name that is itself a term or alias ("Nederlands Implementatie Collectief") links as a whole.
	const forms = [
		...terms.flatMap((term) => [term.term, ...term.aliases].map((name) => ({ name, term }))),
		...protectedNames.map((name) => ({ name, term: undefined })),
	];
	for (const { name, term } of forms) {
		const form = key(name.trim()).replace(/\s+/g, ' ');
		// The first term to claim a form keeps it; the validator forbids duplicates.
		// A form must start with a letter or digit (where a scan can find it).
		const candidate = seen.has(form) ? undefined : candidateOf(form, term);
		if (candidate && !term) candidate.initial = name.trim().charAt(0);
		if (!candidate) continue;
		seen.add(form);
		const list = byFirstWord.get(candidate.first) ?? [];
		list.push(candidate);
		byFirstWord.set(candidate.first, list);
	}
	for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);

	/** The end of `candidate` when it matches right after its first word (which ends at `end`), or -1. */
	const matchEnd = (text: string, end: number, candidate: Candidate): number => {
		for (const part of candidate.rest) {
			NEXT_WORD.lastIndex = end;
			const next = NEXT_WORD.exec(text);
			if (!next || key(next[2] ?? '') !== part.word || separatorKey(next[1] ?? '') !== part.separator) return -1;
			end = NEXT_WORD.lastIndex;
		}
		if (candidate.tail) {
			if (text.slice(end, end + candidate.tail.length) !== candidate.tail) return -1;
			end += candidate.tail.length;
		}
		return joinedAt(text, end) ? -1 : end;
	};

	return {
		matches(text) {
			const found: { index: number; text: string; term: GlossaryTerm }[] = [];
			const words = new RegExp(WORD.source, WORD.flags);
			for (let word = words.exec(text); word; word = words.exec(text)) {
				const start = word.index;
				// Not the second half of a hyphenated word ("PDCA-aanpak").
				if (start >= 2 && text[start - 1] === '-' && WORD_CHAR.test(text[start - 2] ?? '')) continue;
				const candidates = byFirstWord.get(key(word[0]));
				if (!candidates) continue;
				for (const candidate of candidates) {
					if (candidate.initial !== undefined && text[start] !== candidate.initial) continue;
					const end = matchEnd(text, start + word[0].length, candidate);
					if (end < 0) continue;
					// A proper name is passed over whole: nothing inside it is linked.
					if (candidate.term) found.push({ index: start, text: text.slice(start, end), term: candidate.term });
					words.lastIndex = end;
					break;
				}
			}
			return found;
		},
	};
}

/** The collection and slug of a content file, from its path. */
function pageOf(file: VFile): { collection: string; slug: string } | undefined {
	const path = file.path ? String(file.path).split('\\').join('/') : '';
	const match = /([^/]+)\/([^/]+)\.mdx?$/.exec(path);
	return match ? { collection: match[1] ?? '', slug: match[2] ?? '' } : undefined;
}

/** Tag name of an opening (`1`) or closing (`-1`) raw HTML tag we must not link inside. */
function htmlTagDepth(value: string): number {
	let depth = 0;
	for (const match of value.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
		if (!SKIP_TAGS.has((match[2] ?? '').toLowerCase()) || match[3] === '/') continue;
		depth += match[1] === '/' ? -1 : 1;
	}
	return depth;
}

/**
 * The plugin. Use it as `[remarkGlossaryLinks, { terms }]` so the term list is
 * part of Astro's config digest (its content cache is cleared when terms change).
 */
/** Words in `text`: what the gap between two links is counted in. */
const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

/** The state of the block being walked: whether its current sentence has a link, and the words since the last link. */
interface Pace {
	linkedInSentence: boolean;
	wordsSinceLink: number;
}
const freshPace = (): Pace => ({ linkedInSentence: false, wordsSinceLink: Number.POSITIVE_INFINITY });

/** Moves `pace` over plain text: a sentence end clears the sentence's link, every word adds to the gap. */
function advance(pace: Pace, text: string): void {
	if (text.length === 0) return;
	SENTENCE_END.lastIndex = 0;
	if (SENTENCE_END.test(text)) pace.linkedInSentence = false;
	pace.wordsSinceLink += countWords(text);
}

/** The page's own proper names from its frontmatter, if it lists any. */
function pageNames(frontmatter: Record<string, unknown>): string[] {
	const names = frontmatter[PROPER_NAMES_KEY];
	return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

/**
 * The plugin. Use it as `[remarkGlossaryLinks, { terms, protectedNames }]` so
 * the lists are part of Astro's config digest (its content cache is cleared when they change).
 */
export default function remarkGlossaryLinks(options: GlossaryLinksOptions) {
	if (!Array.isArray(options?.terms)) {
		throw new TypeError('remarkGlossaryLinks: expected options.terms to be a list of glossary terms');
	}
	const protectedNames = options.protectedNames ?? [];
	const siteMatcher = createGlossaryMatcher(options.terms, protectedNames);
	const href = options.href ?? ((slug: string) => `/begrippen/${slug}/`);

	return (tree: Root, file: VFile): void => {
		const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		const frontmatter = astro?.frontmatter ?? {};
		if (frontmatter['draft'] === true || frontmatter['autolink'] === false) return;
		const page = pageOf(file);
		const ownSlug = page?.collection === 'begrippen' ? page.slug : undefined;
		// A page with names of its own gets its own matcher; the few such pages pay for it, not the rest.
		const ownNames = pageNames(frontmatter);
		const matcher =
			ownNames.length > 0 ? createGlossaryMatcher(options.terms, [...protectedNames, ...ownNames]) : siteMatcher;

		const linked = new Map<string, GlossaryTerm>();
		let pace = freshPace();

		const linkText = (node: Text): PhrasingContent[] | undefined => {
			const parts: PhrasingContent[] = [];
			let last = 0;
			// How far `pace` has read; runs ahead of `last` over mentions that stay unlinked.
			let read = 0;
			for (const match of matcher.matches(node.value)) {
				const { term } = match;
				advance(pace, node.value.slice(read, match.index));
				read = match.index;
				if (
					term.slug === ownSlug ||
					linked.has(term.slug) ||
					pace.linkedInSentence ||
					pace.wordsSinceLink < MIN_WORDS_BETWEEN
				)
					continue;
				linked.set(term.slug, term);
				if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
				const link: Link = {
					type: 'link',
					url: href(term.slug),
					children: [{ type: 'text', value: match.text }],
					data: {
						hProperties: {
							className: [TERM_LINK_CLASS],
							ariaDescribedBy: [definitionId(term.slug)],
						},
					},
				};
				parts.push(link);
				last = match.index + match.text.length;
				read = last;
				pace = { linkedInSentence: true, wordsSinceLink: 0 };
			}
			advance(pace, node.value.slice(read));
			if (parts.length === 0) return undefined;
			if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
			return parts;
		};

		const walk = (parent: Parent): void => {
			let htmlDepth = 0;
			for (let i = 0; i < parent.children.length; i++) {
				const child = parent.children[i] as Nodes;
				if (BLOCKS.has(child.type)) pace = freshPace();
				if (child.type === 'html') {
					htmlDepth = Math.max(0, htmlDepth + htmlTagDepth(child.value));
					continue;
				}
				// A hand-written link counts as the sentence's link.
				if (child.type === 'link' || child.type === 'linkReference') {
					pace = { linkedInSentence: true, wordsSinceLink: 0 };
					continue;
				}
				if (htmlDepth > 0 || SKIP.has(child.type)) continue;
				if (child.type === 'text') {
					const parts = linkText(child);
					if (parts) {
						parent.children.splice(i, 1, ...(parts as RootContent[]));
						i += parts.length - 1;
					}
					continue;
				}
				const type: string = child.type;
				if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
					const name = String((child as { name?: unknown }).name ?? '').toLowerCase();
					if (SKIP_TAGS.has(name)) continue;
				}
				if ('children' in child) walk(child as Parent);
			}
		};
		walk(tree);

		if (linked.size === 0) return;
		if (astro) astro.frontmatter = { ...frontmatter, [GLOSSARY_LINKS_KEY]: [...linked.keys()] };
	};
}
