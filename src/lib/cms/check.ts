/**
 * The checks the CMS runs in the browser before saving and before publishing
 * (Decap's `preSave` and `prePublish` events, registered in
 * src/scripts/cms.ts): the entry against its own Zod schema, through the same
 * friendly-error wrapper as `npm run validate`, then the rules across entries
 * that no widget can express (src/lib/validation/cross.ts): a term or alias
 * that another begrip has, a step number that another step has, a reference to
 * the entry itself or, from a published entry, to a draft. The other entries
 * come from the index that /admin/ embeds at build time (`indexEntries`).
 *
 * Messages are the validator's own Dutch messages, and name the other entry's
 * file; the field is named by its label in the CMS (`fieldLabel`). No Node imports: this runs in the /admin/ bundle.
 */
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { parseEntry, type ContentProblem } from '../../schemas/errors.ts';
import { descriptionOf, elementOf, isOptional, schemaAt, shapeOf } from '../../schemas/introspect.ts';
import { checkReferences, checkSteps, checkTerms, validationSchema, type ParsedEntry } from '../validation/cross.ts';

/** What /admin/ knows about an existing entry: the fields the cross-entry rules read. */
export interface IndexEntry {
	collection: CollectionName;
	id: string;
	data: { term?: string; aliases?: string[]; step?: number; draft?: boolean };
}

/** The fields of `data` the cross-entry rules read, for the embedded index. */
export function indexData(data: Record<string, unknown>): IndexEntry['data'] {
	const out: IndexEntry['data'] = {};
	if (typeof data['term'] === 'string') out.term = data['term'];
	if (Array.isArray(data['aliases'])) out.aliases = data['aliases'].map(String);
	if (typeof data['step'] === 'number') out.step = data['step'];
	if (data['draft'] === true) out.draft = true;
	return out;
}

/** The file of an entry, as the validator names it. */
export const entryFile = (collection: CollectionName, slug: string): string => `content/${collection}/${slug}.md`;

/**
 * The slug Decap gives a new entry (config `slug`: ASCII, accents removed, `-`
 * between words), for the messages and the self-reference check before Decap
 * has assigned one.
 */
export function slugOf(title: string): string {
	return title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The slug of a new entry: Decap adds -1, -2 … when the plain one is taken (a second "Borging" is borging-1). */
function newSlug(collection: CollectionName, title: string, index: readonly IndexEntry[]): string {
	const taken = new Set(index.filter((e) => e.collection === collection).map((e) => e.id));
	const plain = slugOf(title);
	let slug = plain;
	for (let n = 1; taken.has(slug); n++) slug = `${plain}-${n}`;
	return slug;
}

/** A value an editor left empty: no text, only spaces, or nothing. */
const isBlank = (value: unknown): boolean =>
	value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Paths of the optional fields that are empty (`''`, spaces or null): Decap
 * keeps an emptied field as `''`, which the schema refuses for an optional
 * text; leaving the field out is what the editor meant. Descends into objects
 * and lists of objects.
 */
export function emptyOptionalPaths(
	schema: z.ZodType,
	data: unknown,
	prefix: (string | number)[] = [],
): (string | number)[][] {
	const shape = shapeOf(schema);
	if (!shape || data === null || typeof data !== 'object' || Array.isArray(data)) return [];
	const record = data as Record<string, unknown>;
	return Object.entries(shape).flatMap(([key, field]) => {
		if (!(key in record)) return [];
		const value = record[key];
		if (isOptional(field) && isBlank(value)) return [[...prefix, key]];
		const element = elementOf(field);
		if (element && Array.isArray(value))
			return value.flatMap((item, i) => emptyOptionalPaths(element, item, [...prefix, key, i]));
		return emptyOptionalPaths(field, value, [...prefix, key]);
	});
}

/** Removes the given paths from a copy of `data`. */
function without(data: Record<string, unknown>, paths: readonly (string | number)[][]): Record<string, unknown> {
	const copy = structuredClone(data);
	for (const path of paths) {
		const parent = path
			.slice(0, -1)
			.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
		delete (parent as Record<string | number, unknown>)[path.at(-1) as string | number];
	}
	return copy;
}

export interface DraftCheck {
	/** Optional fields left empty, which the CMS removes before saving. */
	remove: (string | number)[][];
	/** Every problem, in the validator's words; empty when the entry may be saved. */
	problems: ContentProblem[];
}

/**
 * Checks one entry as the CMS is about to save it. `slug` is empty for a new
 * entry; `data` is the entry's data, the Markdown body (`body`) included.
 */
export function checkDraft(
	collection: CollectionName,
	slug: string,
	data: Record<string, unknown>,
	index: readonly IndexEntry[],
): DraftCheck {
	const schema = validationSchema(collection);
	const { body: _body, ...fields } = data;
	const remove = emptyOptionalPaths(schema, fields);
	const title = fields[collections[collection].titleField];
	const id = slug || newSlug(collection, typeof title === 'string' ? title : '', index);
	const file = entryFile(collection, id);
	const parsed = parseEntry(schema, without(fields, remove), file);
	if (!parsed.success) return { remove, problems: parsed.problems };
	const self: ParsedEntry = { collection, id, file, data: parsed.data as Record<string, unknown>, body: '' };
	// The entry being saved comes last, so a name or step it shares is reported on it, naming the other entry.
	const others: ParsedEntry[] = index
		.filter((entry) => !(entry.collection === collection && entry.id === id))
		.map((entry) => ({ ...entry, file: entryFile(entry.collection, entry.id), body: '' }));
	const entries = [...others, self];
	const problems = [
		...checkReferences(entries, new Set(), false),
		...checkSteps(entries, 'content', new Set()),
		...checkTerms(entries),
	].filter((problem) => problem.file === file);
	return { remove, problems };
}

/**
 * A problem's field path (`related[8]`, `sources[0].url`) in the words the
 * editor sees: the field labels of the CMS (the schema descriptions, as
 * src/lib/cms/config.ts uses them) and item numbers counted from 1. The
 * validator keeps the keys, which is what someone editing the file reads.
 */
export function fieldLabel(collection: CollectionName, field: string): string {
	const schema = validationSchema(collection);
	const path: PropertyKey[] = [];
	const words: string[] = [];
	for (const part of field.match(/[^.[\]]+/g) ?? []) {
		if (/^\d+$/.test(part)) {
			path.push(Number(part));
			words.push(`${words.pop() ?? ''} (nr. ${Number(part) + 1})`);
			continue;
		}
		path.push(part);
		const at = schemaAt(schema, path);
		words.push((at && descriptionOf(at)) ?? part);
	}
	return words.join(' › ');
}

/** The Dutch text the CMS shows when it refuses to save or publish an entry of `collection`. */
export function refusal(collection: CollectionName, problems: readonly ContentProblem[]): string {
	const lines = problems.map(
		({ field, message }) => `• ${field ? `${fieldLabel(collection, field)}: ` : ''}${message}`,
	);
	return `Dit kan nog niet: ${problems.length === 1 ? 'los dit op' : 'los deze punten op'}.\n${lines.join('\n')}`;
}
