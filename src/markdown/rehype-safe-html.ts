/**
 * Makes raw HTML in Markdown bodies safe. Content comes from the CMS, pull
 * requests and copy-paste, so HTML in it is untrusted: this plugin parses it
 * (rehype-raw) and then keeps only a safe subset (rehype-sanitize), built on
 * GitHub's allow-list with these changes:
 * - added: `abbr` (with `title`), `figure`/`figcaption`, `caption`;
 *   tables and `details`/`summary` are already in the default list;
 * - images keep `src`, `alt`, `title`, `width` and `height`; an image
 *   without alt text is removed, since it would be invisible to screen readers,
 *   and so is an image from another site, which the CSP (`img-src 'self'`)
 *   would block anyway;
 * - links and images may only use http(s), mailto or relative URLs, so
 *   `javascript:` and `data:` never survive, nor protocol-relative ones
 *   (`//evil.example`); form attributes such as `action` (an unchecked URL in
 *   GitHub's list, found by the property test) are removed;
 * - the attributes that remark-glossary-links puts on term links survive, on
 *   genuine term links only;
 * - `script` and `style` are dropped with their contents; other unknown
 *   elements (iframe, svg, object…) are unwrapped to their text;
 * - every id gets the prefix `user-content-` (footnotes already have it) and
 *   in-text links to it follow, so content cannot take an id the site's own
 *   scripts use; `name` is prefixed against DOM clobbering.
 *
 * Frontmatter never passes through here: Astro escapes it in templates.
 * MDX bodies get the same treatment: @astrojs/mdx inherits this plugin from
 * `markdown.processor`, and rehype-mdx-html first turns their plain JSX HTML
 * into elements; the sanitiser then drops what is left of MDX (imports,
 * `{expressions}`, components), since it keeps only node types it knows.
 * Used as `rehypePlugins: [rehypeSafeHtml]` in astro.config.mjs.
 */
import type { Comment, Element, Nodes, Root } from 'hast';
import { find, html } from 'property-information';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { MDX_NODE_TYPES, mdxToHtml } from './rehype-mdx-html.ts';
import { hasRaw, RAW_FREE } from './rehype-raw-when-needed.ts';
import { definitionId, TERM_LINK_CLASS } from './remark-glossary-links.ts';

const defaults = {
	tagNames: defaultSchema.tagNames ?? [],
	attributes: defaultSchema.attributes ?? {},
	strip: defaultSchema.strip ?? [],
};

const FORM_ATTRIBUTES = new Set(['action', 'accept', 'acceptCharset', 'encType', 'method']);

/** The allow-list: GitHub's, narrowed and extended as described above. */
export const safeHtmlSchema: Schema = {
	...defaultSchema,
	tagNames: [...defaults.tagNames, 'abbr', 'figure', 'figcaption', 'caption'],
	attributes: {
		...defaults.attributes,
		abbr: ['title'],
		// What remark-glossary-links adds (it runs before this plugin): the term
		// link's class and description.
		// The first className rule wins in hast-util-sanitize, so extend GitHub's rule.
		a: (defaults.attributes['a'] ?? []).map((rule) =>
			Array.isArray(rule) && rule[0] === 'className' ? ([...rule, TERM_LINK_CLASS] as typeof rule) : rule,
		),
		img: ['src', 'alt', 'title', 'width', 'height'],
		// GitHub's list allows form attributes everywhere; `action` is a URL it never checks.
		'*': (defaults.attributes['*'] ?? []).filter((a) => !FORM_ATTRIBUTES.has(String(a))),
	},
	protocols: {
		href: ['http', 'https', 'mailto'],
		src: ['http', 'https'],
		cite: ['http', 'https'],
		longDesc: ['http', 'https'],
	},
	strip: [...defaults.strip, 'style'],
	clobber: ['name'],
};

/** Prefix of every id in content, so that no content can take an id the site's own templates and scripts use. */
export const CONTENT_ID_PREFIX = 'user-content-';

/** Headings whose id (made later by Astro from their text) would start like this get a prefixed id now. */
const RESERVED_ID = /^begrip-uitleg-/;

/** Something the sanitiser removed from what the author wrote; `line` counts in the rendered text. */
export interface SanitiserLoss {
	kind:
		| 'element'
		| 'element-with-text'
		| 'attribute'
		| 'unclosed-comment'
		| 'image-without-alt'
		| 'external-image'
		| 'protocol-relative';
	tagName?: string;
	/** The HTML attribute name, as written (`onerror`, `aria-describedby`). */
	attribute?: string;
	value?: string;
	/** Where the removed thing starts, in the rendered text. */
	line?: number | undefined;
	offset?: number | undefined;
}

export interface SafeHtmlOptions {
	/**
	 * Called for everything removed, so `npm run validate` can say so
	 * (src/lib/validation/body.ts). The build passes nothing and pays nothing.
	 */
	onLoss?: (loss: SanitiserLoss, file: VFile) => void;
}

type Report = (loss: SanitiserLoss) => void;

const at = (node: Nodes) => ({ line: node.position?.start.line, offset: node.position?.start.offset });
const attributeName = (property: string) => find(html, property).attribute;
const text = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

