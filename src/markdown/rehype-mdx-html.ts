/**
 * Turns the HTML of an MDX body into plain HTML, so that the safe-HTML
 * sanitiser can judge it. In MDX, `<details>` or `<img onerror="…">` is not
 * raw HTML but JSX, compiled as code; `{expressions}` and `import`/`export`
 * run as code too. Content comes from the CMS and pull requests, so none of
 * that may run.
 *
 * This plugin turns each lowercase JSX element whose attributes are all plain
 * values (`<abbr title="…">`, `<details open>`) into an ordinary hast element,
 * with hastscript's HTML attribute handling. Everything else stays an MDX node:
 * ESM, expressions, components (`<Foo />`), fragments, and elements with an
 * expression or spread attribute. hast-util-sanitize keeps only the node types
 * it knows (root, element, text, comment, doctype), so rehype-safe-html, which
 * runs this first, drops all of those, with their children; on the converted
 * elements it removes event handlers and unsafe URLs as it does for Markdown.
 *
 * Astro's own MDX plugins (image components, heading ids, the frontmatter and
 * headings exports) run after the user's rehype plugins, so they still work.
 * `npm run validate` reports every dropped construct (src/lib/validation/mdx.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Components (capitalised JSX names) that content may use. None yet. Adding
 * one means listing it here (the validator then accepts it) and letting it
 * through in this plugin.
 */
export const MDX_COMPONENTS: readonly string[] = [];

/** The MDX node types in a hast tree, as @mdx-js/mdx passes them through. */
export const MDX_NODE_TYPES = [
	'mdxFlowExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxTextExpression',
	'mdxjsEsm',
] as const;

/** A plain (possibly custom) HTML element name; components are capitalised or dotted. */
export const HTML_NAME = /^[a-z][a-z0-9-]*$/;

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

const isJsxElement = (node: { type: string }): node is JsxElement =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * The attributes of a JSX element as an HTML attribute map, or undefined
 * when one of them is an expression (`src={x}`) or a spread (`{...props}`).
 */
export function literalAttributes(node: Pick<JsxElement, 'attributes'>): Record<string, string | boolean> | undefined {
	const attributes: Record<string, string | boolean> = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') return undefined;
		const { value } = attribute;
		if (value !== null && value !== undefined && typeof value !== 'string') return undefined;
		attributes[attribute.name] = value ?? true;
	}
	return attributes;
}

/** The plain element for a lowercase JSX element with plain attributes, without children. */
export function toElement(node: Pick<JsxElement, 'name' | 'attributes'>): Element | undefined {
	if (!node.name || !HTML_NAME.test(node.name)) return undefined;
	const attributes = literalAttributes(node);
	return attributes ? h(node.name, attributes) : undefined;
}

/** Converts the literal JSX elements of a tree in place. */
export function mdxToHtml(tree: Root): void {
	visit(tree, (node, index, parent) => {
		if (!isJsxElement(node) || !parent || index === undefined) return;
		const element = toElement(node);
		if (!element) return SKIP; // The sanitiser drops it with its children.
		element.children = node.children as ElementContent[];
		if (node.position) element.position = node.position;
		parent.children[index] = element as RootContent & ElementContent;
		return undefined; // Visit the children of the new element next.
	});
}
