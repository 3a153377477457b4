/**
 * Checks the whole content set: each entry against its schema (through the
 * friendly-error wrapper), then what a single schema cannot see (cross.ts:
 * references to missing or draft entries, step numbers, unique terms and
 * aliases), and no code in MDX bodies (mdx.ts); `validateContent` also renders every body
 * (body.ts).
 * Astro itself only logs a dangling `reference()`, so this is what stops it.
 */
import { parseEntry, type ContentProblem } from '../../schemas/errors.ts';
import type { GlossaryTerm } from '../../markdown/remark-glossary-links.ts';
import { checkBodies } from './body.ts';
import { compareCodeUnits } from '../compare.ts';
import {
	byCollection,
	checkReferences,
	checkSteps,
	checkTerms,
	isDraft,
	keyOf,
	validationSchema,
	type ParsedEntry,
} from './cross.ts';
import { loadContent, type RawEntry } from './load.ts';
import { checkMdx } from './mdx.ts';

export { checkReferences, validationSchema, type ParsedEntry } from './cross.ts';

/** Validates parsed raw entries; returns the problems, sorted by file. */
export function checkEntries(
	raw: RawEntry[],
	root = 'content',
	unreadable: ReadonlySet<string> = new Set(),
): { entries: ParsedEntry[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const entries: ParsedEntry[] = [];
	const failed = new Set<string>(unreadable);
	for (const entry of raw) {
		const result = parseEntry(validationSchema(entry.collection), entry.data, entry.file);
		if (result.success) entries.push({ ...entry, data: result.data as Record<string, unknown> });
		else {
			problems.push(...result.problems);
			failed.add(keyOf(entry.collection, entry.id));
		}
	}
	problems.push(
		...checkReferences(entries, failed),
		...checkSteps(entries, root, failed),
		...checkTerms(entries),
		...checkMdx(raw),
	);
	return { entries, problems };
}

/** Problems in a fixed order, the same on every machine: by file, then by field. */
export const compareProblems = (a: ContentProblem, b: ContentProblem): number =>
	compareCodeUnits(a.file, b.file) || compareCodeUnits(a.field, b.field);

/** The published glossary terms among checked entries, as the Markdown pipeline links them (src/markdown/glossary-terms.ts). */
const glossaryOf = (entries: readonly ParsedEntry[]): GlossaryTerm[] =>
	byCollection([...entries], 'begrippen')
		.filter((entry) => !isDraft(entry))
		.map(({ id, data }) => ({
			slug: id,
			term: String(data['term']),
			aliases: (data['aliases'] as string[] | undefined) ?? [],
			definition: String(data['definition']),
		}));

/**
 * Loads and validates a content folder: files, frontmatter, the rules across
 * entries, and every body rendered as the build renders it (body.ts).
 */
export async function validateContent(root: string, cwd = process.cwd()) {
	const loaded = loadContent(root, cwd);
	const checked = checkEntries(loaded.entries, root, loaded.failed);
	const bodies = await checkBodies(loaded.entries, glossaryOf(checked.entries));
	const problems = [...loaded.problems, ...checked.problems, ...bodies].sort(compareProblems);
	return { entries: checked.entries, problems };
}
