/**
 * Checks the body of every entry by rendering it through the build's own
 * Markdown pipeline (src/markdown/pipeline.ts with Astro's unified processor;
 * MDX through its MDX compiler), so a body that would stop, stall or quietly
 * change the build is reported first, naming the file and the line:
 *
 * - limits an editor can understand, checked before rendering, since a
 *   pathological text can keep the pipeline busy for minutes or overflow the
 *   stack: the text's length, how deep quotes, lists and HTML nest, and runs
 *   of emphasis marks. A stack overflow that slips past them is still caught;
 * - everything the sanitiser removes (rehype-safe-html's `onLoss`): elements,
 *   attributes, unsafe links, images without alt text or from other sites, and
 *   a comment that is never closed and hides the rest of the text;
 * - local images that do not exist (the build would fail on them).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { astroMarkdownSettings, markdownOptions } from '../../markdown/pipeline.ts';
import { safeHtmlSchema, type SanitiserLoss } from '../../markdown/rehype-safe-html.ts';
import type { GlossaryTerm } from '../../markdown/remark-glossary-links.ts';
import type { ContentProblem } from '../../schemas/errors.ts';
import { bodyMessages, orList } from '../../schemas/messages.ts';
import type { RawEntry } from './load.ts';

/** Longest body accepted, in characters: ten times the longest real page; a pathological text this long still renders within seconds. */
export const MAX_BODY_CHARS = 60_000;
/** Deepest nesting of quotes and lists on one line, and of HTML elements. */
export const MAX_NESTING = 20;
/** Longest run of emphasis marks (`*`, `_`, `~`): each pair is one level of nesting. */
const MAX_MARK_RUN = 2 * MAX_NESTING;
/**
 * Most runs of emphasis marks, and most brackets, in one paragraph. Markdown
 * matches them in pairs, and its time grows much faster than their number:
 * 4,000 unmatched `*a` took over five seconds, 16,000 over half a minute. Real
 * paragraphs have at most a few dozen.
 */
export const MAX_MARKS_PER_PARAGRAPH = 200;
export const MAX_BRACKETS_PER_PARAGRAPH = 400;

