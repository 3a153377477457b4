/**
 * Makes raw HTML in Markdown bodies safe. Content comes from the CMS, pull
 * requests and copy-paste, so HTML in it is untrusted: this plugin parses it
 * (rehype-raw) and then keeps only a safe subset (rehype-sanitize), built on
 * GitHub's allow-list with these changes:
 * - added: `abbr` (with `title`), `figure`/`figcaption`, `caption`;
 *   tables and `details`/`summary` are already in the default list;
 * - images keep `src`, `alt`, `title`, `width` and `height`, and an image
 *   without alt text is removed, since it would be invisible to screen readers;
 * - links and images may only use http(s), mailto or relative URLs, so
 *   `javascript:` and `data:` never survive; form attributes such as `action`
 *   (an unchecked URL in GitHub's list, found by the property test) are removed;
 * - the attributes that remark-glossary-links puts on term links survive;
 * - `script` and `style` are dropped with their contents; other unknown
 *   elements (iframe, svg, object…) are unwrapped to their text;
 * - ids are kept as written (footnotes and in-page anchors link to them); only
 *   `name` is prefixed against DOM clobbering. Our scripts read no globals.
 *
 * Frontmatter never passes through here: Astro escapes it in templates.
 * MDX bodies get the same treatment: @astrojs/mdx inherits this plugin from
 * `markdown.processor`, and rehype-mdx-html first turns their plain JSX HTML
 * into elements; the sanitiser then drops what is left of MDX (imports,
 * `{expressions}`, components), since it keeps only node types it knows.
 * Used as `rehypePlugins: [rehypeSafeHtml]` in astro.config.mjs.
 */
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { MDX_NODE_TYPES, mdxToHtml } from './rehype-mdx-html.ts';
import { hasRaw, RAW_FREE } from './rehype-raw-when-needed.ts';
import { TERM_LINK_CLASS } from './remark-glossary-links.ts';

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

const hasAlt = (node: Element) => typeof node.properties['alt'] === 'string' && node.properties['alt'].trim() !== '';

/** Removes images without alt text. */
const dropImagesWithoutAlt = () => (tree: Root) => {
	visit(tree, 'element', (node, index, parent) => {
		if (node.tagName !== 'img' || hasAlt(node) || !parent || index === undefined) return;
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
};

/**
 * The plugin: turn MDX's plain JSX HTML into elements, parse raw HTML (MDX
 * nodes pass through untouched), sanitise it all with `safeHtmlSchema`, drop
 * images without alt.
 *
 * rehype-raw runs only on trees that hold raw HTML. Without any, it would only
 * rebuild the same tree through parse5: about a quarter of the Markdown time
 * of a page. Such a tree is marked (`RAW_FREE`), so that the render workers
 * can skip Astro's own rehype-raw at the end as well
 * (src/markdown/rehype-raw-when-needed.ts). The sanitiser runs on every tree
 * either way.
 */
const rehypeSafeHtml: Plugin<[], Root> = () => {
	const raw = rehypeRaw({ passThrough: [...MDX_NODE_TYPES] });
	const sanitize = rehypeSanitize(safeHtmlSchema);
	const images = dropImagesWithoutAlt();
	return (tree, file) => {
		mdxToHtml(tree);
		const rawFree = !hasRaw(tree);
		if (rawFree) file.data[RAW_FREE] = true;
		const parsed = rawFree ? tree : ((raw(tree, file) ?? tree) as Root);
		const clean = (sanitize(parsed) ?? parsed) as Root;
		images(clean);
		return clean;
	};
};

export default rehypeSafeHtml;
