/**
 * Wraps every table in a region that scrolls sideways on its own.
 *
 * Why: a table with four or five columns of Dutch text (the criteria of
 * /methoden-en-tools/overdrachtscriteria/ run to 1,000 px) pushed the whole
 * page wider than a phone, so every line of the page had to be scrolled. In
 * its own region only the table scrolls. The region is focusable
 * (`tabindex="0"`), so it can be scrolled with the arrow keys, and labelled
 * ("Tabel: " and the heading above it, or its caption, or its column heads),
 * so a screen reader says what the stop is. The visible cue (shadows at the
 * edge that hides more) is the `.table-scroll` style in global.css.
 *
 * Runs after rehype-safe-html: the sanitiser would strip `role` and `tabindex`,
 * and by then raw HTML tables are elements too.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The class the site's CSS gives the region. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

const HEADING = /^h[1-6]$/;

/** The plain text of a node, with runs of whitespace made one space. */
const textOf = (node: ElementContent | RootContent): string =>
	(node.type === 'text'
		? node.value
		: 'children' in node
			? node.children.map((child) => textOf(child as ElementContent)).join('')
			: ''
	)
		.replace(/\s+/g, ' ')
		.trim();

/** The column heads of a table, in order. */
function columnHeads(table: Element): string[] {
	const heads: string[] = [];
	visit(table, 'element', (node) => {
		if (node.tagName === 'th') heads.push(textOf(node));
		if (node.tagName === 'tr' && heads.length > 0) return false; // only the first row with heads
		return undefined;
	});
	return heads.filter(Boolean);
}

/** What the region is called: the table's caption, else the nearest heading before it, else its column heads. */
function labelOf(table: Element, before: readonly (ElementContent | RootContent)[]): string {
	const caption = table.children.find((child) => child.type === 'element' && child.tagName === 'caption');
	if (caption) return textOf(caption);
	const heading = before.findLast((node) => node.type === 'element' && HEADING.test(node.tagName));
	if (heading) return `Tabel: ${textOf(heading)}`;
	const heads = columnHeads(table);
	return heads.length > 0 ? `Tabel: ${heads.join(', ')}` : 'Tabel';
}

export default function rehypeTableScroll() {
	return (tree: Root): void => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
			const already = parent.type === 'element' && (parent.properties['className'] as string[] | undefined);
			if (Array.isArray(already) && already.includes(TABLE_SCROLL_CLASS)) return SKIP;
			const region: Element = {
				type: 'element',
				tagName: 'div',
				properties: {
					className: [TABLE_SCROLL_CLASS],
					role: 'region',
					tabIndex: 0,
					ariaLabel: labelOf(node, parent.children.slice(0, index)),
				},
				children: [node],
			};
			parent.children[index] = region;
			return SKIP;
		});
	};
}
