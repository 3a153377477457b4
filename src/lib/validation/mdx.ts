/**
 * Checks the body of `.mdx` files. MDX compiles its body as code: `import`
 * and `export`, `{expressions}` and JSX would all run. The build drops them
 * (src/markdown/rehype-mdx-html.ts with rehype-safe-html), so this check says
 * what would be dropped and why, one line per problem, instead of letting a
 * page lose text in silence. HTML elements and attributes are judged by the
 * sanitiser itself (`safeHtmlSchema`), so the allow-list exists only once.
 */
import type { Root } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeSanitize from 'rehype-sanitize';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { HTML_NAME, MDX_COMPONENTS, toElement } from '../../markdown/rehype-mdx-html.ts';
import { safeHtmlSchema } from '../../markdown/rehype-safe-html.ts';
import type { ContentProblem } from '../../schemas/errors.ts';
import { bodyMessages, orList } from '../../schemas/messages.ts';
import type { RawEntry } from './load.ts';

/** A short, one-line quote of source text. */
const quote = (text: string) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
};

// Ancestors (a `tr` needs a `table`) do not matter when one element is judged alone.
const sanitize = rehypeSanitize({ ...safeHtmlSchema, ancestors: {} });
const tagNames = new Set(safeHtmlSchema.tagNames ?? []);
const protocols = safeHtmlSchema.protocols ?? {};

/** The element `<tag attribute="value">` (`value` null: a bare attribute), as the pipeline makes it. */
const single = (tag: string, attribute: string, value: string | null) =>
	toElement({ name: tag, attributes: [{ type: 'mdxJsxAttribute', name: attribute, value }] });

/** True when the sanitiser keeps this attribute with this value on this element. */
function keeps(tag: string, attribute: string, value: string | null): boolean {
	const element = single(tag, attribute, value);
	if (!element) return false;
	const clean = sanitize({ type: 'root', children: [element] }) as Root;
	const after = clean.children[0];
	return after?.type === 'element' && Object.keys(element.properties).every((key) => key in after.properties);
}

/** "http:, https: or mailto:": the schemes the sanitiser allows in a URL attribute. */
function schemesOf(tag: string, attribute: string): string {
	const property = Object.keys(single(tag, attribute, '/')?.properties ?? {})[0] ?? attribute;
	return orList((protocols[property] ?? []).map((p) => `${p}:`));
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The problems with one JSX element (not its children). */
function checkElement(node: JsxElement, problem: (message: string) => void): void {
	const line = node.position?.start.line;
	const name = node.name;
	if (name === null) return problem(bodyMessages.mdxFragment(line));
	if (!HTML_NAME.test(name)) {
		if (!MDX_COMPONENTS.includes(name)) problem(bodyMessages.mdxComponent(name, line, MDX_COMPONENTS));
		return;
	}
	if (!tagNames.has(name)) return problem(bodyMessages.element(name, line));
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			problem(bodyMessages.mdxSpread(name, quote(attribute.value), line));
			continue;
		}
		const { value } = attribute;
		if (value !== null && value !== undefined && typeof value !== 'string') {
			problem(bodyMessages.mdxAttributeCode(name, attribute.name, quote(value.value), line));
			continue;
		}
		if (keeps(name, attribute.name, value ?? null)) continue;
		if (/^on/i.test(attribute.name)) problem(bodyMessages.handler(name, attribute.name, line));
		else if (typeof value === 'string' && keeps(name, attribute.name, '/'))
			problem(bodyMessages.urlAttribute(name, attribute.name, quote(value), line, schemesOf(name, attribute.name)));
		else problem(bodyMessages.attribute(name, attribute.name, line));
	}
}

/**
 * Every `.mdx` body must parse as MDX and contain no code: no `import` or
 * `export`, no `{expressions}`, no components, and only the HTML elements,
 * attributes and URLs that the sanitiser keeps.
 */
export function checkMdx(entries: readonly RawEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const parser = unified().use(remarkParse).use(remarkMdx);
	for (const entry of entries) {
		if (!entry.file.endsWith('.mdx')) continue;
		const problem = (message: string) => problems.push({ file: entry.file, field: 'body', message });
		let tree;
		try {
			tree = parser.parse(entry.body);
		} catch (error) {
			const { line, place, reason } = error as {
				line?: number;
				place?: { start?: { line?: number } };
				reason?: string;
			};
			// Some messages carry their place only in the text: "… for `<div>` (3:1-3:6)".
			const text = reason ?? String(error);
			const inText = / \((\d+):\d+(?:-\d+:\d+)?\)/.exec(text);
			const why = text.replace(inText?.[0] ?? '', '').replace(/\.$/, '');
			problem(bodyMessages.mdxSyntax(line ?? place?.start?.line ?? Number(inText?.[1]), why));
			continue;
		}
		visit(tree, (node) => {
			switch (node.type) {
				case 'mdxjsEsm':
					problem(bodyMessages.mdxEsm(quote(node.value.split('\n')[0] ?? ''), node.position?.start.line));
					return SKIP;
				case 'mdxFlowExpression':
				case 'mdxTextExpression':
					// `{/* a comment */}` is how MDX writes comments: no code, and the build drops it.
					if (node.data?.estree?.body.length === 0) return SKIP;
					problem(bodyMessages.mdxExpression(quote(node.value), node.position?.start.line));
					return SKIP;
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					checkElement(node, problem);
					return undefined;
				default:
					return undefined;
			}
		});
	}
	return problems;
}