/** The text inside an element. */
function toText(node: Element): string {
	let out = '';
	visit(node, 'text', (t) => {
		out += t.value;
	});
	return out;
}

const hasAlt = (node: Element) => typeof node.properties['alt'] === 'string' && node.properties['alt'].trim() !== '';

/** `//host` (also written `/\\host`), after the spaces and control characters a browser skips. */
const PROTOCOL_RELATIVE = /^[\s\p{Cc}]*[\\/][\\/]/u;
/** A URL that leaves the site: any scheme, or protocol-relative. */
const ABSOLUTE = /^[\s\p{Cc}]*(?:[a-z][a-z0-9+.-]*:|[\\/][\\/])/iu;

/** Properties that hold URLs; the sanitiser checks their schemes, this file their form. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc'];

const DATA_KEY = 'implementatiewikiNode';

/** Numbers every element and comment (in `data`, which the sanitiser copies), so what it dropped can be found. */
function numberNodes(tree: Root): Map<number, Element | Comment> {
	const nodes = new Map<number, Element | Comment>();
	visit(tree, (node) => {
		if (node.type !== 'element' && node.type !== 'comment') return;
		node.data = { ...node.data, [DATA_KEY]: nodes.size } as Element['data'];
		nodes.set(nodes.size, node);
	});
	return nodes;
}

const numberOf = (node: Nodes): number | undefined =>
	(node.data as Record<string, unknown> | undefined)?.[DATA_KEY] as number | undefined;

/**
 * A comment opened in raw HTML and never closed: Markdown makes the rest of
 * the text part of it, and parse5 drops it all, so the rest of the page is
 * gone; or closed only by the end of a later comment, which hides the text
 * in between.
 */
function reportUnclosedComments(tree: Root, report: Report): void {
	visit(tree, 'raw', (node) => {
		for (let open = node.value.indexOf('<!--'); open >= 0; open = node.value.indexOf('<!--', open + 4)) {
			const close = node.value.indexOf('-->', open + 4);
			// Closed, and not by the end of a later comment: an earlier one left open swallows what lies between.
			const next = node.value.indexOf('<!--', open + 4);
			if (close >= 0 && (next < 0 || next > close)) {
				open = close;
				continue;
			}
			const start = node.position?.start;
			const lines = node.value.slice(0, open).split('\n').length - 1;
			report({ kind: 'unclosed-comment', line: start ? start.line + lines : undefined });
			return;
		}
	});
}

/** Compares the tree before and after the sanitiser and reports every element, attribute and hiding comment it removed. */
function reportRemovals(before: Root, after: Root, report: Report): void {
	const kept = new Map<number, Element>();
	visit(after, 'element', (node) => {
		const n = numberOf(node);
		if (n !== undefined) kept.set(n, node);
	});
	visit(before, (node) => {
		// A closed comment is an editor's note, dropped by design.
		if (node.type === 'comment') return SKIP;
		if (node.type !== 'element') return undefined;
		const n = numberOf(node);
		const clean = n === undefined ? undefined : kept.get(n);
		if (!clean) {
			const gone = (safeHtmlSchema.strip ?? []).includes(node.tagName);
			report({ kind: gone ? 'element-with-text' : 'element', tagName: node.tagName, ...at(node) });
			// What was inside a stripped element went with it; an unwrapped element's children are judged on their own.
			return gone ? SKIP : undefined;
		}
		for (const [property, value] of Object.entries(node.properties)) {
			const now = clean.properties[property];
			if (value === null || value === undefined || value === false) continue;
			const lost =
				now === undefined || now === null
					? text(value)
					: Array.isArray(value) && Array.isArray(now)
						? value.filter((v) => !now.includes(v)).join(' ')
						: '';
			if (lost !== '' || (now === undefined && value === true))
				report({
					kind: 'attribute',
					tagName: node.tagName,
					attribute: attributeName(property),
					value: value === true ? '' : lost,
					...at(node),
				});
		}
		return undefined;
	});
}

/**
 * After the sanitiser: images without alt text and images from other sites
 * (which the CSP blocks, so they would show as broken) are removed, and so
 * are protocol-relative URLs (`//evil.example`), which the sanitiser reads as
 * relative.
 */
