/**
 * The rules across entries that a single schema cannot see: references to
 * missing, draft or the same entry, step numbers, unique terms and aliases.
 * Free of Node imports, so the CMS runs the same checks in the browser before
 * saving (src/lib/cms/check.ts) as `npm run validate` does (check.ts).
 */
import { collections, slugRef, type CollectionName } from '../../schemas/index.ts';
import { formatPath, hint, type ContentProblem } from '../../schemas/errors.ts';
import { crossMessages } from '../../schemas/messages.ts';
import { referenceFields } from '../../schemas/introspect.ts';
import { STEP_NUMBERS } from '../../schemas/stap.ts';
import type { RawEntry } from './load.ts';

/** An entry that passed its schema. */
export interface ParsedEntry extends RawEntry {
	data: Record<string, unknown>;
}

const schemas = Object.fromEntries(
	Object.entries(collections).map(([name, info]) => [name, info.schema(slugRef)]),
) as Record<CollectionName, ReturnType<(typeof collections)[CollectionName]['schema']>>;

/** The schema of a collection as the validator uses it (references as slugs). */
export const validationSchema = (collection: CollectionName) => schemas[collection];

export const byCollection = (entries: ParsedEntry[], collection: CollectionName) =>
	entries.filter((e) => e.collection === collection);

export const isDraft = (entry: ParsedEntry) => entry.data['draft'] === true;

/** `collection/id` of an entry; used to recognise entries that exist but failed their schema. */
export const keyOf = (collection: CollectionName, id: string) => `${collection}/${id}`;

/**
 * Cross-entry checks. `failed` holds entries that exist but failed their own
 * schema: their problem is already reported, so references to them and the
 * step they would fill are not reported again (one mistake, one message).
 * `reportMissing: false` skips references to entries not in `entries`: the
 * CMS knows only the entries of its last build, and its relation widgets offer
 * only entries that exist.
 */
export function checkReferences(
	entries: readonly ParsedEntry[],
	failed: ReadonlySet<string> = new Set(),
	reportMissing = true,
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
				if (!found && (failed.has(keyOf(target, id)) || !reportMissing)) return;
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

export function checkSteps(entries: ParsedEntry[], root: string, failed: ReadonlySet<string>): ContentProblem[] {
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

export function checkTerms(entries: ParsedEntry[]): ContentProblem[] {
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