/** One level of a container at the start of a line: a quote marker, or a list marker followed by a space. */
const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const FENCE = /^[ \t>]*(?:[-*+]\s+|\d{1,9}[.)]\s+)*(`{3,}|~{3,})/;
/** Elements whose end tag may be left out, so they do not nest when written in a row. */
const NO_NEST = new Set(
	'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rt rp'.split(
		' ',
	),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g;

type Limit = 'nesting' | 'markRun' | 'marks' | 'brackets';

/**
 * The first place (a line, 1-based in `body`) where the text passes one of the
 * limits, and which: nesting, a run of emphasis marks, or too many marks or
 * brackets in one paragraph (its first line is named).
 */
export function limitPassedAt(body: string): { line: number; why: Limit } | undefined {
	const lines = body.split('\n');
	let fence: string | undefined;
	const open: string[] = [];
	let paragraph = { line: 1, marks: 0, brackets: 0 };
	for (const [i, line] of lines.entries()) {
		if (line.trim() === '') {
			paragraph = { line: i + 2, marks: 0, brackets: 0 };
			continue;
		}
		const marker = FENCE.exec(line)?.[1];
		if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
			fence = fence ? undefined : marker;
			continue;
		}
		if (fence) continue;
		let rest = line;
		let depth = 0;
		for (let m = CONTAINER.exec(rest); m && m[0] !== ''; m = CONTAINER.exec(rest)) {
			depth++;
			rest = rest.slice(m[0].length);
		}
		const indent = /^[ \t]*/.exec(rest)?.[0].replace(/\t/g, '    ').length ?? 0;
		if (depth + Math.floor(indent / 2) > MAX_NESTING) return { line: i + 1, why: 'nesting' };
		const runs = line.match(/[*_~]+/g) ?? [];
		if (runs.some((run) => run.length > MAX_MARK_RUN)) return { line: i + 1, why: 'markRun' };
		paragraph.marks += runs.length;
		paragraph.brackets += line.match(/[[\]]/g)?.length ?? 0;
		if (paragraph.marks > MAX_MARKS_PER_PARAGRAPH) return { line: paragraph.line, why: 'marks' };
		if (paragraph.brackets > MAX_BRACKETS_PER_PARAGRAPH) return { line: paragraph.line, why: 'brackets' };
		for (const [, close, name = '', selfClosing] of line.matchAll(TAG)) {
			const tag = name.toLowerCase();
			if (NO_NEST.has(tag) || selfClosing) continue;
			if (!close) open.push(tag);
			else {
				const at = open.lastIndexOf(tag);
				if (at >= 0) open.length = at;
			}
			if (open.length > MAX_NESTING) return { line: i + 1, why: 'nesting' };
		}
	}
	return undefined;
}

/** "http:, https: of mailto:": the schemes the sanitiser allows for a property. */
const schemesFor = (attribute: string): string => {
	const property = attribute === 'longdesc' ? 'longDesc' : attribute;
	return orList((safeHtmlSchema.protocols?.[property] ?? []).map((p) => `${p}:`));
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'longdesc']);

/** The message for one removal; `written` is the text where it starts, to tell `![](x)` from `<img>`. */
function lossMessage(loss: SanitiserLoss, line: number | undefined, written: string): string {
	const tag = loss.tagName ?? '';
	const value = loss.value ?? '';
	switch (loss.kind) {
		case 'element':
			return bodyMessages.element(tag, line);
		case 'element-with-text':
			return bodyMessages.elementWithText(tag, line);
		case 'unclosed-comment':
			return bodyMessages.unclosedComment(line);
		case 'image-without-alt':
			return written.startsWith('!') ? bodyMessages.imageWithoutAlt(value, line) : bodyMessages.imgWithoutAlt(line);
		case 'external-image':
			return bodyMessages.externalImage(value, line);
		case 'protocol-relative':
			return bodyMessages.protocolRelative(value, line);
		case 'attribute': {
			const attribute = loss.attribute ?? '';
			if (/^on/i.test(attribute)) return bodyMessages.handler(tag, attribute, line);
			if (URL_ATTRIBUTES.has(attribute) && value !== '') {
				return tag === 'a' && attribute === 'href' && !written.startsWith('<')
					? bodyMessages.badLink(value, line, schemesFor(attribute))
					: bodyMessages.urlAttribute(tag, attribute, quote(value), line, schemesFor(attribute));
			}
			return value === '' || !/^(?:class|aria-|for$|headers$)/.test(attribute)
				? bodyMessages.attribute(tag, attribute, line)
				: bodyMessages.attributeValue(tag, attribute, quote(value), line);
		}
	}
}

/** A short, one-line quote of source text. */
export const quote = (text: string) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
};

/** The line of an error from the Markdown or MDX pipeline, if it names one. */
function errorLine(error: unknown): number | undefined {
	const { line, place } = (error ?? {}) as { line?: number; place?: { line?: number; start?: { line?: number } } };
	return line ?? place?.start?.line ?? place?.line;
}

type Renderers = {
	markdown: { render: (content: string, options: Record<string, unknown>) => Promise<{ metadata: unknown }> };
	mdx: { process: (content: string, path: string, frontmatter: Record<string, unknown>) => Promise<unknown> };
	losses: Map<string, SanitiserLoss[]>;
};

/** The build's renderers for `.md` and `.mdx`, with the sanitiser reporting to `losses` by file path. */
async function renderers(terms: GlossaryTerm[]): Promise<Renderers> {
	const losses = new Map<string, SanitiserLoss[]>();
	const onLoss = (loss: SanitiserLoss, file: { path: string }) => {
		const list = losses.get(file.path) ?? [];
		list.push(loss);
		losses.set(file.path, list);
	};
	const processor = unified(markdownOptions(terms, { onLoss }));
	const shared = { ...astroMarkdownSettings } as Parameters<typeof processor.createRenderer>[0];
	const markdown = await processor.createRenderer(shared);
	const mdx = await processor.createMdxRenderer?.(shared, {
		optimize: false,
		srcDir: pathToFileURL(`${resolve('src')}/`),
	} as Parameters<NonNullable<typeof processor.createMdxRenderer>>[1]);
	if (!mdx) throw new Error('@astrojs/markdown-remark has no MDX renderer');
	return { markdown: markdown as unknown as Renderers['markdown'], mdx: mdx as unknown as Renderers['mdx'], losses };
}

/** Local images (`./plaatje.png`) Astro would have to find next to the entry; it fails the build when one is missing. */
function missingImages(entry: RawEntry, metadata: unknown, textLine: (line: number | undefined) => number | undefined) {
	const paths = (metadata as { localImagePaths?: string[] } | undefined)?.localImagePaths ?? [];
	return paths.flatMap((path) => {
		if (existsSync(resolve(dirname(entry.file), decodeURI(path)))) return [];
		const index = entry.body.indexOf(path);
		const line = index < 0 ? undefined : entry.body.slice(0, index).split('\n').length;
		return [bodyMessages.missingImage(path, textLine(line))];
	});
}

/**
 * Renders every body as the build would and returns what would go wrong or
 * be lost. `terms` are the published glossary terms (remark-glossary-links
 * needs them, as in the build).
 */
export async function checkBodies(entries: readonly RawEntry[], terms: GlossaryTerm[]): Promise<ContentProblem[]> {
	const problems: ContentProblem[] = [];
	const { markdown, mdx, losses } = await renderers(terms);
	for (const entry of entries) {
		const problem = (message: string) => problems.push({ file: entry.file, field: 'body', message });
		const offset = entry.bodyLineOffset ?? 0;
		const textLine = (line: number | undefined) => (line === undefined ? undefined : line + offset);
		if (entry.body.length > MAX_BODY_CHARS) {
			problem(bodyMessages.tooLong(entry.body.length, MAX_BODY_CHARS));
			continue;
		}
		const limit = limitPassedAt(entry.body);
		if (limit) {
			const line = textLine(limit.line);
			problem(
				{
					nesting: () => bodyMessages.tooDeep(line, MAX_NESTING),
					markRun: () => bodyMessages.markRun(line, MAX_MARK_RUN),
					marks: () => bodyMessages.marks(line, MAX_MARKS_PER_PARAGRAPH),
					brackets: () => bodyMessages.brackets(line, MAX_BRACKETS_PER_PARAGRAPH),
				}[limit.why](),
			);
			continue;
		}
		const path = resolve(entry.file);
		const frontmatter = (entry.data ?? {}) as Record<string, unknown>;
		let metadata: unknown;
		try {
			if (entry.file.endsWith('.mdx')) await mdx.process(entry.body, path, frontmatter);
			else ({ metadata } = await markdown.render(entry.body, { frontmatter, fileURL: pathToFileURL(path) }));
		} catch (error) {
			if (error instanceof RangeError) problem(bodyMessages.tooDeep(undefined, MAX_NESTING));
			// MDX syntax errors are reported by the MDX check (mdx.ts), with more help.
			else if (!/^(?:micromark|mdast-util-mdx)/.test(String((error as { source?: unknown }).source ?? '')))
				problem(
					bodyMessages.cannotRender(textLine(errorLine(error)), error instanceof Error ? error.message : String(error)),
				);
			losses.delete(path);
			continue;
		}
		for (const loss of losses.get(path) ?? []) {
			const written = loss.offset === undefined ? '' : entry.body.slice(loss.offset, loss.offset + 1);
			problem(lossMessage(loss, textLine(loss.line), written));
		}
		losses.delete(path);
		for (const message of missingImages(entry, metadata, textLine)) problem(message);
	}
	return problems;
}