function dropUnsafeMedia(tree: Root, report: Report | undefined): void {
	visit(tree, 'element', (node, index, parent) => {
		for (const property of URL_PROPERTIES) {
			const value = node.properties[property];
			if (typeof value === 'string' && PROTOCOL_RELATIVE.test(value)) {
				report?.({ kind: 'protocol-relative', tagName: node.tagName, value, ...at(node) });
				delete node.properties[property];
			}
		}
		if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
		const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : '';
		if (!hasAlt(node)) report?.({ kind: 'image-without-alt', tagName: 'img', value: src, ...at(node) });
		else if (ABSOLUTE.test(src)) report?.({ kind: 'external-image', tagName: 'img', value: src, ...at(node) });
		else return undefined;
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
}

/** The slug a genuine term link points at: `/begrippen/<slug>/` with the matching definition. */
function isTermLink(node: Element): boolean {
	const slug = /^\/begrippen\/([^/]+)\/$/.exec(String(node.properties['href'] ?? ''))?.[1];
	const describedBy = node.properties['ariaDescribedBy'];
	return (
		slug !== undefined &&
		Array.isArray(describedBy) &&
		describedBy.length === 1 &&
		describedBy[0] === definitionId(slug)
	);
}

const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy', 'htmlFor', 'headers'];

/**
 * Content cannot take the ids and classes the site's scripts rely on: every
 * id gets `CONTENT_ID_PREFIX` (footnotes already have it), and references to
 * ids in the same text follow (`href="#x"`, `aria-describedby`, `for`).
 * A reference to an id outside the text is dropped, except on a genuine term
 * link; the term-link class stays only on such a link. A heading whose text
 * would give it the id of a term definition gets a prefixed id now (Astro
 * keeps an id that is already there). Without this, `<p id="begrip-uitleg-borging">`
 * before the real definition would be what the preview of "borging" shows.
 */
function ownIds(tree: Root, report: Report | undefined): void {
	const renamed = new Map<string, string>();
	visit(tree, 'element', (node) => {
		const id = node.properties['id'];
		if (typeof id === 'string' && id !== '') {
			const prefixed = id.startsWith(CONTENT_ID_PREFIX) ? id : `${CONTENT_ID_PREFIX}${id}`;
			renamed.set(id, prefixed);
			node.properties['id'] = prefixed;
		} else if (/^h[1-6]$/.test(node.tagName)) {
			const slug = toText(node)
				.toLowerCase()
				.trim()
				.replace(/[^\p{L}\p{N}\s_-]/gu, '')
				.replace(/\s/g, '-');
			if (RESERVED_ID.test(slug)) node.properties['id'] = `${CONTENT_ID_PREFIX}${slug}`;
		}
	});
	visit(tree, 'element', (node) => {
		const termLink = node.tagName === 'a' && isTermLink(node);
		for (const property of ID_REFERENCES) {
			const value = node.properties[property];
			if (value === undefined || value === null || (termLink && property === 'ariaDescribedBy')) continue;
			const ids = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
			const known = ids.flatMap((id) => {
				const to = renamed.get(id);
				if (!to)
					report?.({
						kind: 'attribute',
						tagName: node.tagName,
						attribute: attributeName(property),
						value: id,
						...at(node),
					});
				return to ? [to] : [];
			});
			if (known.length === 0) delete node.properties[property];
			else node.properties[property] = Array.isArray(value) ? known : known.join(' ');
		}
		const className = node.properties['className'];
		if (!termLink && Array.isArray(className) && className.includes(TERM_LINK_CLASS)) {
			report?.({
				kind: 'attribute',
				tagName: node.tagName,
				attribute: 'class',
				value: TERM_LINK_CLASS,
				...at(node),
			});
			const rest = className.filter((c) => c !== TERM_LINK_CLASS);
			if (rest.length > 0) node.properties['className'] = rest;
			else delete node.properties['className'];
		}
		const href = node.properties['href'];
		if (typeof href === 'string' && href.startsWith('#')) {
			let target = href.slice(1);
			try {
				target = decodeURIComponent(target);
			} catch {
				// Not percent-encoded after all: compare as written.
			}
			const to = renamed.get(target);
			if (to) node.properties['href'] = `#${to}`;
		}
	});
}

/**
 * The plugin: turn MDX's plain JSX HTML into elements, parse raw HTML (MDX
 * nodes pass through untouched), sanitise it all with `safeHtmlSchema`, drop
 * images without alt or from other sites and protocol-relative URLs, and give
 * content ids a prefix of their own. With `onLoss`, every removal is reported.
 *
 * rehype-raw runs only on trees that hold raw HTML. Without any, it would only
 * rebuild the same tree through parse5: about a quarter of the Markdown time
 * of a page. Such a tree is marked (`RAW_FREE`), so that the render workers
 * can skip Astro's own rehype-raw at the end as well
 * (src/markdown/rehype-raw-when-needed.ts). The sanitiser runs on every tree
 * either way.
 */
const rehypeSafeHtml: Plugin<[SafeHtmlOptions?], Root> = (options = {}) => {
	const raw = rehypeRaw({ passThrough: [...MDX_NODE_TYPES] });
	const sanitize = rehypeSanitize(safeHtmlSchema);
	return (tree, file) => {
		const onLoss = options.onLoss;
		const report: Report | undefined = onLoss ? (loss) => onLoss(loss, file) : undefined;
		mdxToHtml(tree);
		const rawFree = !hasRaw(tree);
		if (rawFree) file.data[RAW_FREE] = true;
		if (report && !rawFree) reportUnclosedComments(tree, report);
		const parsed = rawFree ? tree : ((raw(tree, file) ?? tree) as Root);
		if (report) numberNodes(parsed);
		const clean = (sanitize(parsed) ?? parsed) as Root;
		if (report) reportRemovals(parsed, clean, report);
		dropUnsafeMedia(clean, report);
		ownIds(clean, report);
		return clean;
	};
};

export default rehypeSafeHtml;
