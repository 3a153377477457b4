/**
 * Checks the whole content set: each entry against its schema (through the
 * friendly-error wrapper), then what a single schema cannot see: references
 * to missing or draft entries, step numbers, unique terms and aliases, and no
 * code in MDX bodies (mdx.ts); `validateContent` also renders every body
 * (body.ts).
 * Astro itself only logs a dangling `reference()`, so this is what stops it.
 */
import { collections, slugRef, type CollectionName } from '../../schemas/index.ts';
import { formatPath, hint, parseEntry, type ContentProblem } from '../../schemas/errors.ts';
import { crossMessages } from '../../schemas/messages.ts';
import type { GlossaryTerm } from '../../markdown/remark-glossary-links.ts';
import { checkBodies } from './body.ts';
import { compareCodeUnits } from '../compare.ts';
import { referenceFields } from '../../schemas/introspect.ts';
import { STEP_NUMBERS } from '../../schemas/stap.ts';
import { loadContent, type RawEntry } from './load.ts';
import { checkMdx } from './mdx.ts';

/** An entry that passed its schema. */
export interface ParsedEntry extends RawEntry {
	data: Record<string, unknown>;
}

const schemas = Object.fromEntries(
	Object.entries(collections).map(([name, info]) => [name, info.schema(slugRef)]),
) as Record<CollectionName, ReturnType<(typeof collections)[CollectionName]['schema']>>;

/** The schema of a collection as the validator uses it (references as slugs). */
export const validationSchema = (collection: CollectionName) => schemas[collection];

const byCollection = (entries: ParsedEntry[], collection: CollectionName) =>
	entries.filter((e) => e.collection === collection);

const isDraft = (entry: ParsedEntry) => entry.data['draft'] === true;

/** `collection/id` of an entry; used to recognise entries that exist but failed their schema. */
const keyOf = (collection: CollectionName, id: string) => `${collection}/${id}`;

/**
 * Cross-entry checks. `failed` holds entries that exist but failed their own
 * schema: their problem is already reported, so references to them and the
 * step they would fill are not reported again (one mistake, one message).
 */
export function checkReferences(
	entries: readonly ParsedEntry[],
	failed: ReadonlySet<string> = new Set(),
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = new Map<CollectionName, Map<string, ParsedEntry>>();
	for (const entry of entries) {
		if (!ids.has(entry.collection)) ids.set(entry.collection, new Map());
		ids.get(entry.collection)?.set(entry.id, entry);
	}
	for (const entry of entries) {
		for (const { key, target } of referenceFields(schemas[entry.collection])) {
			const value = entry.data[key];
			const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
			const pathOf = (i: number) => formatPath(Array.isArray(value) ? [key, i] : [key]);
			const known = ids.get(target) ?? new Map<string, ParsedEntry>();
			const noun = collections[target].noun;
			values.forEach((slug: unknown, i) => {
				const id = String(slug);
				const found = known.get(id);
				if (!found && failed.has(keyOf(target, id))) return;
				if (!found) {
					problems.push({
						file: entry.file,
						field: pathOf(i),
						message: crossMessages.noEntry(noun, id, hint(id, [...known.keys()])),
						kind: 'reference',
					});
				} else if (found === entry) {
					problems.push({
						file: entry.file,
						field: pathOf(i),
						message: crossMessages.selfReference(),
						kind: 'reference',
					});
				} else if (isDraft(found) && !isDraft(entry)) {
					problems.push({
						file: entry.file,
						field: pathOf(i),
						message: crossMessages.draftReference(noun, id),
						kind: 'reference',
					});
				}
			});
		}
	}
	return problems;
}

function checkSteps(entries: ParsedEntry[], root: string, failed: ReadonlySet<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Map<number, ParsedEntry>();
	for (const entry of byCollection(entries, 'stappen')) {
		const step = entry.data['step'] as number;
		const first = seen.get(step);
		if (first) {
			problems.push({
				file: entry.file,
				field: 'step',
				message: crossMessages.duplicateStep(step, first.file),
			});
		} else seen.set(step, entry);
	}
	const someStepFailed = [...failed].some((key) => key.startsWith('stappen/'));
	for (const step of STEP_NUMBERS) {
		if (!seen.has(step) && !someStepFailed) {
			problems.push({
				file: `${root}/stappen/`,
				field: 'step',
				message: crossMessages.missingStep(step, STEP_NUMBERS[0], STEP_NUMBERS[STEP_NUMBERS.length - 1] ?? step),
			});
		}
	}
	return problems;
}

function checkTerms(entries: ParsedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const owners = new Map<string, { entry: ParsedEntry; as: string }>();
	for (const entry of byCollection(entries, 'begrippen')) {
		const names: [string, string][] = [
			['term', String(entry.data['term'])],
			...((entry.data['aliases'] as string[]) ?? []).map((a, i): [string, string] => [`aliases[${i}]`, a]),
		];
		for (const [field, name] of names) {
			const key = name.toLocaleLowerCase('nl');
			const owner = owners.get(key);
			if (owner && owner.entry !== entry) {
				problems.push({
					file: entry.file,
					field,
					message: crossMessages.nameTaken(name, owner.as === 'term', owner.entry.file),
				});
			} else if (!owner) owners.set(key, { entry, as: field === 'term' ? 'term' : 'alias' });
		}
	}
	return problems;
}

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
		const result = parseEntry(schemas[entry.collection], entry.data, entry.file);
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
