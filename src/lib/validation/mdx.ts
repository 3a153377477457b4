/**
 * Checks the body of `.mdx` files. MDX compiles its body as code: `import`
 * and `export`, `{expressions}` and JSX would all run. The build drops them
 * (src/markdown/rehype-mdx-html.ts with rehype-safe-html), so this check says
 * what would be dropped and why, one line per problem, instead of letting a
 * page lose text in silence. Plain HTML elements and attributes are judged
 * where the build judges them, by the sanitiser as the body is rendered
 * (src/lib/validation/body.ts).
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { HTML_NAME, MDX_COMPONENTS } from '../../markdown/rehype-mdx-html.ts';
import type { ContentProblem } from '../../schemas/errors.ts';
import { bodyMessages } from '../../schemas/messages.ts';
import { quote } from './body.ts';
import type { RawEntry } from './load.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The problems with one JSX element (not its children). */
function checkElement(node: JsxElement, line: number | undefined, problem: (message: string) => void): void {
	const name = node.name;
	if (name === null) return problem(bodyMessages.mdxFragment(line));
	if (!HTML_NAME.test(name)) {
		if (!MDX_COMPONENTS.includes(name)) problem(bodyMessages.mdxComponent(name, line, MDX_COMPONENTS));
		return;
	}
	// Plain values are judged by the sanitiser while rendering (body.ts); code never is plain.
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute')
			problem(bodyMessages.mdxSpread(name, quote(attribute.value), line));
		else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')
			problem(bodyMessages.mdxAttributeCode(name, attribute.name, quote(attribute.value.value), line));
	}
}

/**
 * Every `.mdx` body must parse as MDX and contain no code: no `import` or
 * `export`, no `{expressions}`, no components, no attributes written as code.
 */
export function checkMdx(entries: readonly RawEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const parser = unified().use(remarkParse).use(remarkMdx);
	for (const entry of entries) {
		if (!entry.file.endsWith('.mdx')) continue;
		const problem = (message: string) => problems.push({ file: entry.file, field: 'body', message });
		const offset = entry.bodyLineOffset ?? 0;
		const shift = (line: number | undefined) => (line === undefined || Number.isNaN(line) ? undefined : line + offset);
		const lineOf = (node: { position?: { start: { line: number } } | undefined }) => shift(node.position?.start.line);
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
			problem(bodyMessages.mdxSyntax(shift(line ?? place?.start?.line ?? Number(inText?.[1])), why));
			continue;
		}
		visit(tree, (node) => {
			switch (node.type) {
				case 'mdxjsEsm':
					problem(bodyMessages.mdxEsm(quote(node.value.split('\n')[0] ?? ''), lineOf(node)));
					return SKIP;
				case 'mdxFlowExpression':
				case 'mdxTextExpression':
					// `{/* a comment */}` is how MDX writes comments: no code, and the build drops it.
					if (node.data?.estree?.body.length === 0) return SKIP;
					problem(bodyMessages.mdxExpression(quote(node.value), lineOf(node)));
					return SKIP;
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					checkElement(node, lineOf(node), problem);
					return undefined;
				default:
					return undefined;
			}
		});
	}
	return problems;
}
