/**
 * Reads the structure of a Zod schema: which keys an object has, which field is
 * a reference, an enum or a date. The error wrapper uses it for did-you-mean
 * hints; later the CMS config and search filters are derived from it, so the
 * schemas stay the single source of truth.
 */
import type { z } from 'astro/zod';
import type { CollectionName, ReferenceMeta } from './common.ts';

type AnySchema = z.ZodType;
interface Def {
	type: string;
	innerType?: AnySchema;
	in?: AnySchema;
	out?: AnySchema;
	element?: AnySchema;
	shape?: Record<string, AnySchema>;
	entries?: Record<string, string>;
	options?: AnySchema[];
}

const def = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels off optional, default, preprocess and transform wrappers. */
export function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (;;) {
		const d = def(current);
		if (d.innerType) current = d.innerType;
		else if (d.type === 'pipe' && d.in && d.out) {
			// A preprocess is a pipe from a transform into the real schema; a
			// transform is a pipe from the real schema into a transform.
			current = def(d.in).type === 'transform' ? d.out : d.in;
		} else return current;
	}
}

/** True when the field may be left out of the frontmatter. */
export function isOptional(schema: AnySchema): boolean {
	let current = schema;
	for (;;) {
		const d = def(current);
		if (d.type === 'optional' || d.type === 'default') return true;
		if (d.innerType) current = d.innerType;
		else if (d.type === 'pipe' && d.in) current = d.in;
		else return false;
	}
}

/** The fields of an object schema, or undefined for anything else. */
export function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
	return def(unwrap(schema)).shape;
}

/** The element schema of an array, or undefined for anything else. */
export function elementOf(schema: AnySchema): AnySchema | undefined {
	const d = def(unwrap(schema));
	return d.type === 'array' ? d.element : undefined;
}

/** The allowed values of an enum, or undefined for anything else. */
export function enumValues(schema: AnySchema): string[] | undefined {
	const d = def(unwrap(schema));
	return d.type === 'enum' && d.entries ? Object.values(d.entries) : undefined;
}

/** Metadata attached with `.meta()` anywhere along the wrappers. */
export function metaOf(schema: AnySchema): Record<string, unknown> {
	let current: AnySchema | undefined = schema;
	const merged: Record<string, unknown> = {};
	while (current) {
		// Outer wrappers win: `.describe()` on a shared field overrides its default.
		for (const [key, value] of Object.entries(current.meta() ?? {})) if (!(key in merged)) merged[key] = value;
		const d = def(current);
		current = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
	}
	return merged;
}

/** The description set with `.describe()`, looked up through wrappers. */
export function descriptionOf(schema: AnySchema): string | undefined {
	const meta = metaOf(schema);
	return typeof meta['description'] === 'string' ? meta['description'] : unwrap(schema).description;
}

/** The collection a slug reference points to, if the field is one. */
export function referenceTarget(schema: AnySchema): CollectionName | undefined {
	return (metaOf(schema) as Partial<ReferenceMeta>).reference;
}

/** The top-level fields of an object schema that refer to entries (one or a list), with the collection each refers to. */
export function referenceFields(schema: AnySchema): { key: string; target: CollectionName }[] {
	return Object.entries(shapeOf(schema) ?? {}).flatMap(([key, field]) => {
		const element = elementOf(field);
		const target = referenceTarget(field) ?? (element && referenceTarget(element));
		return target ? [{ key, target }] : [];
	});
}

/** True for the shared ISO date field. */
export function isDateField(schema: AnySchema): boolean {
	return metaOf(schema)['format'] === 'date';
}

/** Follows a parse-issue path (keys and indexes) down the schema. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	for (const key of path) {
		if (!current) return undefined;
		current = typeof key === 'number' ? elementOf(current) : shapeOf(current)?.[String(key)];
	}
	return current;
}

/**
 * One rule a field's value must follow, as read from the schema: what the CMS
 * config mirrors (src/lib/cms/config.ts) and what its coverage test walks.
 * `custom` is a refinement (`refine`, `superRefine`): code, not data, so only
 * the schema itself can run it (the CMS does so in the browser before saving).
 */
export type Constraint =
	| { kind: 'trim' }
	| { kind: 'minLength' | 'maxLength' | 'minItems' | 'maxItems' | 'min' | 'max'; value: number }
	| { kind: 'int' }
	| { kind: 'regex'; pattern: RegExp; message: string | undefined }
	| { kind: 'url' }
	| { kind: 'custom' }
	/** A check this reader does not know (a new Zod feature in a schema): the CMS config cannot mirror it yet. */
	| { kind: 'unknown'; check: string };

interface CheckDef {
	check: string;
	format?: string;
	minimum?: number;
	maximum?: number;
	value?: number;
	pattern?: RegExp;
	error?: (issue: unknown) => unknown;
	tx?: (value: unknown) => unknown;
}

/** The rules on one schema (not on its elements or fields), in the order the schema declares them. */
export function constraintsOf(schema: AnySchema): Constraint[] {
	const inner = unwrap(schema) as unknown as { _zod: { def: Def & { format?: string; checks?: unknown[] } } };
	const { type, format } = inner._zod.def;
	const out: Constraint[] = [];
	if (type === 'string' && format === 'url') out.push({ kind: 'url' });
	for (const check of inner._zod.def.checks ?? []) {
		const c = (check as { _zod: { def: CheckDef } })._zod.def;
		const list = type === 'array';
		switch (c.check) {
			case 'overwrite':
				// The only overwrite the schemas use is `.trim()`.
				if (c.tx?.(' x ') === 'x') out.push({ kind: 'trim' });
				else out.push({ kind: 'unknown', check: 'overwrite' });
				break;
			case 'min_length':
				out.push({ kind: list ? 'minItems' : 'minLength', value: c.minimum ?? 0 });
				break;
			case 'max_length':
				out.push({ kind: list ? 'maxItems' : 'maxLength', value: c.maximum ?? Infinity });
				break;
			case 'greater_than':
				out.push({ kind: 'min', value: Number(c.value) });
				break;
			case 'less_than':
				out.push({ kind: 'max', value: Number(c.value) });
				break;
			case 'number_format':
				out.push({ kind: 'int' });
				break;
			case 'string_format':
				if (c.format === 'regex' && c.pattern) {
					const message = c.error?.({});
					out.push({ kind: 'regex', pattern: c.pattern, message: typeof message === 'string' ? message : undefined });
				} else out.push({ kind: 'unknown', check: `string_format ${c.format ?? ''}` });
				break;
			case 'custom':
				out.push({ kind: 'custom' });
				break;
			default:
				out.push({ kind: 'unknown', check: c.check });
		}
	}
	return out;
}
