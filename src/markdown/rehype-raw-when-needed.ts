/**
 * rehype-raw for the last step of Astro's Markdown processor, as the render
 * workers run it (src/markdown/render-worker.ts): it skips trees that never
 * held raw HTML.
 *
 * Why: Astro's processor ends every render with rehype-raw, which rebuilds
 * the whole tree through parse5 even when there is nothing to parse, a large
 * share of the Markdown time of a page. A tree that held no raw HTML when
 * rehype-safe-html saw it comes straight from Markdown, and is already the
 * tree parse5 would build except for one detail that this plugin does itself:
 * a non-boolean attribute set to `true` (`data-footnote-ref`) comes back from
 * parse5 as an empty string. The tests render the real content, the fixtures,
 * footnotes and the XSS payloads both ways and compare. A tree that did hold
 * raw HTML still goes through parse5, which also repairs what the sanitiser
 * leaves behind (a table inside a paragraph, say).
 */
import type { Root } from 'hast';
import { find, html } from 'property-information';
import rehypeRaw, { type Options } from 'rehype-raw';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { registerHooks } from 'node:module';

/** `file.data` key that rehype-safe-html sets when the tree held no raw HTML. */
export const RAW_FREE = 'implementatiewikiRawFree';

/** True when the tree holds a `raw` node anywhere. */
export function hasRaw(node: Root | Root['children'][number]): boolean {
	if (node.type === 'raw') return true;
	if (!('children' in node)) return false;
	for (const child of node.children) if (hasRaw(child)) return true;
	return false;
}

/** What parse5 does to attributes of a tree that needs no parsing: `true` on a non-boolean attribute becomes `''`. */
function asParse5Would(tree: Root): void {
	visit(tree, 'element', ({ properties }) => {
		for (const [key, value] of Object.entries(properties)) {
			if (value !== true) continue;
			const info = find(html, key);
			if (!info.boolean && !info.overloadedBoolean) properties[key] = '';
		}
	});
}

/** The plugin, with rehype-raw's options: parse5 for trees that held raw HTML, the attribute fix-up for the rest. */
export default function rehypeRawWhenNeeded(options?: Options) {
	const raw = rehypeRaw(options);
	return (tree: Root, file: VFile): Root | undefined => {
		if (file.data[RAW_FREE] !== true || hasRaw(tree)) return raw(tree, file);
		asParse5Would(tree);
		return undefined;
	};
}

/**
 * A module resolve hook (`module.registerHooks`) that gives Astro's Markdown
 * processor this module wherever it imports `rehype-raw`. Every other import,
 * ours of rehype-raw included, resolves as usual.
 */
export const resolveRehypeRaw: NonNullable<Parameters<typeof registerHooks>[0]['resolve']> = (
	specifier,
	context,
	next,
) =>
	specifier === 'rehype-raw' &&
	/[\\/]@astrojs[\\/]markdown-remark[\\/]dist[\\/]index\.js$/.test(context.parentURL ?? '')
		? { url: import.meta.url, shortCircuit: true }
		: next(specifier, context);
